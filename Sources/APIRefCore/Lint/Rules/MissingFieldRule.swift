/// Flags an entry without `in`, `type`, `description` or `required`; os-api-ref needs the
/// first three to render the table and readers need the last to know what to send.
///
///     parameters.yaml:40:1: warning: parameter 'flavor_id' has no 'type' field [missing-parameter-field]
struct MissingFieldRule: LintRule {
    static let descriptor = RuleDescriptor(
        "missing-parameter-field", .warning, "a parameter without 'in', 'type', 'description' or 'required'")

    static let requiredFields = ["in", "type", "description", "required"]

    func check(_ context: LintContext) -> [Diagnostic] {
        context.parameterFiles.flatMap(\.definitions).flatMap { definition -> [Diagnostic] in
            guard definition.malformedValue == nil else { return [] }
            return Self.requiredFields.filter { definition.field($0) == nil }.map {
                Diagnostic(
                    Self.descriptor, "parameter '\(definition.key)' has no '\($0)' field", at: definition.location)
            }
        }
    }
}
