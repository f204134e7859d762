/// Finds operations the generated router can never reach: those whose method, path (its
/// placeholders' names aside) and distinguishing body key are the same as an earlier
/// operation's, which gets all their requests (nova's "Create Multiple Servers" beside
/// "Create Server"; placement's one route documented once per microversion range).
enum RouteConflicts {
    static let unroutable = RuleDescriptor(
        "unroutable-operation", .warning,
        "generate: an operation with the method, path and body key of an earlier one; the router never calls it")

    /// One operation as the router tells it apart.
    struct Route: Hashable {
        var method: String
        /// The path with every placeholder written `{}`.
        var shape: String
        var bodyKey: String?

        init(method: String, path: String, bodyKey: String?) {
            self.method = method.uppercased()
            var shape = ""
            var inPlaceholder = false
            for character in path {
                if character == "{" {
                    inPlaceholder = true
                    shape += "{}"
                } else if character == "}" {
                    inPlaceholder = false
                } else if !inPlaceholder {
                    shape.append(character)
                }
            }
            self.shape = shape
            self.bodyKey = bodyKey
        }
    }

    /// A warning for each operation an earlier one hides, in document order.
    static func warnings(_ operations: [(operation: Operation, bodyKey: String?)]) -> [Diagnostic] {
        var first: [Route: Operation] = [:]
        var warnings: [Diagnostic] = []
        for (operation, bodyKey) in operations {
            let route = Route(method: operation.method, path: operation.path.text, bodyKey: bodyKey)
            guard let earlier = first[route] else {
                first[route] = operation
                continue
            }
            let what = bodyKey.map { "method, path and body key '\($0)'" } ?? "method and path"
            warnings.append(
                Diagnostic(
                    unroutable,
                    "'\(operation.title)' has the \(what) of '\(earlier.title)'; the generated router "
                        + "sends their requests to '\(earlier.title)'",
                    at: operation.location,
                    notes: [.init("'\(earlier.title)' is documented here", at: earlier.location)]))
        }
        return warnings
    }
}
