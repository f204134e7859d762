/// Flags a `rest_method` whose method is not an HTTP method, or that names no method or path.
///
///     api-ref/source/servers.inc:12:16: error: 'FETCH' is not an HTTP method [invalid-http-method]
struct InvalidMethodRule: LintRule {
    static let descriptor = RuleDescriptor(
        "invalid-http-method", .error, "a rest_method without a known HTTP method (GET, POST, PUT, ...)")

    static let methods: Set<String> = [
        "GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "CONNECT", "COPY",
    ]

    func check(_ context: LintContext) -> [Diagnostic] {
        context.operations.compactMap { _, operation in
            if operation.method.isEmpty {
                return Diagnostic(
                    Self.descriptor, "'rest_method' names no method and path", at: operation.methodLocation)
            }
            guard !Self.methods.contains(operation.method) else { return nil }
            let upper = operation.method.uppercased()
            let message =
                Self.methods.contains(upper)
                ? "HTTP method '\(operation.method)' should be written '\(upper)'"
                : "'\(operation.method)' is not an HTTP method"
            return Diagnostic(Self.descriptor, message, at: operation.methodLocation)
        }
    }
}
