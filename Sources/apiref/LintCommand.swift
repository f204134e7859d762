import APIRefCore

/// `apiref lint [PATH...]`: reads the documents and reports every finding.
enum LintCommand: Command {
    static let name = "lint"
    static let abstract = "check documents and parameters files for os-api-ref mistakes"
    static let synopsis = "apiref lint [options] [PATH...]"
    static let options = ReportOptions.options
    static let flags = ReportOptions.flags
    static let help = """
        OVERVIEW: \(abstract)

        USAGE: \(synopsis)

        ARGUMENTS:
          PATH          an .rst or .inc document, a parameters .yaml file, or a folder:
                        every .rst below it (where there is none, each .inc that no other
                        file includes) and its *parameters*.yaml files; default: api-ref/source

        OPTIONS:
        \(ReportOptions.help)
          -h, --help              show this help

        Findings go to standard error as 'path:line:col: severity: message [rule-id]'.
        Exit status: 0 when no error was found, 1 when one was, 64 for a usage error.

        """

    static func run(_ arguments: ParsedArguments) -> Int32 {
        let workspace = Workspace()
        guard let options = ReportOptions(arguments, workspace: workspace),
            let (reference, readFindings) = workspace.read(arguments, root: options.root)
        else { return ExitStatus.usage }
        return Report.finish(
            readFindings + Linter.lint(reference), reference: reference, checked: "", options: options,
            workspace: workspace)
    }
}
