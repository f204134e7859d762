/// Flags the same method and path documented twice in one document with overlapping
/// microversions. Placeholder names do not matter (`/a/{id}` is `/a/{a_id}`). Operations told
/// apart by their request body's first key (nova's `POST /servers/{server_id}/action`) or by
/// different request samples, or sections with their own titles and the same placeholder names
/// (keystone's ways to `POST /v3/auth/tokens`) are variants, not duplicates. Different
/// placeholder names on one route mean a path was copied from another operation. A file
/// included twice is reported once, as `duplicate-include`.
///
///     api-ref/source/servers.inc:300:1: warning: 'GET /servers' is documented twice for the same microversions [duplicate-operation]
///     api-ref/source/servers.inc:12:1: note: first documented here
struct DuplicateOperationRule: LintRule {
    static let descriptor = RuleDescriptor(
        "duplicate-operation", .warning, "the same method and path documented twice for overlapping microversions")

    func check(_ context: LintContext) -> [Diagnostic] {
        context.reference.documents.flatMap { document -> [Diagnostic] in
            var seen: [String: [Operation]] = [:]
            var findings: [Diagnostic] = []
            for operation in document.operations where !operation.method.isEmpty && operation.path.problem == nil {
                let route = operation.method + " " + Self.shape(of: operation.path)
                let action = Self.bodyKey(of: operation, context: context)
                if let earlier = seen[route]?.first(where: {
                    $0.location != operation.location && $0.microversions.overlaps(operation.microversions)
                        && Self.bodyKey(of: $0, context: context) == action && !Self.haveDistinctSamples($0, operation)
                        && ($0.title == operation.title || $0.path.text != operation.path.text)
                }) {
                    let message =
                        earlier.path.text == operation.path.text
                        ? "'\(operation.method) \(operation.path.text)' is documented twice for the same microversions"
                        : "'\(operation.method) \(operation.path.text)' is the same route as '\(earlier.method) "
                            + "\(earlier.path.text)' for the same microversions; one of the paths is likely wrong"
                    findings.append(
                        Diagnostic(
                            Self.descriptor, message, at: operation.location,
                            notes: [.init("first documented here", at: earlier.location)]))
                }
                seen[route, default: []].append(operation)
            }
            return findings
        }
    }

    /// The path with placeholder names erased.
    static func shape(of path: PathTemplate) -> String {
        var result = ""
        var inside = false
        for character in path.text {
            if character == "{" { inside = true; result.append("{}") }
            if !inside { result.append(character) }
            if character == "}" { inside = false }
        }
        return result
    }

    /// Whether both operations show request samples and no sample is shared.
    static func haveDistinctSamples(_ first: Operation, _ second: Operation) -> Bool {
        let left = Set(first.samples.filter { $0.direction == .request }.map(\.resolvedPath))
        let right = Set(second.samples.filter { $0.direction == .request }.map(\.resolvedPath))
        return !left.isEmpty && !right.isEmpty && left.isDisjoint(with: right)
    }

    /// The display name of the first request item defined as `in: body`, if any.
    static func bodyKey(of operation: Operation, context: LintContext) -> String? {
        for list in operation.parameterLists where list.direction == .request {
            for item in list.items where context.definition(of: item, in: list)?.placement == .body {
                return item.name
            }
        }
        return nil
    }
}
