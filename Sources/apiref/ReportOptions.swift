import APIRefCore
import APIRefDisk

/// The reporting options shared by lint, validate and check, and the configuration they load.
struct ReportOptions {
    static let options: Set<String> = ["--root", "--format", "--output", "--config", "--baseline", "--write-baseline"]
    static let flags: Set<String> = ["--warnings-as-errors"]

    static let help = """
          --root DIR              the project root; nothing outside it is read (default: the
                                  folder of .apiref.yaml, else the folder holding api-ref/,
                                  else the nearest folder holding .git, else the input's folder)
          --format FORMAT         text (default), json, github, sarif or junit
          --output FILE           write the report to FILE (written whole); the summary still
                                  goes to standard error
          --config FILE           the configuration (default: the nearest .apiref.yaml above
                                  the working folder)
          --baseline FILE         report only findings that FILE does not record
          --write-baseline FILE   record today's findings in FILE and exit 0
          --warnings-as-errors    exit 1 on warnings too
        """

    var format = ReportFormat.text
    var output: String?
    var baseline: String?
    var writeBaseline: String?
    var warningsAsErrors = false
    var configuration = Configuration()
    /// The folder `exclude` patterns and `root` are relative to.
    var configurationFolder: String
    /// Findings about the configuration file itself.
    var configurationFindings: [Diagnostic] = []
    /// The project root from `--root` or the configuration, absolute.
    var root: String?

    /// Reads the options; prints a usage error and returns `nil` when one is wrong.
    init?(_ arguments: ParsedArguments, workspace: Workspace) {
        configurationFolder = workspace.currentDirectory
        if let text = arguments.values["--format"] {
            guard let format = ReportFormat(rawValue: text) else {
                Output.standardError(
                    "apiref: error: unknown format '\(text)'; expected text, json, github, sarif or junit\n")
                return nil
            }
            self.format = format
        }
        output = arguments.values["--output"].map(workspace.absolute)
        baseline = arguments.values["--baseline"].map(workspace.absolute)
        writeBaseline = arguments.values["--write-baseline"].map(workspace.absolute)
        warningsAsErrors = arguments.flags.contains("--warnings-as-errors")
        if baseline != nil, writeBaseline != nil {
            Output.standardError("apiref: error: --baseline and --write-baseline cannot be used together\n")
            return nil
        }
        guard loadConfiguration(arguments.values["--config"], workspace: workspace) else { return nil }
        if let given = arguments.values["--root"] {
            root = workspace.absolute(given)
        } else if let configured = configuration.root {
            root = Paths.resolve(configured, against: configurationFolder)
        }
        guard workspace.isUsableRoot(root) else { return nil }
    }

    private mutating func loadConfiguration(_ given: String?, workspace: Workspace) -> Bool {
        let path: String
        if let given {
            path = workspace.absolute(given)
            guard workspace.files.kind(of: path) == .file else {
                Output.standardError("apiref: error: configuration file '\(given)' does not exist\n")
                return false
            }
        } else {
            guard
                let found = ProjectLayout.ancestors(of: workspace.currentDirectory)
                    .map({ $0 == "/" ? "/" + Configuration.fileName : $0 + "/" + Configuration.fileName })
                    .first(where: { workspace.files.kind(of: $0) == .file })
            else { return true }
            path = found
        }
        configurationFolder = Paths.directory(of: path)
        guard case .bytes(let bytes) = workspace.files.contents(of: path) else { return true }
        let source = SourceText(path: Paths.relative(path, to: workspace.currentDirectory), bytes: bytes)
        (configuration, configurationFindings) = Configuration.read(source)
        return true
    }
}
