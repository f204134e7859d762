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
                check(operation, built[index], siblings: siblings, library: library, diagnostics: &diagnostics)
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
        diagnostics: inout [Diagnostic]
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
            let tree = direction == .request ? result.request : result.response
            let others = siblings.map { direction == .request ? $0.request : $0.response }
            var walker = Walker(operation: operation, binding: binding, direction: direction, alternatives: others)
            guard walker.anyApplies(tree) else {
                if let members = root.members, !members.isEmpty {
                    let version = tree.isDocumented ? " at this sample's microversion" : ""
                    diagnostics.append(
                        Diagnostic(
                            ValidationRules.undocumentedBody,
                            "the \(direction.rawValue) sample has a body, but '\(operation.method) \(operation.path.text)' "
                                + "documents no body parameter for its \(direction.rawValue)\(version)",
                            at: root.location, notes: [.init("sample included here", at: binding.sample.location)]))
                }
                continue
            }
            // No listed name appears in any sample (nova's `key` and `value` for one extra spec
            // whose key is the field name): the list describes the body rather than names it.
            let located = tree.children.filter { $0.isDocumented && ($0.placement != .assumed) && $0.isSeen }
            if located.isEmpty, let members = root.members, !members.isEmpty {
                let names = tree.children.filter(\.isDocumented).map { "'\($0.name)'" }.joined(separator: ", ")
                diagnostics.append(
                    Diagnostic(
                        ValidationRules.undocumentedBody,
                        "none of the documented \(direction.rawValue) fields (\(names)) appears in the sample; "
                            + "its fields could not be checked",
                        at: root.location, notes: [.init("sample included here", at: binding.sample.location)]))
                continue
            }
            walker.check(root, node: tree, path: [])
            diagnostics += walker.diagnostics
        }
    }
}

/// Walks one sample beside its body tree.
private struct Walker {
    let operation: Operation
    let binding: SampleBinding
    let direction: Direction
    /// The trees of other operations on the same route.
    let alternatives: [BodyNode]
    var diagnostics: [Diagnostic] = []

    init(operation: Operation, binding: SampleBinding, direction: Direction, alternatives: [BodyNode]) {
        self.operation = operation
        self.binding = binding
        self.direction = direction
        self.alternatives = alternatives
    }

    /// The sample's microversion in words, for messages.
    private var versionDescription: String? {
        if let range = binding.range, let low = range.minimum {
            return range.maximum == low ? "microversion \(low)" : "microversions \(low) - \(range.maximum?.text ?? "")"
        }
        if let version = binding.microversion { return "microversion \(version)" }
        return binding.below.map { "a microversion below \($0)" }
    }

    /// Whether any parameter of the tree applies to this sample's microversion.
    func anyApplies(_ node: BodyNode) -> Bool {
        node.parameters.contains(where: applies) || node.children.contains { anyApplies($0) }
    }

    mutating func check(_ value: JSONNode, node: BodyNode, path: [String]) {
        switch value.kind {
        case .array(let items):
            for item in items { check(item, node: node, path: path) }
        case .object(let members):
            checkMembers(members, of: value, node: node, path: path)
        default:
            break
        }
    }

    private mutating func checkMembers(_ members: [JSONMember], of object: JSONNode, node: BodyNode, path: [String]) {
        if isFreeForm(node) { return }
        let keys = Set(members.map(\.key))
        // A listed name that the object does not hold, written as a dotted name, may stand for
        // a key chosen at run time (placement's `usages.consumer_type`, `RESOURCE_CLASS`).
        let isObject = node.parameters.contains { ["object", "dict"].contains($0.type?.lowercased() ?? "") }
        let placeholders =
            isObject ? node.children.filter { $0.placement == .dottedName && !keys.contains($0.name) } : []
        var present = keys
        for member in members {
            let memberPath = path + [member.key]
            guard let child = node.child(member.key) else {
                if DynamicKey.isDynamic(member.key) {
                    check(member.value, node: node, path: path)
                    continue
                }
                if placeholders.count == 1, let placeholder = placeholders.first {
                    // The placeholder's type describes the key, not the value: no type check.
                    present.insert(placeholder.name)
                    check(member.value, node: placeholder, path: memberPath)
                    continue
                }
                // A key of a map whose entries are documented (placement's inventories by
                // resource class): checked like an entry.
                if node.isMap, let entry = node.child(BodyTreeBuilder.entryName) {
                    check(member.value, node: entry, path: memberPath)
                    continue
                }
                if alternatives.contains(where: { $0.node(at: memberPath)?.isDocumented ?? false }) { continue }
                diagnostics.append(
                    .undocumentedField(
                        memberPath, direction: direction, operation: operation, at: member.keyLocation,
                        sample: binding.sample))
                continue
            }
            checkValue(member, node: child, path: memberPath)
            check(member.value, node: child, path: memberPath)
        }
        // A map keyed by UUID holds the required fields in its entries, checked there.
        if members.allSatisfy({ DynamicKey.isDynamic($0.key) }), node.isMap || !members.isEmpty { return }
        // A field no sample holds is assumed to sit in the body's wrapper; it is required there,
        // but not at the top, where the guess is weakest.
        for child in node.children where !present.contains(child.name) && (child.placement != .assumed || !path.isEmpty)
        {
            guard let parameter = child.parameters.first(where: { $0.isRequired && appliesWithCertainty($0) }) else {
                continue
            }
            let isPlaced = child.placement != .assumed
            diagnostics.append(
                .missingRequired(
                    isPlaced ? path + [child.name] : [child.name], parameter: parameter, binding: binding,
                    isPlaced: isPlaced, at: object.location))
        }
    }

    /// Whether a node takes any content at this sample's microversion: documented, with no
    /// member that applies here placed by a sample or a dotted name.
    private func isFreeForm(_ node: BodyNode) -> Bool {
        guard !node.parameters.isEmpty else { return false }
        if node.isDescribedMap { return true }
        return !node.children.contains { $0.placement != .assumed && anyApplies($0) }
    }

    private mutating func checkValue(_ member: JSONMember, node: BodyNode, path: [String]) {
        guard !node.parameters.isEmpty else { return }
        let applicable = node.parameters.filter(applies)
        guard !applicable.isEmpty else {
            if let version = versionDescription {
                diagnostics.append(
                    .outsideMicroversion(path, version: version, parameters: node.parameters, at: member.keyLocation))
            }
            return
        }
        let verdicts = applicable.map { TypeMatcher.matches($0.type, member.value) }
        if verdicts.contains(where: { $0 != false }) { return }
        if let parameter = applicable.first {
            diagnostics.append(
                .typeMismatch(path, found: member.value.typeName, parameter: parameter, at: member.value.location))
        }
    }

    /// Whether a parameter applies to this sample's microversion (any, when it is unknown).
    private func applies(_ parameter: BodyParameter) -> Bool {
        if let below = binding.below {
            return parameter.microversions.minimum.map { $0 < below } ?? true
        }
        if let range = binding.range { return parameter.microversions.overlaps(range) }
        guard let version = binding.microversion else { return true }
        return contains(parameter.microversions, version)
    }

    /// Whether a parameter surely applies: at a known version, or with no bounds at all.
    private func appliesWithCertainty(_ parameter: BodyParameter) -> Bool {
        if binding.below != nil {
            return parameter.microversions.minimum == nil && parameter.microversions.maximum == nil
        }
        if let range = binding.range {
            return parameter.microversions.intersection(range) == range
        }
        guard let version = binding.microversion else {
            return parameter.microversions.minimum == nil && parameter.microversions.maximum == nil
        }
        return contains(parameter.microversions, version)
    }

    private func contains(_ range: MicroversionRange, _ version: Microversion) -> Bool {
        if let minimum = range.minimum, version < minimum { return false }
        if let maximum = range.maximum, maximum < version { return false }
        return true
    }

}
