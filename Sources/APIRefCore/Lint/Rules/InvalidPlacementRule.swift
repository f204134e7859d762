/// Flags an `in` field outside `header`, `path`, `query` and `body`, the only places
/// os-api-ref renders.
///
///     parameters.yaml:12:7: error: parameter 'limit' has 'in: querry'; expected header, path, query or body [invalid-parameter-in]
struct InvalidPlacementRule: LintRule {
    static let descriptor = RuleDescriptor(
        "invalid-parameter-in", .error, "a parameter whose 'in' is not header, path, query or body")

    func check(_ context: LintContext) -> [Diagnostic] {
        context.parameterFiles.flatMap(\.definitions).compactMap { definition in
            guard let field = definition.field("in"), definition.placement == nil else { return nil }
            let value = field.value.scalarText ?? field.value.kindName
            var notes: [Diagnostic.Note] = []
            if let guess = EditDistance.suggestion(for: value, among: ParameterPlacement.allCases.map(\.rawValue)) {
                notes.append(.init("did you mean '\(guess)'?", at: field.value.location))
            }
            return Diagnostic(
                Self.descriptor,
                "parameter '\(definition.key)' has 'in: \(value)'; expected header, path, query or body",
                at: field.value.location, notes: notes)
        }
    }
}
