/// Flags a `required` that is not a Boolean (`ture`, `"true"`, `1`), which os-api-ref would
/// render as text and generators cannot read.
///
///     parameters.yaml:9:13: error: 'required' of parameter 'name' is 'ture'; expected true or false [invalid-required]
struct InvalidRequiredRule: LintRule {
    static let descriptor = RuleDescriptor("invalid-required", .error, "a 'required' field that is not true or false")

    func check(_ context: LintContext) -> [Diagnostic] {
        context.parameterFiles.flatMap(\.definitions).compactMap { definition in
            guard let field = definition.field("required"), field.value.boolValue == nil else { return nil }
            let value = field.value.scalarText ?? field.value.kindName
            if case .scalar(let text, isPlain: false) = field.value.kind, ["true", "false"].contains(text.lowercased())
            {
                return Diagnostic(
                    Self.descriptor,
                    "'required' of parameter '\(definition.key)' is the quoted string '\(text)'; write \(text.lowercased()) without quotes",
                    at: field.value.location)
            }
            return Diagnostic(
                Self.descriptor, "'required' of parameter '\(definition.key)' is '\(value)'; expected true or false",
                at: field.value.location)
        }
    }
}
