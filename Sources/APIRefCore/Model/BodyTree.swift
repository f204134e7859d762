/// One documented body parameter as it applies to a place in the body tree.
public struct BodyParameter: Sendable, Hashable {
    /// The display name as listed, such as `networks.uuid`.
    public var name: String
    /// The key of its definition in the parameters file.
    public var key: String
    /// The location of the list item.
    public var location: SourceLocation
    /// The `type` as written, if any.
    public var type: String?
    public var isRequired: Bool
    /// The description as written, which sometimes states what the table cannot (an alias,
    /// a second accepted type).
    public var description: String?
    public var microversions: MicroversionRange
}

/// A place in a request or response body: a key, what documents it and what lies below it.
///
/// The tree is inferred from the parameter list and the samples together: dotted names give
/// a path below their first part; flat names sit where the samples hold them (nova's `name`
/// inside the `server` wrapper); arrays are transparent, so `networks[].uuid` is the node
/// `networks` > `uuid`.
public struct BodyNode: Sendable, Hashable {
    /// How a node's place was found.
    public enum Placement: String, Sendable, Hashable {
        /// The root of the body.
        case root
        /// From a dotted name below a documented parameter.
        case dottedName = "dotted-name"
        /// Where a sample holds the key.
        case sample
        /// No sample holds it (or holds it only outside the listed object its definition names
        /// as the owner): put in that owner, else under the body's wrapper object, or at the top.
        case assumed
        /// A key on the way to a documented one, itself undocumented.
        case structural
    }

    public var name: String
    public var placement: Placement
    /// The parameters documenting this place; more than one when the same name is listed
    /// for different microversions.
    public var parameters: [BodyParameter]
    public var children: [BodyNode]
    /// Whether some sample holds a key at this place.
    public var isSeen = false
    /// Whether samples show the node as a map keyed by UUID, its children being the members
    /// of each entry.
    public var isMap = false

    public init(name: String, placement: Placement, parameters: [BodyParameter] = [], children: [BodyNode] = []) {
        self.name = name
        self.placement = placement
        self.parameters = parameters
        self.children = children
    }

    /// Whether the node is documented but none of its members is placed in it by a sample or a
    /// dotted name, so any content is accepted (nova's `metadata`, or `extra_specs` whose
    /// listed `key` and `value` describe its entries rather than name them).
    public var isFreeForm: Bool {
        !parameters.isEmpty && children.allSatisfy { $0.placement == .assumed || !$0.isDocumented }
    }

    /// Whether the node's documented members are all dotted names that no sample shows, as in
    /// nova's `flavor.extra_specs.key` and `.value`: they describe the entries of a map whose
    /// keys are chosen at run time, so any content is accepted.
    public var isDescribedMap: Bool {
        parameters.contains { ["object", "dict"].contains($0.type?.lowercased() ?? "") } && !children.isEmpty
            && children.allSatisfy { $0.placement == .dottedName && !$0.isSeen }
    }

    /// Whether the node or a node below it is documented.
    public var isDocumented: Bool {
        !parameters.isEmpty || children.contains { $0.isDocumented }
    }

    public func child(_ name: String) -> BodyNode? {
        children.first { $0.name == name }
    }

    /// The node at `path` below this one, if there is one.
    public func node(at path: [String]) -> BodyNode? {
        var current = self
        for name in path {
            guard let next = current.child(name) else { return nil }
            current = next
        }
        return current
    }

    /// Marks the nodes at the given paths as seen in a sample.
    mutating func markSeen(_ paths: Set<[String]>, at path: [String] = []) {
        isSeen = paths.contains(path)
        for index in children.indices { children[index].markSeen(paths, at: path + [children[index].name]) }
    }

    /// Marks the node at `path` as a map, if there is one.
    mutating func markMap(at path: [String]) {
        guard let first = path.first else {
            isMap = true
            return
        }
        guard let index = children.firstIndex(where: { $0.name == first }) else { return }
        children[index].markMap(at: Array(path.dropFirst()))
    }

    /// Adds the node at `path`, creating structural nodes on the way, and applies `update` to it.
    mutating func insert(at path: [String], placement: Placement, update: (inout BodyNode) -> Void) {
        guard let first = path.first else {
            update(&self)
            return
        }
        let rest = Array(path.dropFirst())
        if let index = children.firstIndex(where: { $0.name == first }) {
            if rest.isEmpty, children[index].placement == .structural { children[index].placement = placement }
            children[index].insert(at: rest, placement: placement, update: update)
        } else {
            var child = BodyNode(name: first, placement: rest.isEmpty ? placement : .structural)
            child.insert(at: rest, placement: placement, update: update)
            children.append(child)
        }
    }
}
