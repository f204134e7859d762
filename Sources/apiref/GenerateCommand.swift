import APIRefCore
import APIRefDisk

/// `apiref generate [--output DIR] [--check] [PATH...]`: writes the Swift types and route
/// stubs of the documents, each file whole and only when it changes.
enum GenerateCommand: Command {
    static let name = "generate"
    static let abstract = "generate Swift request and response types and route stubs"
    static let synopsis = "apiref generate [--output DIR] [--check] [--root DIR] [PATH...]"
    static let options: Set<String> = ["--root", "--output"]
    static let flags: Set<String> = ["--check"]
    static let help = """
        OVERVIEW: \(abstract)

        USAGE: \(synopsis)

        Writes one Swift file per documentation file (os-agents.inc gives os-agents.swift) and
        APIRefSupport.swift, which they share: per operation a request type (path, query and
        header parameters, the body, the route and the concrete path) and a response type
        (status code and body); per group a server protocol and the routes that call it, for
        the Router in APIRefSupport.swift. Takes the same PATH and --root as 'apiref lint';
        default: api-ref/source.

        OPTIONS:
          --output DIR  the folder to write to (default: Output); created when missing;
                        generated files that are no longer produced are removed
          --check       write nothing; print a diff and exit 1 when the folder is stale
          --root DIR    the project root, as for 'apiref lint'
          -h, --help    show this help

        Nothing is written when a document cannot be read (its findings are printed and the
        exit status is 1). Each file is written whole (a temporary file, then renamed) and only
        when its bytes change.

        """

    /// Reading findings that leave the model incomplete, so no code is generated from it.
    static let blockingRules: Set<String> = [
        "unreadable-file", "no-documents", "rst-syntax", "yaml-syntax", "include-cycle", "invalid-encoding",
        "outside-root", "parameter-not-mapping",
    ]

    static func run(_ arguments: ParsedArguments) -> Int32 {
        let workspace = Workspace()
        let root = arguments.values["--root"].map(workspace.absolute)
        if let root, workspace.files.kind(of: root) != .directory {
            Output.standardError("apiref: error: project root '\(arguments.values["--root"] ?? "")' is not a folder\n")
            return ExitStatus.usage
        }
        guard let (reference, readFindings) = workspace.read(arguments, root: root) else { return ExitStatus.usage }
        let blocking = readFindings.filter { $0.severity == .error && blockingRules.contains($0.ruleID) }
        if !blocking.isEmpty {
            blocking.sorted().forEach { Output.standardError(DiagnosticRenderer.text($0) + "\n") }
            Output.standardError("apiref: nothing generated: the documents could not be read whole\n")
            return ExitStatus.findings
        }
        let (library, sampleFindings) = SampleLibrary.load(reference, files: workspace.files)
        let validation = SampleValidator.validate(reference, samples: library)
        let inputs = arguments.positional.isEmpty ? [Workspace.defaultPath] : arguments.positional
        let projectRoot =
            root ?? ProjectLayout.discover(for: workspace.absolute(inputs[0]), files: workspace.files).root
        let files = CodeGenerator.generate(
            reference, validation: validation, samples: library, findings: sampleFindings + validation.diagnostics,
            documentFiles: documentFiles(reference, inputs: inputs, workspace: workspace),
            sourceName: { Paths.relative(workspace.absolute($0), to: projectRoot) }
        ).files
        let output = workspace.absolute(arguments.values["--output"] ?? "Output")
        let display = arguments.values["--output"] ?? "Output"
        if arguments.flags.contains("--check") {
            return check(files, in: output, display: display, workspace: workspace)
        }
        return write(files, to: output, display: display, workspace: workspace)
    }

    /// Every document read, and every `.rst` and `.inc` file below a folder given as input,
    /// so that the outputs follow from the inputs alone, as a build plugin needs.
    private static func documentFiles(_ reference: APIReference, inputs: [String], workspace: Workspace) -> [String] {
        var paths = reference.documents.flatMap { [$0.path] + $0.includedFiles }
        let cwd = workspace.currentDirectory
        for input in inputs where workspace.files.kind(of: workspace.absolute(input)) == .directory {
            paths += documents(below: workspace.absolute(input), files: workspace.files).map {
                Paths.relative($0, to: cwd)
            }
        }
        return Array(Set(paths)).sorted()
    }

    private static func documents(below folder: String, files: DiskFileProvider, depth: Int = 0) -> [String] {
        guard depth < 32 else { return [] }
        return files.entries(of: folder).sorted().flatMap { name -> [String] in
            let path = folder + "/" + name
            switch files.kind(of: path) {
            case .directory: return name.hasPrefix(".") ? [] : documents(below: path, files: files, depth: depth + 1)
            case .file:
                let lowered = name.lowercased()
                return lowered.hasSuffix(".rst") || lowered.hasSuffix(".inc") ? [path] : []
            default: return []
            }
        }
    }

    /// The generated files now in the folder: Swift files whose first line is apiref's header.
    private static func existing(in folder: String, files: DiskFileProvider) -> [String: [UInt8]] {
        var found: [String: [UInt8]] = [:]
        for name in files.entries(of: folder) where name.hasSuffix(".swift") {
            guard case .bytes(let bytes) = files.contents(of: folder + "/" + name),
                bytes.starts(with: Array("// \(CodeGenerator.headerPrefix)".utf8))
            else { continue }
            found[name] = bytes
        }
        return found
    }

    private static func check(_ files: [GeneratedFile], in folder: String, display: String, workspace: Workspace)
        -> Int32
    {
        let current = existing(in: folder, files: workspace.files)
        var stale = 0
        for file in files {
            let path = display + "/" + file.name
            guard let bytes = current[file.name] else {
                Output.standardError("apiref: \(path) is missing\n")
                stale += 1
                continue
            }
            let text = String(decoding: bytes, as: UTF8.self)
            if text != file.contents {
                Output.standardOutput(UnifiedDiff.diff(text, file.contents, path: path))
                stale += 1
            }
        }
        let produced = Set(files.map(\.name))
        for name in current.keys.sorted() where !produced.contains(name) {
            Output.standardError("apiref: \(display)/\(name) is no longer generated\n")
            stale += 1
        }
        if stale > 0 {
            Output.standardError(
                "apiref: \(display) is stale: \(stale) of \(files.count) files differ; run 'apiref generate'\n")
            return ExitStatus.findings
        }
        Output.standardError("apiref: \(display) is up to date (\(files.count) files)\n")
        return ExitStatus.clean
    }

    private static func write(_ files: [GeneratedFile], to folder: String, display: String, workspace: Workspace)
        -> Int32
    {
        do {
            try OutputFolder.create(folder)
            var changed = 0
            for file in files where try AtomicFile.write(Array(file.contents.utf8), to: folder + "/" + file.name) {
                changed += 1
            }
            let produced = Set(files.map(\.name))
            var removed = 0
            for name in existing(in: folder, files: workspace.files).keys.sorted() where !produced.contains(name) {
                try OutputFolder.remove(folder + "/" + name)
                removed += 1
            }
            let gone = removed > 0 ? ", removed \(removed)" : ""
            Output.standardError("apiref: wrote \(changed) of \(files.count) files to \(display)\(gone)\n")
            return ExitStatus.clean
        } catch {
            Output.standardError("apiref: error: \(error)\n")
            return ExitStatus.findings
        }
    }
}
