/// Flags an item named like a URL placeholder but bound to a definition that is not
/// `in: path`, so the table shows the placeholder as a query or body field.
///
///     api-ref/source/servers.inc:41:5: error: placeholder 'server_id' is bound to 'server_id_body', which is 'in: body', not 'in: path' [placeholder-not-path]
struct PlaceholderNotPathRule: LintRule {
    static let descriptor = RuleDescriptor(
        "placeholder-not-path", .error, "a URL placeholder bound to a definition that is not 'in: path'")

    func check(_ context: LintContext) -> [Diagnostic] {
        context.operations.flatMap { _, operation -> [Diagnostic] in
            let placeholders = Set(operation.path.placeholders.map(\.name))
            let pathNames = Set(
                operation.parameterLists.filter { $0.direction == .request }.flatMap { list in
                    list.items.filter { context.definition(of: $0, in: list)?.placement == .path }.map(\.name)
                })
            return operation.parameterLists.filter { $0.direction == .request }.flatMap { list in
                list.items.compactMap { item -> Diagnostic? in
                    // Only when the placeholder has no path item at all: a body field may share
                    // a placeholder's name (nova's 'id') once the path is documented.
                    guard placeholders.contains(item.name), !pathNames.contains(item.name),
                        let definition = context.definition(of: item, in: list),
                        let placement = definition.placement, placement != .path
                    else { return nil }
                    return Diagnostic(
                        Self.descriptor,
                        "placeholder '\(item.name)' is bound to '\(item.key)', which is 'in: \(placement.rawValue)', not 'in: path'",
                        at: item.keyLocation)
                }
            }
        }
    }
}
