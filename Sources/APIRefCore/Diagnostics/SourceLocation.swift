/// A place in an input file, as a user would look it up in an editor.
///
/// Lines and columns are 1-based; columns count UTF-8 bytes from the start of the line.
/// A part that is not known is `nil` and is left out when printed, never shown as 0.
public struct SourceLocation: Sendable, Hashable, Comparable, Codable {
    /// The file's path as the caller named it (relative or absolute).
    public var path: String
    /// The 1-based line, or `nil` when the finding concerns the whole file.
    public var line: Int?
    /// The 1-based UTF-8 byte column, or `nil` when only the line is known.
    public var column: Int?

    public init(path: String, line: Int? = nil, column: Int? = nil) {
        self.path = path
        self.line = line
        self.column = column
    }

    /// The location rendered as `path:line:col`, leaving out the unknown parts.
    public var description: String {
        var text = path
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        }
        return text
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        if lhs.path != rhs.path { return lhs.path < rhs.path }
        if lhs.line != rhs.line { return (lhs.line ?? 0) < (rhs.line ?? 0) }
        return (lhs.column ?? 0) < (rhs.column ?? 0)
    }
}
