/// Checks every JSON sample against the body tree of its operation and direction.
///
/// `null` is accepted for every documented field whatever its type: os-api-ref has no way to
/// mark a field nullable, and services return `null` for unset values. An integer is
/// accepted where a float is documented. A type outside the standard set (`uuid`, `enum`...)
/// is not checked beyond its known aliases.
public enum SampleValidator {
    /// The inferred bodies and sample bindings of one operation.
    public struct OperationResult: Sendable {
        public var request: BodyNode
        public var response: BodyNode
        public var bindings: [SampleBinding]
    }

    /// The result for each operation, by document then operation index.
    public struct Result: Sendable {
        public var operations: [[OperationResult]]
        public var diagnostics: [Diagnostic]
    }

    public static func validate(_ reference: APIReference, samples library: SampleLibrary) -> Result {
        let context = LintContext(reference: reference)
        var diagnostics: [Diagnostic] = []
        var results: [[OperationResult]] = []
        for document in reference.documents {
            let built = document.operations.map { operation in
                infer(operation, context: context, library: library, diagnostics: &diagnostics)
            }
            // Operations on one route (nova's "Create Multiple Servers" beside "Create Server")
            // may document only what they add; a field undocumented in one is looked up in the
            // others before it is reported.
            var routes: [String: [Int]] = [:]
            for (index, operation) in document.operations.enumerated() {
                routes[DuplicateOperationRule.shape(of: operation.path) + " " + operation.method, default: []].append(
                    index)
            }
            for (index, operation) in document.operations.enumerated() {
                let siblings = (routes[DuplicateOperationRule.shape(of: operation.path) + " " + operation.method] ?? [])
                    .filter { $0 != index }.map { built[$0] }
                check(
                    operation, built[index], siblings: siblings, library: library, context: context,
                    diagnostics: &diagnostics)
            }
            results.append(built)
        }
        return Result(operations: results, diagnostics: diagnostics)
    }

    private static func infer(
        _ operation: Operation, context: LintContext, library: SampleLibrary, diagnostics: inout [Diagnostic]
    ) -> OperationResult {
        let bindings = MicroversionBinder.bind(operation)
        func json(_ direction: Direction) -> [JSONNode] {
            bindings.filter { $0.direction == direction }.compactMap {
                if case .json(let node)? = library.content(of: $0.sample) { node } else { nil }
            }
        }
        let request = BodyTreeBuilder.build(
            BodyTreeBuilder.items(of: operation, .request, context: context), samples: json(.request))
        let response = BodyTreeBuilder.build(
            BodyTreeBuilder.items(of: operation, .response, context: context), samples: json(.response))
        diagnostics += request.diagnostics + response.diagnostics
        return OperationResult(request: request.tree, response: response.tree, bindings: bindings)
    }

    private static func check(
        _ operation: Operation, _ result: OperationResult, siblings: [OperationResult], library: SampleLibrary,
        context: LintContext, diagnostics: inout [Diagnostic]
    ) {
        for binding in result.bindings {
            guard case .json(let root)? = library.content(of: binding.sample) else { continue }
            guard let direction = binding.direction else {
                diagnostics.append(
                    Diagnostic(
                        ValidationRules.unboundSample,
                        "sample '\(Paths.fileName(of: binding.sample.resolvedPath))' is in neither the request nor the "
                            + "response part and its name says neither; not validated",
                        at: binding.sample.location))
                continue
            }
            let others = siblings.map { direction == .request ? $0.request : $0.response }
            let candidates = trees(
                for: binding, direction: direction, operation: operation, result: result, library: library,
                context: context)
            // The sample is judged against the tree it fits best: its own step of a multi-step
            // exchange, or one of several alternative lists (heat's cfn and hot templates).
            var best: [Diagnostic]?
            for tree in candidates {
                let found = check(
                    root, against: tree, siblings: others, operation: operation, binding: binding,
                    direction: direction)
                if best.map({ found.count < $0.count }) ?? true { best = found }
            }
            diagnostics += best ?? []
        }
    }

    /// The trees a sample may be checked against, the default first.
    private static func trees(
        for binding: SampleBinding, direction: Direction, operation: Operation, result: OperationResult,
        library: SampleLibrary, context: LintContext
    ) -> [BodyNode] {
        let merged = direction == .request ? result.request : result.response
        let lists = operation.parameterLists.filter { list in
            list.direction == direction
                && list.items.contains { context.definition(of: $0, in: list)?.placement == .body }
        }
        guard lists.count > 1 else { return [merged] }
        let samples = result.bindings.filter { $0.direction == direction }.compactMap { binding -> JSONNode? in
            if case .json(let node)? = library.content(of: binding.sample) { node } else { nil }
        }
        let allNames = Set(lists.flatMap { $0.items.map(\.name) })
        func tree(_ chosen: [ParameterList]) -> BodyNode {
            let items = chosen.flatMap { list in
                list.items.compactMap { reference -> BodyTreeBuilder.Item? in
                    guard let definition = context.definition(of: reference, in: list), definition.placement == .body
                    else { return nil }
                    return BodyTreeBuilder.Item(
                        reference: reference, definition: definition, partMicroversions: list.microversions)
                }
            }
            return BodyTreeBuilder.build(items, samples: samples, listedElsewhere: allNames).tree
        }
        var scope = lists
        var base = merged
        let parts = Set(lists.compactMap(\.part))
        if parts.count > 1, let part = binding.sample.part, parts.contains(part) {
            scope = lists.filter { $0.part == part }
            base = tree(scope)
        }
        return scope.count > 1 ? [base] + scope.map { tree([$0]) } : [base]
    }

    /// The findings of one sample against one tree.
    private static func check(
        _ root: JSONNode, against tree: BodyNode, siblings: [BodyNode], operation: Operation, binding: SampleBinding,
        direction: Direction
    ) -> [Diagnostic] {
        var walker = Walker(operation: operation, binding: binding, direction: direction, alternatives: siblings)
        var tree = tree
        // Another operation on this route may document the body (keystone describes
        // `GET /v3/role_assignments` twice), or the sample may be another operation's shape
        // (nova's "Create Multiple Servers" returns the first server as "Create Server" does):
        // borrow the one that shares most top-level keys, to accept fields only. Not on action
        // routes, where the body's key names the action.
        let keys = Set(root.members?.map(\.key) ?? [])
        let holdsOwn = keys.contains { tree.child($0)?.isDocumented ?? false || DynamicKey.isDynamic($0) }
        if !walker.anyApplies(tree) || !holdsOwn, !operation.path.text.hasSuffix("/action"),
            let documented = siblings.filter({ walker.anyApplies($0) })
                .map({ sibling in (sibling, Set(sibling.children.map(\.name)).intersection(keys).count) })
                .filter({ $0.1 > 0 }).max(by: { $0.1 < $1.1 })?.0
        {
            tree = documented
            walker.acceptOnly = true
        }
        guard walker.anyApplies(tree) else {
            guard let members = root.members, !members.isEmpty else { return [] }
            let version = tree.isDocumented ? " at this sample's microversion" : ""
            return [
                Diagnostic(
                    ValidationRules.undocumentedBody,
                    "the \(direction.rawValue) sample has a body, but '\(operation.method) \(operation.path.text)' "
                        + "documents no body parameter for its \(direction.rawValue)\(version)",
                    at: root.location, notes: [.init("sample included here", at: binding.sample.location)])
            ]
        }
        // A body that is a bare array (glance's locations) is described by the one listed
        // array no sample holds as a key.
        if case .array = root.kind,
            let array = tree.children.first(where: { node in
                !node.isSeen && node.parameters.contains { ["array", "list"].contains($0.type?.lowercased() ?? "") }
            })
        {
            walker.check(root, node: array, path: [array.name])
            return walker.diagnostics
        }
        // No listed name appears in any sample (nova's `key` and `value` for one extra spec
        // whose key is the field name): the list describes the body rather than names it.
        let located = tree.children.filter { $0.isDocumented && ($0.placement != .assumed) && $0.isSeen }
        if located.isEmpty, let members = root.members, !members.isEmpty {
            let names = tree.children.filter(\.isDocumented).map { "'\($0.name)'" }.joined(separator: ", ")
            return [
                Diagnostic(
                    ValidationRules.undocumentedBody,
                    "none of the documented \(direction.rawValue) fields (\(names)) appears in the sample; "
                        + "its fields could not be checked",
                    at: root.location, notes: [.init("sample included here", at: binding.sample.location)])
            ]
        }
        walker.check(root, node: tree, path: [])
        guard walker.isFull else { return walker.diagnostics }
        return Array(walker.diagnostics.prefix(Walker.findingLimit)) + [
            Diagnostic(
                ValidationRules.tooManyFindings,
                "the \(direction.rawValue) sample reached \(Walker.findingLimit) findings; the rest of it is "
                    + "not checked", at: root.location,
                notes: [.init("sample included here", at: binding.sample.location)])
        ]
    }
}
