/// The URL path of a `rest_method`, such as `/servers/{server_id}/action`.
public struct PathTemplate: Sendable, Hashable {
    /// A `{name}` placeholder and where it stands.
    public struct Placeholder: Sendable, Hashable {
        public var name: String
        public var location: SourceLocation
    }

    public var text: String
    public var placeholders: [Placeholder]
    /// Why the path is malformed, or `nil` when it is well formed.
    public var problem: String?
    /// The location of the path's first character.
    public var location: SourceLocation
    /// Whether the path was longer than `lengthLimit` and so not read (`text` is empty).
    public var isTooLong = false

    /// The longest path read, in UTF-8 bytes. Every finding about an operation quotes its
    /// path, so a path of megabytes with a placeholder every few bytes would cost the square
    /// of its length; real paths are under 200 bytes.
    public static let lengthLimit = 2_048

    /// Reads `/a/{b}/c` starting at `location` (the first character of the path).
    public init(_ text: String, at location: SourceLocation) {
        guard text.utf8.count <= Self.lengthLimit else {
            self.text = ""
            self.location = location
            placeholders = []
            problem = "path is longer than \(Self.lengthLimit) bytes"
            isTooLong = true
            return
        }
        self.text = text
        self.location = location
        placeholders = []
        problem = text.hasPrefix("/") ? nil : "path does not start with '/'"
        var open: Int?
        var name: [UInt8] = []
        for (offset, byte) in text.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "{"):
                if open != nil { problem = problem ?? "placeholder opened twice with '{'" }
                open = offset
                name = []
            case UInt8(ascii: "}"):
                guard let start = open else {
                    problem = problem ?? "'}' without a matching '{'"
                    continue
                }
                if name.isEmpty {
                    problem = problem ?? "empty placeholder '{}'"
                } else {
                    var where_ = location
                    where_.column = location.column.map { $0 + start }
                    let text = String(decoding: name, as: UTF8.self)
                    if placeholders.contains(where: { $0.name == text }) {
                        problem = problem ?? "placeholder '{\(text)}' appears twice"
                    }
                    placeholders.append(Placeholder(name: text, location: where_))
                }
                open = nil
            default:
                if open != nil { name.append(byte) }
            }
        }
        if open != nil { problem = problem ?? "'{' without a matching '}'" }
    }
}
