import APIRefCore
import APIRefDisk

/// `apiref fmt [--check] [PATH...]`: sorts parameters files and restores directive
/// indentation, writing each file whole, and only when it changes.
enum FmtCommand: Command {
    static let name = "fmt"
    static let abstract = "sort parameters files and restore directive indentation in documents"
    static let synopsis = "apiref fmt [--check] [--root DIR] [--config FILE] [PATH...]"
    static let options: Set<String> = ["--root", "--config"]
    static let flags: Set<String> = ["--check"]
    static let help = """
        OVERVIEW: \(abstract)

        USAGE: \(synopsis)

        Formats the documents the PATHs name (with everything they include) and the parameters
        files they use, or the parameters files named directly; default: api-ref/source.

        - parameters files are sorted into os-api-ref order (header, path, query, body;
          case-insensitive alphabetical within each) by moving whole entries as text, so
          comments, anchors, block scalars and blank lines stay as written;
        - options, items and text that sit flush left after a directive are indented under it,
          and touching blocks are parted by a blank line;
        - rest_parameters items are normalised ('- name : key' becomes '- name: key').

        OPTIONS:
          --check       change nothing; print a unified diff and exit 1 if a file would change
          --root DIR    the project root, as for 'apiref lint'
          --config FILE the configuration, as for 'apiref lint'; its 'exclude' paths are
                        not formatted
          -h, --help    show this help

        Each file is written whole (a temporary file, then renamed) and only when its bytes
        change; a second run changes nothing. A byte-order mark, CRLF line ends and a missing
        final newline are kept; a file that is not valid UTF-8 is left alone.

        """

    static func run(_ arguments: ParsedArguments) -> Int32 {
        let workspace = Workspace()
        guard let options = ReportOptions(arguments, workspace: workspace),
            let (reference, readFindings) = workspace.read(arguments, root: options.root)
        else { return ExitStatus.usage }
        options.configurationFindings.forEach { Output.standardError(DiagnosticRenderer.text($0) + "\n") }
        let excluded: (String) -> Bool = { path in
            let relative = Paths.relative(workspace.absolute(path), to: options.configurationFolder)
            return options.configuration.exclude.contains { $0.matches(relative) }
        }
        let blocking = readFindings.filter {
            $0.severity == .error && ["unreadable-file", "no-documents"].contains($0.ruleID)
        }
        if !blocking.isEmpty {
            blocking.forEach { Output.standardError(DiagnosticRenderer.text($0) + "\n") }
            return ExitStatus.findings
        }
        var documents: [String] = []
        for document in reference.documents {
            for path in [document.path] + document.includedFiles where !documents.contains(path) {
                documents.append(path)
            }
        }
        let parameters = reference.parameterFiles.keys.sorted()
        var changed = 0
        var failed = false
        for path in documents + parameters where !excluded(path) {
            let absolute = workspace.absolute(path)
            guard case .bytes(let bytes) = workspace.files.contents(of: absolute) else { continue }
            let source = SourceText(path: path, bytes: bytes)
            if let bad = source.invalidEncoding {
                Output.standardError(
                    DiagnosticRenderer.text(
                        Diagnostic(
                            ReaderRules.invalidEncoding, "file is not valid UTF-8; not formatted", at: bad)) + "\n")
                failed = true
                continue
            }
            var formatted: String
            if parameters.contains(path) {
                let (text, problems) = ParametersFormatter.format(source)
                problems.forEach { Output.standardError(DiagnosticRenderer.text($0) + "\n") }
                failed = failed || !problems.isEmpty
                formatted = text
            } else {
                formatted = RSTFormatter.format(source)
            }
            if formatted == source.text { continue }
            changed += 1
            let style = FileStyle(bytes)
            if arguments.flags.contains("--check") {
                Output.standardOutput(
                    UnifiedDiff.diff(source.text, formatted, path: path, hasFinalNewline: style.hasFinalNewline))
                continue
            }
            do {
                try AtomicFile.write(style.apply(to: formatted), to: absolute)
            } catch {
                Output.standardError("apiref: error: \(error)\n")
                failed = true
            }
        }
        let total = documents.count + parameters.count
        let verb = arguments.flags.contains("--check") ? "would change" : "changed"
        Output.standardError("apiref: \(verb) \(changed) of \(total) file\(total == 1 ? "" : "s")\n")
        if failed { return ExitStatus.findings }
        return arguments.flags.contains("--check") && changed > 0 ? ExitStatus.findings : ExitStatus.clean
    }
}
