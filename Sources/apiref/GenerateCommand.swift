import APIRefCore
import APIRefDisk

/// `apiref generate [--output DIR] [--check] [PATH...]`: writes the Swift types and route
/// stubs of the documents, each file whole and only when it changes.
enum GenerateCommand: Command {
    static let name = "generate"
    static let abstract = "generate Swift request and response types and route stubs"
    static let synopsis = "apiref generate [--output DIR] [--check] [--quiet] [--root DIR] [PATH...]"
    static let options: Set<String> = ["--root", "--output"]
    static let flags: Set<String> = ["--check", "--quiet"]
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
          --quiet       print nothing when the run succeeds (for build plugins)
          -h, --help    show this help

        Nothing is written when a document cannot be read whole or would give wrong code (a
        missing file, a YAML or RST error, an undefined parameter, a bad method or path): its
        findings are printed and the exit status is 1. A file in the folder that apiref did not
        write is never replaced. Each file is written whole (a temporary file, then renamed) and only
        when its bytes change.

        """

    static func run(_ arguments: ParsedArguments) -> Int32 {
        let workspace = Workspace()
        let root = arguments.values["--root"].map(workspace.absolute)
        guard workspace.isUsableRoot(root) else { return ExitStatus.usage }
        guard let (reference, readFindings) = workspace.read(arguments, root: root) else { return ExitStatus.usage }
        let inputs = (arguments.positional.isEmpty ? [Workspace.defaultPath] : arguments.positional).map(
            workspace.absolute)
        let projectRoot = root ?? ProjectLayout.discover(for: inputs[0], files: workspace.files).root
        let cwd = workspace.currentDirectory
        let documentFiles = GenerationRun.documentFiles(
            reference, folders: inputs.filter { workspace.files.kind(of: $0) == .directory }, files: workspace.files,
            displayPath: { Paths.relative($0, to: cwd) })
        let outcome = GenerationRun.run(
            reference, readFindings: readFindings, files: workspace.files, documentFiles: documentFiles,
            sourceName: { Paths.relative(workspace.absolute($0), to: projectRoot) })
        guard case .generated(let result) = outcome else {
            if case .blocked(let findings) = outcome {
                findings.sorted().forEach { Output.standardError(DiagnosticRenderer.text($0) + "\n") }
            }
            Output.standardError("apiref: nothing generated: the documents could not be read whole\n")
            return ExitStatus.findings
        }
        let quiet = arguments.flags.contains("--quiet")
        if !quiet {
            result.warnings.forEach { Output.standardError(DiagnosticRenderer.text($0) + "\n") }
            if !result.excludedSamples.isEmpty {
                let count = result.excludedSamples.count
                Output.standardError(
                    "apiref: note: \(count == 1 ? "1 sample has" : "\(count) samples have") findings and did not shape "
                        + "the types; 'apiref check' lists them\n")
            }
        }
        let display = arguments.values["--output"] ?? "Output"
        let folder = OutputFolder(path: workspace.absolute(display), marker: "// " + CodeGenerator.headerPrefix)
        if arguments.flags.contains("--check") {
            return check(result.files, in: folder, display: display)
        }
        return write(result.files, to: folder, display: display, quiet: quiet)
    }

    private static func check(_ files: [GeneratedFile], in folder: OutputFolder, display: String) -> Int32 {
        let current = folder.generatedFiles()
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

    private static func write(_ files: [GeneratedFile], to folder: OutputFolder, display: String, quiet: Bool)
        -> Int32
    {
        do {
            let update = try folder.update(with: files.map { ($0.name, Array($0.contents.utf8)) })
            let gone = update.removed > 0 ? ", removed \(update.removed)" : ""
            if !quiet {
                Output.standardError("apiref: wrote \(update.written) of \(files.count) files to \(display)\(gone)\n")
            }
            return ExitStatus.clean
        } catch {
            Output.standardError("apiref: error: \(error)\n")
            return ExitStatus.findings
        }
    }
}
