/// Flags a placeholder of the `rest_method` URL that no request item of `in: path` documents;
/// os-api-ref warns about it without a line.
///
///     api-ref/source/servers.inc:12:24: error: path placeholder 'server_id' of 'GET /servers/{server_id}' is not documented by an 'in: path' parameter [undocumented-path-parameter]
struct UndocumentedPathParameterRule: LintRule {
    static let descriptor = RuleDescriptor(
        "undocumented-path-parameter", .error, "a URL placeholder that no 'in: path' parameter of the request documents"
    )

    func check(_ context: LintContext) -> [Diagnostic] {
        context.operations.flatMap { _, operation -> [Diagnostic] in
            let documented = Set(
                operation.parameterLists.filter { $0.direction == .request }.flatMap { list in
                    list.items.filter { context.definition(of: $0, in: list)?.placement == .path }.map(\.name)
                })
            // An item named like the placeholder is reported by 'undefined-parameter' when its key
            // is undefined and by 'placeholder-not-path' when it is not 'in: path'; one finding
            // is enough.
            let undefined = Set(
                operation.parameterLists.filter { $0.direction == .request }.flatMap { list in list.items.map(\.name) })
            return operation.path.placeholders.compactMap { placeholder in
                guard !documented.contains(placeholder.name), !undefined.contains(placeholder.name) else { return nil }
                return Diagnostic(
                    Self.descriptor,
                    "path placeholder '\(placeholder.name)' of '\(operation.method) \(operation.path.text)' "
                        + "is not documented by an 'in: path' parameter",
                    at: placeholder.location)
            }
        }
    }
}
