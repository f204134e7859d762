/// Infers where each documented body parameter of an operation lives, from its parameter
/// lists and its samples together.
///
/// - A dotted name (`networks.uuid`, `os:scheduler_hints.cidr`) whose first part is itself
///   listed goes below that part; `{placeholder}` parts name map keys and are passed through.
/// - A flat name goes where a sample of the same direction holds it (nova lists `name` flat;
///   its samples hold it in the `server` wrapper): in the object its definition names as the
///   owner (`id: user_id` in `user`), else the shallowest place first; a place an explicitly
///   dotted name documents is that name's alone.
/// - A prefixed name no sample holds (`os:scheduler_hints`) goes where a sample holds the same
///   name with another prefix (`OS-SCH-HNT:scheduler_hints`).
/// - A flat name no sample holds in its owner goes in the owner when a sample holds one; else
///   under the body's wrapper (the one listed object that the samples hold at the top, with
///   no listed field of another type beside it), or at the top when there is none.
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
    ///
    /// Places are found in phases, so that they do not depend on the order of the list: flat
    /// names the samples hold, then the wrapper, then names no sample holds, then dotted names
    /// below their first part; the nodes are added in list order.
    /// - Parameter listedElsewhere: names listed for the same direction in other lists, so
    ///   a dotted name in one step's list can name a parent listed in another.
    public static func build(_ items: [Item], samples: [JSONNode], listedElsewhere: Set<String> = [])
        -> (tree: BodyNode, diagnostics: [Diagnostic])
    {
        var diagnostics: [Diagnostic] = []
        var root = BodyNode(name: "", placement: .root)
        let index = SampleIndex(samples)
        let listed = Set(items.map(\.reference.name)).union(listedElsewhere)
        let parts = items.map { item in
            // `{consumer_uuid}` parts (placement) stand for map keys, which are passed through.
            item.reference.name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
                .filter { !($0.hasPrefix("{") && $0.hasSuffix("}") && $0.count > 2) }
        }
        let isDotted = parts.map { $0.count > 1 && listed.contains($0[0]) && !$0.contains(where: \.isEmpty) }
        // Where an explicitly dotted name lives, a flat name of the same last part does not
        // (`attachments.id` beside the volume's flat `id`).
        let provisional = placeFlatNames(items, isDotted: isDotted, index: index, excluding: [])
        let dottedPlaces = Set(
            items.indices.filter { isDotted[$0] }.map { position in
                let head = provisional.located[parts[position][0]] ?? index.locate(parts[position][0]) ?? []
                return head + parts[position].dropFirst()
            })
        let flat = placeFlatNames(items, isDotted: isDotted, index: index, excluding: dottedPlaces)
        var located = flat.located
        // The wrapper is the first listed object that the samples hold at the top, wherever
        // it is listed, when the samples hold no listed field of another type beside it (heat
        // sends `files` beside `stack_name`: no wrapper).
        let topLevel = items.indices.filter { !isDotted[$0] && flat.places[$0]?.first?.count == 1 }
        let wrapper =
            topLevel.allSatisfy { isObject(items[$0].definition.type) }
            ? topLevel.first.map { [items[$0].reference.name] } : nil
        var paths: [[String]] = Array(repeating: [], count: items.count)
        var placements: [BodyNode.Placement] = Array(repeating: .assumed, count: items.count)
        for (position, item) in items.enumerated() where !isDotted[position] {
            let name = item.reference.name
            if let places = flat.places[position], let home = places.first {
                paths[position] = home
                placements[position] = .sample
            } else if let owned = flat.inOwner[position] {
                paths[position] = owned
            } else if let alias = index.locateAlias(of: name) {
                // nova documents `os:scheduler_hints`; its samples use the older spelling
                // `OS-SCH-HNT:scheduler_hints`. The same place, whatever the prefix.
                paths[position] = alias.dropLast() + [name]
            } else {
                paths[position] = (located[name] ?? (wrapper ?? []) + [name])
                let part = parts[position]
                if part.count > 1, !part[0].isEmpty {
                    var notes: [Diagnostic.Note] = []
                    if let guess = EditDistance.suggestion(for: part[0], among: listed.filter { !$0.contains(".") }) {
                        notes.append(.init("did you mean '\(guess).\(part.dropFirst().joined(separator: "."))'?"))
                    }
                    diagnostics.append(
                        Diagnostic(
                            unplacedParameter,
                            "body parameter '\(name)' names '\(part[0])', which the list does not have and no sample holds",
                            at: item.reference.location, notes: notes))
                }
            }
            if located[name] == nil { located[name] = paths[position] }
        }
        for (position, part) in parts.enumerated() where isDotted[position] {
            let head = located[part[0]] ?? index.locate(part[0]) ?? (wrapper ?? []) + [part[0]]
            paths[position] = head + part.dropFirst()
            placements[position] = .dottedName
        }
        for (position, item) in items.enumerated() {
            let parameter = BodyParameter(
                name: item.reference.name, key: item.reference.key, location: item.reference.location,
                type: item.definition.type, isRequired: item.definition.isRequired ?? false,
                description: item.definition.description,
                microversions: item.definition.microversions.intersection(item.partMicroversions))
            // A name its definition places in several objects (the `id` of each `role`) is
            // documented in each.
            let extra = (flat.places[position] ?? []).dropFirst()
            for path in [paths[position]] + extra {
                root.insert(at: path, placement: placements[position]) { node in
                    if !node.parameters.contains(parameter) { node.parameters.append(parameter) }
                }
            }
        }
        placeElsewhere(items, index: index, located: located, tree: &root)
        for path in index.mapPaths { root.markMap(at: path) }
        mergeMapEntries(&root)
        root.markSeen(index.paths)
        return (root, diagnostics)
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
