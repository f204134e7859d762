/// Flags an item of `in: path` whose name is not a placeholder of the operation's URL: a
/// renamed placeholder or a parameter copied from another operation.
///
///     api-ref/source/servers.inc:40:5: error: path parameter 'server' is not a placeholder of '/servers/{server_id}' [path-parameter-not-in-url]
struct PathParameterNotInURLRule: LintRule {
    static let descriptor = RuleDescriptor(
        "path-parameter-not-in-url", .error, "an 'in: path' parameter whose name is not a placeholder of the URL")

    func check(_ context: LintContext) -> [Diagnostic] {
        context.operations.flatMap { _, operation -> [Diagnostic] in
            // A path too long to read is reported once, by invalid-path.
            guard !operation.method.isEmpty, !operation.path.isTooLong else { return [] }
            let placeholders = Set(operation.path.placeholders.map(\.name))
            return operation.parameterLists.flatMap { list in
                list.items.compactMap { item -> Diagnostic? in
                    guard context.definition(of: item, in: list)?.placement == .path,
                        !placeholders.contains(item.name)
                    else { return nil }
                    return Diagnostic(
                        Self.descriptor,
                        "path parameter '\(item.name)' is not a placeholder of '\(operation.path.text)'",
                        at: item.location)
                }
            }
        }
    }
}
