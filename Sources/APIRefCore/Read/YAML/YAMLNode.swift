/// A YAML node with the position of its first character, as read by `YAMLReader`.
///
/// Aliases are resolved to the node they name and `<<` merge keys are applied, so a consumer
/// sees plain scalars, sequences and mappings. Mapping pairs keep their order.
public struct YAMLNode: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// A scalar's text and whether it was written plain (unquoted, not a block scalar);
        /// only plain scalars can mean null, a Boolean or a number.
        case scalar(String, isPlain: Bool)
        case sequence([YAMLNode])
        case mapping([YAMLPair])
    }

    public var kind: Kind
    public var location: SourceLocation
    /// The explicit tag, such as `tag:yaml.org,2002:str`, if one was written.
    public var tag: String?

    /// The scalar's text, or `nil` for a collection.
    public var scalarText: String? {
        if case .scalar(let text, _) = kind { return text }
        return nil
    }

    /// Whether the node is a null in the YAML 1.1 core sense (`null`, `~` or nothing).
    public var isNull: Bool {
        guard case .scalar(let text, let isPlain) = kind, isPlain, tag == nil else {
            return tag == "tag:yaml.org,2002:null"
        }
        return ["", "~", "null", "Null", "NULL"].contains(text)
    }

    /// The node as a Boolean the way PyYAML (used by os-api-ref) reads one, or `nil`.
    public var boolValue: Bool? {
        guard case .scalar(let text, let isPlain) = kind, isPlain else { return nil }
        switch text {
        case "true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON": return true
        case "false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF": return false
        default: return nil
        }
    }

    /// The pairs of a mapping, or `nil` for another node.
    public var pairs: [YAMLPair]? {
        if case .mapping(let pairs) = kind { return pairs }
        return nil
    }

    /// A short name of the node's kind for messages: `scalar`, `sequence` or `mapping`.
    public var kindName: String {
        switch kind {
        case .scalar: "scalar"
        case .sequence: "sequence"
        case .mapping: "mapping"
        }
    }
}

/// A key and its value in a YAML mapping.
public struct YAMLPair: Sendable, Hashable {
    public var key: YAMLNode
    public var value: YAMLNode
    /// Whether the pair came from a `<<` merge rather than being written in the mapping.
    public var isMerged: Bool
}
