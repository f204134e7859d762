/// Flags a `rest_method` path that does not start with `/` or has malformed placeholders.
///
///     api-ref/source/servers.inc:12:20: error: path 'servers/{id' is malformed: path does not start with '/' [invalid-path]
struct InvalidPathRule: LintRule {
    static let descriptor = RuleDescriptor(
        "invalid-path", .error, "a rest_method path that does not start with '/' or has malformed placeholders")

    func check(_ context: LintContext) -> [Diagnostic] {
        context.operations.compactMap { _, operation in
            guard !operation.method.isEmpty else { return nil }
            if operation.path.isTooLong {
                return Diagnostic(
                    Self.descriptor,
                    "'rest_method' path is longer than \(PathTemplate.lengthLimit) bytes; not read",
                    at: operation.path.location)
            }
            if operation.path.text.isEmpty {
                return Diagnostic(Self.descriptor, "'rest_method' names no path", at: operation.methodLocation)
            }
            guard let problem = operation.path.problem else { return nil }
            return Diagnostic(
                Self.descriptor, "path '\(operation.path.text)' is malformed: \(problem)", at: operation.path.location)
        }
    }
}
