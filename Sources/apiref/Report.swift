import APIRefCore

/// Prints findings and the summary line, and picks the exit status: what lint, validate and
/// check share.
enum Report {
    static func finish(_ findings: [Diagnostic], reference: APIReference, checked: String) -> Int32 {
        var collector = DiagnosticCollector()
        findings.forEach { collector.report($0) }
        let unique = collector.sortedUnique
        for finding in unique {
            Output.standardError(DiagnosticRenderer.text(finding) + "\n")
        }
        let documents = reference.documents.count
        let operations = reference.documents.reduce(0) { $0 + $1.operations.count }
        var counts =
            "\(documents) document\(documents == 1 ? "" : "s"), \(operations) operation\(operations == 1 ? "" : "s")"
        if !checked.isEmpty { counts += ", " + checked }
        Output.standardError(
            "apiref: \(counts): " + (unique.isEmpty ? "no findings" : DiagnosticRenderer.summary(unique)) + "\n")
        return collector.contains(atLeast: .error) ? ExitStatus.findings : ExitStatus.clean
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
}
