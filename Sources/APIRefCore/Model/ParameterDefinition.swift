/// Where a parameter travels in an HTTP request or response.
public enum ParameterPlacement: String, Sendable, Hashable, Codable, CaseIterable {
    case header
    case path
    case query
    case body

    /// The os-api-ref section order: header, path, query, body.
    var order: Int {
        switch self {
        case .header: 0
        case .path: 1
        case .query: 2
        case .body: 3
        }
    }
}

/// One entry of a parameters file: the key and every field as written.
///
/// The well-known fields are also read into typed properties when they are well formed;
/// findings about malformed ones come from the lint rules, which look at `fields`.
public struct ParameterDefinition: Sendable, Hashable {
    /// A field of the entry, such as `in: body`, with its key's location.
    public struct Field: Sendable, Hashable {
        public var name: String
        public var value: YAMLNode
        public var location: SourceLocation
        /// Whether the field came from a `<<` merge.
        public var isMerged: Bool
    }

    public var key: String
    /// The location of the key in the parameters file.
    public var location: SourceLocation
    /// Every field in file order, fields os-api-ref does not know included.
    public var fields: [Field]
    /// The entry's value when it is not a mapping (reported by `parameter-not-mapping`).
    public var malformedValue: YAMLNode?

    /// The field named `name`, if written.
    public func field(_ name: String) -> Field? {
        fields.first { $0.name == name }
    }

    public var placement: ParameterPlacement? {
        field("in")?.value.scalarText.flatMap(ParameterPlacement.init(rawValue:))
    }

    public var isRequired: Bool? {
        field("required")?.value.boolValue
    }

    public var type: String? {
        field("type")?.value.scalarText
    }

    public var description: String? {
        field("description")?.value.scalarText
    }

    /// The microversion range from `min_version` and `max_version`; malformed or null ends are open.
    public var microversions: MicroversionRange {
        MicroversionRange(
            minimum: field("min_version").flatMap { $0.value.isNull ? nil : $0.value.scalarText }.flatMap(
                Microversion.init),
            maximum: field("max_version").flatMap { $0.value.isNull ? nil : $0.value.scalarText }.flatMap(
                Microversion.init))
    }
}

/// A parameters file: its definitions in file order.
public struct ParameterFile: Sendable, Hashable {
    /// The path used in diagnostics.
    public var path: String
    public var definitions: [ParameterDefinition]
    /// Whether the file was read (it may still be empty).
    public var isReadable: Bool
    /// Whether the file holds no entries at all.
    public var isEmpty: Bool { definitions.isEmpty }

    /// The definition for `key`; where a key is defined twice the later one wins, as in PyYAML.
    public func definition(_ key: String) -> ParameterDefinition? {
        index[key].map { definitions[$0] }
    }

    private var index: [String: Int]

    public init(path: String, definitions: [ParameterDefinition], isReadable: Bool = true) {
        self.path = path
        self.definitions = definitions
        self.isReadable = isReadable
        var index: [String: Int] = [:]
        for (offset, definition) in definitions.enumerated() { index[definition.key] = offset }
        self.index = index
    }
}
