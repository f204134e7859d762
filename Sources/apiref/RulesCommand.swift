import APIRefCore

/// `apiref rules`: lists every rule id with its default severity and summary.
enum RulesCommand: Command {
    static let name = "rules"
    static let abstract = "list every rule with its default severity"
    static let synopsis = "apiref rules"
    static let options: Set<String> = []
    static let flags: Set<String> = []
    static let help = """
        OVERVIEW: \(abstract)

        USAGE: \(synopsis)

        """

    static func run(_ arguments: ParsedArguments) -> Int32 {
        guard arguments.positional.isEmpty else {
            Output.standardError("apiref rules: error: unexpected argument '\(arguments.positional[0])'\n")
            return ExitStatus.usage
        }
        let width = (RuleCatalog.all.map(\.id.count).max() ?? 0) + 2
        for rule in RuleCatalog.all {
            Output.standardOutput(
                rule.id.padding(to: width) + rule.severity.rawValue.padding(to: 9) + rule.summary + "\n")
        }
        return ExitStatus.clean
    }
}
