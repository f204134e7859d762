/// Flags a field name that is a near miss of one os-api-ref knows (`requried`, `descripition`);
/// such a field is silently ignored, so the real one is missing.
///
///     parameters.yaml:7:3: warning: field 'requried' of parameter 'name' looks misspelt; did you mean 'required'? [misspelt-parameter-field]
struct MisspeltFieldRule: LintRule {
    static let descriptor = RuleDescriptor(
        "misspelt-parameter-field", .warning, "a parameter field whose name is a near miss of a known field")

    static let knownFields = ["in", "required", "type", "description", "min_version", "max_version"]

    func check(_ context: LintContext) -> [Diagnostic] {
        context.parameterFiles.flatMap(\.definitions).flatMap { definition in
            definition.fields.compactMap { field -> Diagnostic? in
                guard !Self.knownFields.contains(field.name), field.name.count >= 3,
                    let guess = EditDistance.suggestion(for: field.name, among: Self.knownFields)
                else { return nil }
                return Diagnostic(
                    Self.descriptor,
                    "field '\(field.name)' of parameter '\(definition.key)' looks misspelt; did you mean '\(guess)'?",
                    at: field.location)
            }
        }
    }
}
