/// Infers where each documented body parameter of an operation lives, from its parameter
/// lists and its samples together.
///
/// - A dotted name (`networks.uuid`, `os:scheduler_hints.cidr`) whose first part is itself
///   listed goes below that part; `{placeholder}` parts name map keys and are passed through.
/// - A flat name goes where a sample of the same direction holds it, the shallowest place
///   first (nova lists `name` flat; its samples hold it in the `server` wrapper).
/// - A prefixed name no sample holds (`os:scheduler_hints`) goes where a sample holds the same
///   name with another prefix (`OS-SCH-HNT:scheduler_hints`).
/// - A flat name no sample holds goes under the body's wrapper (the one listed object that the
///   samples hold at the top), or at the top when there is none.
public enum BodyTreeBuilder {
    /// One listed body parameter with its definition.
    public struct Item: Sendable {
        public var reference: ParameterReference
        public var definition: ParameterDefinition
        /// The range of the part the item is listed in.
        public var partMicroversions: MicroversionRange = .all
    }

    /// The body parameters an operation lists for one direction, in list order.
    public static func items(of operation: Operation, _ direction: Direction, context: LintContext) -> [Item] {
        operation.parameterLists.filter { $0.direction == direction }.flatMap { list in
            list.items.compactMap { reference -> Item? in
                guard let definition = context.definition(of: reference, in: list), definition.placement == .body
                else { return nil }
                return Item(reference: reference, definition: definition, partMicroversions: list.microversions)
            }
        }
    }

    public static let unplacedParameter = RuleDescriptor(
        "unplaced-parameter", .warning, "a dotted body parameter whose first part the list does not have")

    /// Builds the tree, reporting dotted names whose first part is not listed.
    /// - Parameter listedElsewhere: names listed for the same direction in other lists, so
    ///   a dotted name in one step's list can name a parent listed in another.
    public static func build(_ items: [Item], samples: [JSONNode], listedElsewhere: Set<String> = [])
        -> (tree: BodyNode, diagnostics: [Diagnostic])
    {
        var diagnostics: [Diagnostic] = []
        var root = BodyNode(name: "", placement: .root)
        let index = SampleIndex(samples)
        let listed = Set(items.map(\.reference.name)).union(listedElsewhere)
        var located: [String: [String]] = [:]
        var wrapper: [String]?
        for item in items {
            let name = item.reference.name
            // `{consumer_uuid}` parts (placement) stand for map keys, which are passed through.
            let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
                .filter { !($0.hasPrefix("{") && $0.hasSuffix("}") && $0.count > 2) }
            var path: [String]
            var placement: BodyNode.Placement
            if parts.count > 1, listed.contains(parts[0]), !parts.contains(where: \.isEmpty) {
                let head = located[parts[0]] ?? index.locate(parts[0]) ?? (wrapper ?? []) + [parts[0]]
                path = head + parts.dropFirst()
                placement = .dottedName
            } else if let found = located[name] ?? index.locate(name) {
                path = found
                placement = .sample
                // The same name listed again with another type (keystone's `password` object
                // and the user's `password` string) is a second place, not the same one.
                if let earlier = root.node(at: found)?.parameters.first, earlier.type != item.definition.type,
                    earlier.microversions.overlaps(item.definition.microversions),
                    let other = index.places(of: name).first(where: { $0 != found })
                {
                    path = other
                }
            } else if let alias = index.locateAlias(of: name) {
                // nova documents `os:scheduler_hints`; its samples use the older spelling
                // `OS-SCH-HNT:scheduler_hints`. The same place, whatever the prefix.
                path = alias.dropLast() + [name]
                placement = .assumed
            } else {
                path = (wrapper ?? []) + [name]
                placement = .assumed
                if parts.count > 1, !parts[0].isEmpty {
                    var notes: [Diagnostic.Note] = []
                    if let guess = EditDistance.suggestion(for: parts[0], among: listed.filter { !$0.contains(".") }) {
                        notes.append(.init("did you mean '\(guess).\(parts.dropFirst().joined(separator: "."))'?"))
                    }
                    diagnostics.append(
                        Diagnostic(
                            unplacedParameter,
                            "body parameter '\(name)' names '\(parts[0])', which the list does not have and no sample holds",
                            at: item.reference.location, notes: notes))
                }
            }
            if located[name] == nil { located[name] = path }
            if wrapper == nil, path.count == 1, placement == .sample, isObject(item.definition.type) {
                wrapper = path
            }
            let parameter = BodyParameter(
                name: name, key: item.reference.key, location: item.reference.location, type: item.definition.type,
                isRequired: item.definition.isRequired ?? false, description: item.definition.description,
                microversions: item.definition.microversions.intersection(item.partMicroversions))
            root.insert(at: path, placement: placement) { node in
                if !node.parameters.contains(parameter) { node.parameters.append(parameter) }
            }
        }
        placeElsewhere(items, index: index, located: located, tree: &root)
        for path in index.mapPaths { root.markMap(at: path) }
        mergeMapEntries(&root)
        root.markSeen(index.paths)
        return (root, diagnostics)
    }

    /// A flat name listed once may stand in several places (placement's `resources` in both
    /// `allocation_requests` and `provider_summaries`): wherever a sample holds it inside a
    /// documented object, it is documented there too.
    private static func placeElsewhere(
        _ items: [Item], index: SampleIndex, located: [String: [String]], tree root: inout BodyNode
    ) {
        // Which objects may take such names is decided before any is added: an object
        // that was free-form stays so, and names do not spread into objects only they fill.
        var eligible = Set<[String]>()
        func collect(_ node: BodyNode, _ path: [String]) {
            if node.isDocumented && !node.isFreeForm { eligible.insert(path) }
            for child in node.children { collect(child, path + [child.name]) }
        }
        collect(root, [])
        for item in items where !item.reference.name.contains(".") {
            guard let home = located[item.reference.name], let placed = root.node(at: home),
                placed.placement == .sample,
                placed.parameters.contains(where: { $0.key == item.reference.key })
            else { continue }
            let parameters = placed.parameters.filter { $0.key == item.reference.key }
            let values = index.values(of: item.reference.name)
            for path in index.places(of: item.reference.name) where path != home {
                // Where the value there is of another type, it is another field of that name.
                if values[path, default: []].contains(where: { TypeMatcher.matches(item.definition.type, $0) == false })
                {
                    continue
                }
                guard eligible.contains(Array(path.dropLast())) else { continue }
                root.insert(at: path, placement: .sample) { node in
                    for parameter in parameters where !node.parameters.contains(parameter) {
                        node.parameters.append(parameter)
                    }
                }
            }
        }
    }

    /// The name of the node that stands for every entry of a map keyed by names chosen at run
    /// time (placement's inventories by resource class: `VCPU`, `MEMORY_MB`).
    public static let entryName = "{key}"

    /// Folds the undocumented keys under a documented object that lead to documented fields
    /// (`inventories` > `VCPU` > `total`, `inventories` > `DISK_GB` > `reserved`) into one
    /// entry node holding all their fields, and marks the object as a map.
    static func mergeMapEntries(_ node: inout BodyNode) {
        for index in node.children.indices { mergeMapEntries(&node.children[index]) }
        guard !node.parameters.isEmpty else { return }
        let entries = node.children.filter { $0.placement == .structural && $0.isDocumented }
        // Only an object whose every member is such a key (or a field no sample places) is a
        // map; one with documented members of its own is an ordinary object.
        let others = node.children.filter { !($0.placement == .structural || $0.placement == .assumed) }
        guard !entries.isEmpty, others.isEmpty else { return }
        var entry = BodyNode(name: entryName, placement: .structural)
        for child in entries.flatMap(\.children) {
            if let existing = entry.children.firstIndex(where: { $0.name == child.name }) {
                for parameter in child.parameters where !entry.children[existing].parameters.contains(parameter) {
                    entry.children[existing].parameters.append(parameter)
                }
            } else {
                entry.children.append(child)
            }
        }
        // Fields no sample places stay on the map itself: they describe its keys (nova's
        // `network_label`), not the members of each entry.
        node.children.removeAll { $0.placement == .structural && $0.isDocumented }
        node.children.append(entry)
        node.isMap = true
    }

    /// Orders paths shallow first, then by their names, so the choice is stable.
    static func shallower(_ lhs: [String], _ rhs: [String]) -> Bool {
        lhs.count != rhs.count ? lhs.count < rhs.count : lhs.lexicographicallyPrecedes(rhs)
    }

    static func isObject(_ type: String?) -> Bool {
        ["object", "dict"].contains(type?.lowercased() ?? "")
    }
}
