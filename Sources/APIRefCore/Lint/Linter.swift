/// Runs every lint rule over a reference.
public enum Linter {
    /// The rules that check the model, in the order their findings are gathered.
    public static let rules: [any LintRule] = [
        EmptyParametersFileRule(),
        InvalidPlacementRule(),
        MissingFieldRule(),
        MisspeltFieldRule(),
        InvalidRequiredRule(),
        NonstandardTypeRule(),
        InvalidMicroversionRule(),
        InvertedMicroversionRangeRule(),
        ParameterOrderRule(),
        UnusedParameterRule(),
        UndefinedParameterRule(),
        InvalidMethodRule(),
        InvalidPathRule(),
        UndocumentedPathParameterRule(),
        PathParameterNotInURLRule(),
        PlaceholderNotPathRule(),
        DuplicateOperationRule(),
    ]

    /// The findings of every rule, in file, line and column order.
    public static func lint(_ reference: APIReference) -> [Diagnostic] {
        let context = LintContext(reference: reference)
        return rules.flatMap { $0.check(context) }.sorted()
    }
}

/// Every rule apiref can report, readers' rules included, for `apiref rules` and the README.
public enum RuleCatalog {
    public static var all: [RuleDescriptor] {
        let readers =
            ReaderRules.all + ValidationRules.all + [
                Configuration.invalid, Baseline.invalid, ParametersFormatter.aliasOrder,
                YAMLReader.duplicateKey, ParametersReader.notMapping, ParameterItemReader.invalidItem,
                RouteConflicts.unroutable,
            ]
        return (readers + Linter.rules.map(\.descriptor)).sorted { $0.id < $1.id }
    }
}
