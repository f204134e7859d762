/// A declaration of generated Swift code, built by the translators and written out by
/// `SwiftRenderer`.
///
/// Names in declarations are already valid identifiers (`SwiftIdentifier`) and text from the
/// documentation already escaped (`SwiftLiteral`); doc lines are plain text, one per line.
indirect enum SwiftDeclaration: Sendable, Hashable {
    case structure(SwiftStruct)
    case protocolType(SwiftProtocol)
    case extensionOf(SwiftExtension)
    case enumeration(SwiftEnum)
    /// `public typealias Name = Type`.
    case typeAlias(doc: [String], name: String, type: String)
    case property(SwiftProperty)
    case function(SwiftFunction)
}

/// `public struct Name: Conformances { members }`.
struct SwiftStruct: Sendable, Hashable {
    var doc: [String]
    var name: String
    var conformances: [String]
    var members: [SwiftDeclaration]
}

/// `public enum Name { members }`, used as a namespace.
struct SwiftEnum: Sendable, Hashable {
    var doc: [String]
    var name: String
    var members: [SwiftDeclaration]
}

/// `public protocol Name: Inherited { requirements }`.
struct SwiftProtocol: Sendable, Hashable {
    var doc: [String]
    var name: String
    var inherits: [String]
    /// Requirements: functions without a body.
    var requirements: [SwiftFunction]
}

/// `extension Name: Conformances { members }`.
struct SwiftExtension: Sendable, Hashable {
    var doc: [String] = []
    var extended: String
    var conformances: [String] = []
    var members: [SwiftDeclaration]
}

/// A stored or computed property.
struct SwiftProperty: Sendable, Hashable {
    var doc: [String] = []
    /// `public`, `private`...; empty inside a protocol.
    var access = "public"
    var isStatic = false
    /// `let` rather than `var`.
    var isConstant = false
    var name: String
    var type: String
    /// The initial value's expression, if any.
    var initial: String? = nil
    /// The body of a computed property's getter, if it is one.
    var getter: [CodeLine]? = nil
}

/// A function or initializer; `signature` is everything after the access modifier, such as
/// `static func path(serverID: String) -> String` or `init(from decoder: any Decoder) throws`.
struct SwiftFunction: Sendable, Hashable {
    var doc: [String] = []
    var access = "public"
    var signature: String
    /// The statements, or `nil` for a protocol requirement.
    var body: [CodeLine]?
}

/// A statement of a function body, or a block that nests statements.
indirect enum CodeLine: Sendable, Hashable {
    case line(String)
    /// The opening line as given (`if let value = x {`), the nested lines indented, then
    /// `closing`.
    case block(String, [CodeLine], closing: String = "}")
}
