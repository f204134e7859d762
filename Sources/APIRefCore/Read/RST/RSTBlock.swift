/// One line of RST text with the position of its first non-blank character.
public struct RSTTextLine: Sendable, Hashable {
    /// The line's text without its indentation and trailing white space.
    public var text: String
    /// Where `text` starts.
    public var location: SourceLocation

    public init(_ text: String, at location: SourceLocation) {
        self.text = text
        self.location = location
    }
}

/// A section title: `Title` underlined, or over- and underlined, with one punctuation character.
public struct RSTTitle: Sendable, Hashable {
    /// The adornment style: its character and whether the title is overlined too.
    /// Titles with the same style are at the same level; levels go by order of first appearance.
    public struct Style: Sendable, Hashable {
        public var character: Character
        public var isOverlined: Bool
    }

    public var text: String
    public var style: Style
    public var location: SourceLocation
}

/// An option line of a directive, `:language: javascript`.
public struct RSTOption: Sendable, Hashable {
    public var name: String
    public var value: String
    public var location: SourceLocation
}

/// A directive, `.. name:: arguments`, with its options and content.
///
///     .. literalinclude:: ../../doc/api_samples/os-agents/agents-get-resp.json
///        :language: javascript
public struct RSTDirective: Sendable, Hashable {
    public var name: String
    /// The text after `::` and the lines that continue it before any option or blank line.
    public var arguments: [RSTTextLine]
    public var options: [RSTOption]
    /// The content lines, each without the content's indentation; blank lines are kept as
    /// empty text so paragraphs inside the content stay apart.
    public var content: [RSTTextLine]
    /// The location of the `..` that starts the directive.
    public var location: SourceLocation
    /// The column of the `..` (1-based), used to tell nested from flush-left lines.
    var indent: Int
    /// The lines of options that sat flush left and were taken as the directive's own.
    public var flushLeftOptionLines: [Int] = []
    /// The lines of content that sat flush left and were taken as the directive's own.
    public var flushLeftContentLines: [Int] = []

    /// The last line of the directive: its header, argument, option or content lines.
    public var lastLine: Int {
        let lines =
            [location.line ?? 0] + arguments.compactMap(\.location.line) + options.compactMap(\.location.line)
            + content.compactMap(\.location.line) + flushLeftContentLines
        return lines.max() ?? 0
    }

    /// The arguments joined by single spaces.
    public var argumentText: String {
        arguments.map(\.text).joined(separator: " ")
    }

    /// The content lines that are not blank.
    public var contentLines: [RSTTextLine] {
        content.filter { !$0.text.isEmpty }
    }
}

/// An item of a bullet list: its first line and the lines that continue it.
public struct RSTListItem: Sendable, Hashable {
    /// The lines of the item; the first starts after the bullet and its space.
    public var lines: [RSTTextLine]
    /// The location of the bullet character.
    public var location: SourceLocation
}

/// A block of an RST file, in the order the file gives them. Comments are left out.
public enum RSTBlock: Sendable, Hashable {
    case title(RSTTitle)
    case paragraph([RSTTextLine])
    case bulletList([RSTListItem])
    case literalBlock([RSTTextLine])
    case directive(RSTDirective)
}
