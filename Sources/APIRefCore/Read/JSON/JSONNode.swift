/// A JSON value with the position of its first character, as read by `JSONReader`.
///
/// Object members keep their order; numbers keep their text and whether they were written as
/// integers (`42`) or not (`4.2`, `1e3`).
public struct JSONNode: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case object([JSONMember])
        case array([JSONNode])
        case string(String)
        case integer(String)
        case float(String)
        case bool(Bool)
        case null
    }

    public var kind: Kind
    public var location: SourceLocation

    /// The JSON type name used in messages and compared with a parameter's `type`.
    public var typeName: String {
        switch kind {
        case .object: "object"
        case .array: "array"
        case .string: "string"
        case .integer: "integer"
        case .float: "float"
        case .bool: "boolean"
        case .null: "null"
        }
    }

    /// The members of an object, or `nil` for another value.
    public var members: [JSONMember]? {
        if case .object(let members) = kind { return members }
        return nil
    }
}

/// A key and its value in a JSON object, with the key's own position.
public struct JSONMember: Sendable, Hashable {
    public var key: String
    public var keyLocation: SourceLocation
    public var value: JSONNode
}
