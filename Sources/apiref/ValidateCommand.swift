import APIRefCore

/// `apiref validate [PATH...]`: checks every JSON sample against its operation's parameters.
enum ValidateCommand: Command {
    static let name = "validate"
    static let abstract = "check every JSON sample against its operation, direction and microversion"
    static let synopsis = "apiref validate [options] [--unincluded] [PATH...]"
    static let options = ReportOptions.options
    static let flags = ReportOptions.flags.union(["--unincluded"])
    static let help = """
        OVERVIEW: \(abstract)

        USAGE: \(synopsis)

        Each sample included by an operation is read (JSON with positions) and compared with the
        body tree inferred from the operation's parameter list: undocumented fields, missing
        required fields, wrong types, fields outside their microversion, broken JSON. Takes
        the same PATH and --root as 'apiref lint'; 'apiref check' runs both.

        OPTIONS:
        \(ReportOptions.help)
          --unincluded            also report sample files (in the samples folders) that no
                                  document includes, and read them for broken JSON
          -h, --help              show this help

        Exit status: 0 when no error was found, 1 when one was, 64 for a usage error.

        """

    static func run(_ arguments: ParsedArguments) -> Int32 {
        let workspace = Workspace()
        guard let options = ReportOptions(arguments, workspace: workspace),
            let (reference, readFindings) = workspace.read(arguments, root: options.root)
        else { return ExitStatus.usage }
        let (_, findings, checked) = Report.validate(
            reference, workspace: workspace, unincluded: arguments.flags.contains("--unincluded"))
        return Report.finish(
            readFindings + findings, reference: reference, checked: checked, options: options, workspace: workspace)
    }
}

/// `apiref check [PATH...]`: lint and validate together, the one command a CI job needs.
enum CheckCommand: Command {
    static let name = "check"
    static let abstract = "lint the documents and validate their samples: the one command for CI"
    static let synopsis = "apiref check [options] [--unincluded] [PATH...]"
    static let options = ReportOptions.options
    static let flags = ReportOptions.flags.union(["--unincluded"])
    static let help = """
        OVERVIEW: \(abstract)

        USAGE: \(synopsis)

        Runs 'apiref lint' and 'apiref validate' over the same documents and reports their
        findings together; takes the options of both.

        OPTIONS:
        \(ReportOptions.help)
          --unincluded            also report sample files that no document includes
          -h, --help              show this help

        Exit status: 0 when no error was found, 1 when one was, 64 for a usage error.

        """

    static func run(_ arguments: ParsedArguments) -> Int32 {
        let workspace = Workspace()
        guard let options = ReportOptions(arguments, workspace: workspace),
            let (reference, readFindings) = workspace.read(arguments, root: options.root)
        else { return ExitStatus.usage }
        let (_, findings, checked) = Report.validate(
            reference, workspace: workspace, unincluded: arguments.flags.contains("--unincluded"))
        return Report.finish(
            readFindings + Linter.lint(reference) + findings, reference: reference, checked: checked,
            options: options, workspace: workspace)
    }
}
