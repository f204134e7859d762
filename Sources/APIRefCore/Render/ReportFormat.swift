/// The formats a report can take, for `--format`.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// `path:line:col: severity: message [rule-id]` lines and a summary, for people.
    case text
    /// One JSON document with every finding, its notes, rule, severity and fingerprint.
    case json
    /// GitHub Actions workflow commands (`::error file=...,line=...,col=...::message`).
    case github
    /// SARIF 2.1.0, for code-scanning services.
    case sarif
    /// JUnit XML: one test case per file checked, failures carrying its findings.
    case junit
}

/// What a report is made from: the findings, and the files that were checked.
public struct ReportInput: Sendable {
    public var findings: [Diagnostic]
    /// Every file read, display paths in order, so clean files appear in JUnit reports too.
    public var checkedFiles: [String]

    public init(findings: [Diagnostic], checkedFiles: [String]) {
        self.findings = findings
        self.checkedFiles = checkedFiles
    }

    /// The files read by a reference: documents, includes, parameters files and samples.
    public static func files(of reference: APIReference) -> [String] {
        var seen = Set<String>()
        var files: [String] = []
        func add(_ path: String) {
            if seen.insert(path).inserted { files.append(path) }
        }
        for document in reference.documents {
            add(document.path)
            document.includedFiles.forEach(add)
        }
        reference.parameterFiles.keys.sorted().forEach(add)
        for document in reference.documents {
            for sample in document.operations.flatMap(\.samples) + document.looseSamples { add(sample.resolvedPath) }
        }
        return files
    }
}

/// Renders a report in one format; the text format is the command line's own.
public enum ReportRenderer {
    public static func render(_ input: ReportInput, as format: ReportFormat) -> String {
        switch format {
        case .text:
            return input.findings.map { DiagnosticRenderer.text($0) + "\n" }.joined()
        case .json:
            return JSONReport.render(input)
        case .github:
            return GitHubReport.render(input)
        case .sarif:
            return SARIFReport.render(input)
        case .junit:
            return JUnitReport.render(input)
        }
    }
}
