import APIRefCore

/// `apiref lint [PATH...]`: reads the documents and reports every finding.
enum LintCommand: Command {
    static let name = "lint"
    static let abstract = "check documents and parameters files for os-api-ref mistakes"
    static let synopsis = "apiref lint [--root DIR] [PATH...]"
    static let options: Set<String> = ["--root"]
    static let flags: Set<String> = []
    static let help = """
        OVERVIEW: \(abstract)

        USAGE: \(synopsis)

        ARGUMENTS:
          PATH          an .rst or .inc document, a parameters .yaml file, or a folder:
                        every .rst below it (where there is none, each .inc that no other
                        file includes) and its *parameters*.yaml files; default: api-ref/source

        OPTIONS:
          --root DIR    the project root; nothing outside it is read (default: the nearest
                        folder holding .apiref.yaml, else the folder holding api-ref/, else
                        the nearest folder holding .git, else the input's folder)
          -h, --help    show this help

        Findings go to standard error as 'path:line:col: severity: message [rule-id]'.
        Exit status: 0 when no error was found, 1 when one was, 64 for a usage error.

        """

    static func run(_ arguments: ParsedArguments) -> Int32 {
        guard let (reference, readFindings) = Workspace().read(arguments) else { return ExitStatus.usage }
        return Report.finish(readFindings + Linter.lint(reference), reference: reference, checked: "")
    }
}
