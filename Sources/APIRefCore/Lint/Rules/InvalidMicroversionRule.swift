/// Flags a `min_version` or `max_version` that is not a version such as `2.47` (`2.x`,
/// `v2.1`, `2,1`); such a bound would be ignored when comparing versions.
///
///     parameters.yaml:30:16: error: 'min_version' of parameter 'tags' is 'v2.26'; expected a version such as '2.26' [invalid-microversion]
struct InvalidMicroversionRule: LintRule {
    static let descriptor = RuleDescriptor(
        "invalid-microversion", .error, "a min_version or max_version that is not a version such as 2.47")

    func check(_ context: LintContext) -> [Diagnostic] {
        context.parameterFiles.flatMap(\.definitions).flatMap { definition in
            ["min_version", "max_version"].compactMap { name -> Diagnostic? in
                guard let field = definition.field(name), !field.value.isNull else { return nil }
                if let text = field.value.scalarText, Microversion(text) != nil { return nil }
                let shown = field.value.scalarText ?? field.value.kindName
                return Diagnostic(
                    Self.descriptor,
                    "'\(name)' of parameter '\(definition.key)' is '\(shown)'; expected a version such as '2.1'",
                    at: field.value.location)
            }
        }
    }
}
