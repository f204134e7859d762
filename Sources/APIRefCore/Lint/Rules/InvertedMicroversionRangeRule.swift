/// Flags a parameter whose `min_version` is above its `max_version`, so it applies to no
/// version at all. Versions compare as versions: 2.2 < 2.20.
///
///     parameters.yaml:31:16: error: parameter 'tags' has min_version 2.30 above max_version 2.26 [inverted-microversion-range]
struct InvertedMicroversionRangeRule: LintRule {
    static let descriptor = RuleDescriptor(
        "inverted-microversion-range", .error, "a parameter whose min_version is above its max_version")

    func check(_ context: LintContext) -> [Diagnostic] {
        context.parameterFiles.flatMap(\.definitions).compactMap { definition in
            let range = definition.microversions
            guard let minimum = range.minimum, let maximum = range.maximum, maximum < minimum,
                let field = definition.field("min_version")
            else { return nil }
            return Diagnostic(
                Self.descriptor,
                "parameter '\(definition.key)' has min_version \(minimum) above max_version \(maximum)",
                at: field.value.location)
        }
    }
}
