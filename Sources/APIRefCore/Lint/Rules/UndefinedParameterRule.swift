/// Flags an item whose key the parameters file does not define; os-api-ref fails the build on
/// it without saying where. A note names the closest defined key.
///
///     api-ref/source/flavors.inc:36:11: error: parameter 'flavor_nme' is not defined in 'parameters.yaml' [undefined-parameter]
///     api-ref/source/parameters.yaml:3185:1: note: did you mean 'flavor_name'?
struct UndefinedParameterRule: LintRule {
    static let descriptor = RuleDescriptor(
        "undefined-parameter", .error, "a rest_parameters item whose key the parameters file does not define")

    func check(_ context: LintContext) -> [Diagnostic] {
        context.reference.documents.flatMap { document in
            (document.operations.flatMap(\.parameterLists) + document.looseParameterLists).flatMap { list in
                list.items.compactMap { item -> Diagnostic? in
                    guard let path = list.resolvedPath, let file = context.reference.parameterFiles[path],
                        file.isReadable, file.definition(item.key) == nil
                    else { return nil }
                    var notes: [Diagnostic.Note] = []
                    if let guess = EditDistance.suggestion(for: item.key, among: file.definitions.map(\.key)),
                        let definition = file.definition(guess)
                    {
                        notes.append(.init("did you mean '\(guess)'?", at: definition.location))
                    }
                    return Diagnostic(
                        Self.descriptor, "parameter '\(item.key)' is not defined in '\(list.fileName)'",
                        at: item.keyLocation, notes: notes)
                }
            }
        }
    }
}
