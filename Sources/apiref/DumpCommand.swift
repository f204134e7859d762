import APIRefCore

/// `apiref dump [PATH...]`: prints the model as JSON, the same bytes on every run.
enum DumpCommand: Command {
    static let name = "dump"
    static let abstract = "print the model read from the documents as JSON"
    static let synopsis = "apiref dump [--root DIR] [PATH...]"
    static let options: Set<String> = ["--root"]
    static let flags: Set<String> = []
    static let help = """
        OVERVIEW: \(abstract)

        USAGE: \(synopsis)

        The model (documents, groups, operations, parameter lists, status codes, samples with
        the microversion each was bound to and why, the body trees inferred for each request
        and response, and every parameters file entry) goes to standard output; findings made
        while reading go to standard error. Takes the same PATH and --root as 'apiref lint'.

        """

    static func run(_ arguments: ParsedArguments) -> Int32 {
        let workspace = Workspace()
        let root = arguments.values["--root"].map(workspace.absolute)
        guard workspace.isUsableRoot(root) else { return ExitStatus.usage }
        guard let (reference, readFindings) = workspace.read(arguments, root: root) else { return ExitStatus.usage }
        let (library, sampleFindings) = SampleLibrary.load(reference, files: workspace.files)
        let validation = SampleValidator.validate(reference, samples: library)
        Output.standardOutput(ModelDump.json(reference, validation: validation).rendered())
        let findings = readFindings + sampleFindings
        for finding in findings {
            Output.standardError(DiagnosticRenderer.text(finding) + "\n")
        }
        return findings.contains { $0.severity == .error } ? ExitStatus.findings : ExitStatus.clean
    }
}
