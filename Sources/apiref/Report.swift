import APIRefCore
import APIRefDisk

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Filters, renders and counts findings, and picks the exit status: what lint, validate and
/// check share.
enum Report {
    static func finish(
        _ findings: [Diagnostic], reference: APIReference, checked: String, options: ReportOptions,
        workspace: Workspace
    ) -> Int32 {
        let filter = FindingFilter(
            configuration: options.configuration,
            excludePath: { [cwd = workspace.currentDirectory, folder = options.configurationFolder] path in
                Paths.relative(Paths.resolve(path, against: cwd), to: folder)
            },
            suppressions: suppressions(for: findings, workspace: workspace))
        var collector = DiagnosticCollector()
        (filter.apply(findings) + options.configurationFindings).forEach { collector.report($0) }
        var kept = collector.sortedUnique
        if let path = options.writeBaseline {
            return write(Baseline(kept).rendered(), to: path, what: "baseline of \(kept.count) findings")
                ? ExitStatus.clean : ExitStatus.findings
        }
        var baselineNote = ""
        if let path = options.baseline {
            guard case .bytes(let bytes) = workspace.files.contents(of: path) else {
                Output.standardError(
                    "apiref: error: cannot read baseline '\(Paths.relative(path, to: workspace.currentDirectory))'\n")
                return ExitStatus.usage
            }
            let (baseline, problems) = Baseline.read(
                bytes: bytes, path: Paths.relative(path, to: workspace.currentDirectory))
            if let baseline {
                let (new, baselined, gone) = baseline.apply(to: kept)
                kept = new
                let goneNote = gone == 1 ? "; 1 baselined finding is gone" : "; \(gone) baselined findings are gone"
                baselineNote = " (\(baselined) baselined" + (gone > 0 ? goneNote + ": tighten the baseline" : "") + ")"
            }
            kept = (kept + problems).sorted()
        }
        let input = ReportInput(findings: kept, checkedFiles: ReportInput.files(of: reference))
        if options.format == .text && options.output == nil {
            let colour = isatty(2) == 1 && (getenv("NO_COLOR").map { String(cString: $0).isEmpty } ?? true)
            for finding in kept { Output.standardError(TextStyle.render(finding, colour: colour) + "\n") }
        } else {
            let report = ReportRenderer.render(input, as: options.format)
            if let path = options.output {
                guard write(report, to: path, what: nil) else { return ExitStatus.findings }
            } else {
                Output.standardOutput(report)
            }
        }
        Output.standardError(
            "apiref: \(counts(reference, checked: checked)): "
                + (kept.isEmpty ? "no findings" : DiagnosticRenderer.summary(kept)) + baselineNote + "\n")
        let failing: Severity = options.warningsAsErrors ? .warning : .error
        return kept.contains { $0.severity >= failing } ? ExitStatus.findings : ExitStatus.clean
    }

    /// Reads and validates the samples of a reference.
    static func validate(_ reference: APIReference, workspace: Workspace, unincluded: Bool)
        -> (result: SampleValidator.Result, findings: [Diagnostic], checked: String)
    {
        var (library, readFindings) = SampleLibrary.load(reference, files: workspace.files)
        if unincluded {
            let cwd = workspace.currentDirectory
            readFindings += UnincludedSamples.find(reference, library: library, files: workspace.files) {
                Paths.relative($0, to: cwd)
            }
        }
        let result = SampleValidator.validate(reference, samples: library)
        let json = library.contents.values.filter { if case .json = $0 { true } else { false } }.count
        return (result, readFindings + result.diagnostics, "\(json) JSON sample\(json == 1 ? "" : "s")")
    }

    private static func counts(_ reference: APIReference, checked: String) -> String {
        let documents = reference.documents.count
        let operations = reference.documents.reduce(0) { $0 + $1.operations.count }
        var text =
            "\(documents) document\(documents == 1 ? "" : "s"), \(operations) operation\(operations == 1 ? "" : "s")"
        if !checked.isEmpty { text += ", " + checked }
        return text
    }

    /// The inline suppressions of every file that has a finding.
    private static func suppressions(for findings: [Diagnostic], workspace: Workspace) -> [String: Suppressions] {
        var result: [String: Suppressions] = [:]
        for path in Set(findings.map(\.location.path)) {
            // Only documents and parameters files hold suppressions: samples are not read
            // again, nor files too long to have been read at all.
            let lowered = path.lowercased()
            let isYAML = lowered.hasSuffix(".yaml") || lowered.hasSuffix(".yml")
            guard isYAML || lowered.hasSuffix(".rst") || lowered.hasSuffix(".inc"),
                case .bytes(let bytes) = workspace.files.contents(of: workspace.absolute(path)),
                SourceText.lineCount(of: bytes) <= ReferenceLoader.lineLimit
            else { continue }
            let lines = SourceText(path: path, bytes: bytes).lines
            result[path] = isYAML ? Suppressions(yaml: lines) : Suppressions(rst: lines)
        }
        return result
    }

    private static func write(_ text: String, to path: String, what: String?) -> Bool {
        do {
            try AtomicFile.write(Array(text.utf8), to: path)
            if let what { Output.standardError("apiref: wrote \(what) to '\(path)'\n") }
            return true
        } catch {
            Output.standardError("apiref: error: \(error)\n")
            return false
        }
    }
}
