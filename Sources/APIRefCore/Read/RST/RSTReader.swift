/// Reads the RST that os-api-ref documents use into a flat list of blocks.
///
/// It knows section titles, paragraphs, bullet lists, literal blocks (after `::`), comments
/// (dropped) and directives (kept with their arguments, options and content). It does not
/// expand `include`: the loader does that, so that paths resolve against the top-level document.
///
/// Documents whose indentation was lost are read as their author meant: option lines and
/// `- name: key` items that sit flush left right after a directive become its content, and
/// each such place is reported as `unindented-directive-content`.
public struct RSTReader {
    private let source: SourceText
    private let lines: [ScannedLine]
    private var index = 0
    private var blocks: [RSTBlock] = []
    private var diagnostics: [Diagnostic] = []

    /// Reads a whole file.
    /// - Returns: the blocks in file order and the findings made while reading.
    public static func read(_ source: SourceText) -> (blocks: [RSTBlock], diagnostics: [Diagnostic]) {
        var reader = RSTReader(source: source)
        reader.readBlocks()
        reader.adoptFlushLeftLists()
        return (reader.blocks, reader.diagnostics)
    }

    private init(source: SourceText) {
        self.source = source
        lines = source.lines.enumerated().map { ScannedLine($0.element, number: $0.offset + 1) }
    }

    // MARK: - Blocks

    private mutating func readBlocks() {
        while index < lines.count {
            let line = lines[index]
            if line.isBlank {
                index += 1
            } else if line.isExplicitMarkup {
                readExplicitMarkup()
            } else if let title = titleAtIndex() {
                blocks.append(.title(title))
            } else if line.isAdornment {
                // A transition (a lone line of punctuation) carries nothing for the model.
                index += 1
            } else if line.bulletText != nil {
                readBulletList(indent: line.indent)
            } else {
                readParagraph()
            }
        }
    }

    /// Reads a title at the current line, over- and underlined or underlined only.
    private mutating func titleAtIndex() -> RSTTitle? {
        let line = lines[index]
        guard line.indent == 0 || line.isAdornment else { return nil }
        if line.isAdornment, index + 2 < lines.count {
            let text = lines[index + 1]
            let under = lines[index + 2]
            if !text.isBlank, under.isAdornment, under.content.first == line.content.first,
                let character = line.content.first
            {
                index += 3
                return RSTTitle(
                    text: text.content,
                    style: .init(character: character, isOverlined: true),
                    location: location(of: text))
            }
            return nil
        }
        guard !line.isAdornment, index + 1 < lines.count, lines[index + 1].isAdornment,
            lines[index + 1].indent == 0, let character = lines[index + 1].content.first
        else { return nil }
        index += 2
        return RSTTitle(
            text: line.content, style: .init(character: character, isOverlined: false),
            location: location(of: line))
    }

    /// Whether the line at `position` starts a title, so a paragraph must end before it.
    private func startsTitle(at position: Int) -> Bool {
        let line = lines[position]
        guard line.indent == 0, !line.isBlank, position + 1 < lines.count else { return false }
        let next = lines[position + 1]
        guard next.isAdornment, next.indent == 0 else { return false }
        if line.isAdornment {
            return position + 2 < lines.count && lines[position + 2].isAdornment
        }
        return true
    }

    private mutating func readParagraph() {
        let indent = lines[index].indent
        var text: [RSTTextLine] = []
        while index < lines.count {
            let line = lines[index]
            if line.isBlank || line.indent < indent { break }
            if !text.isEmpty && (line.isExplicitMarkup || startsTitle(at: index)) { break }
            text.append(RSTTextLine(line.content, at: location(of: line)))
            index += 1
        }
        blocks.append(.paragraph(text))
        if let last = text.last, last.text.hasSuffix("::") {
            readLiteralBlock(after: indent)
        }
    }

    /// Reads the indented block that follows a paragraph ending in `::`, if there is one.
    private mutating func readLiteralBlock(after indent: Int) {
        var position = index
        while position < lines.count, lines[position].isBlank { position += 1 }
        guard position < lines.count, lines[position].indent > indent else { return }
        let end = endOfIndentedBlock(from: position, deeperThan: indent)
        let text = lines[position..<end].map { RSTTextLine($0.content, at: location(of: $0)) }
        blocks.append(.literalBlock(text))
        index = end
    }

    private mutating func readBulletList(indent: Int) {
        var items: [RSTListItem] = []
        while index < lines.count {
            let line = lines[index]
            guard line.indent == indent, let first = line.bulletText else { break }
            let bulletLocation = location(of: line)
            var itemLines = [
                RSTTextLine(first, at: location(of: line, offset: line.content.utf8.count - first.utf8.count))
            ]
            index += 1
            let end = endOfIndentedBlock(from: index, deeperThan: indent)
            for continuation in lines[index..<end] where !continuation.isBlank {
                itemLines.append(RSTTextLine(continuation.content, at: location(of: continuation)))
            }
            index = end
            items.append(RSTListItem(lines: itemLines, location: bulletLocation))
            while index < lines.count, lines[index].isBlank,
                index + 1 < lines.count, lines[index + 1].indent == indent, lines[index + 1].bulletText != nil
            {
                index += 1
            }
        }
        blocks.append(.bulletList(items))
    }

    // MARK: - Directives and comments

    private mutating func readExplicitMarkup() {
        let line = lines[index]
        guard let (name, argument, argumentOffset) = Self.directiveHeader(line.content) else {
            // A comment, a hyperlink target, a footnote or a substitution definition: none of
            // them is part of the model, so the whole block is skipped.
            index = endOfIndentedBlock(from: index + 1, deeperThan: line.indent)
            return
        }
        var directive = RSTDirective(
            name: name, arguments: [], options: [], content: [], location: location(of: line),
            indent: line.indent)
        if !argument.isEmpty {
            directive.arguments.append(RSTTextLine(argument, at: location(of: line, offset: argumentOffset)))
        }
        index += 1
        recoverFlushLeftContent(of: &directive)
        readIndentedBody(of: &directive)
        blocks.append(.directive(directive))
    }

    /// Splits `.. name:: arguments` into its parts, or returns `nil` for other explicit markup.
    static func directiveHeader(_ content: String) -> (name: String, argument: String, offset: Int)? {
        let bytes = Array(content.utf8)
        func isSpace(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        var position = 2
        while position < bytes.count, isSpace(bytes[position]) { position += 1 }
        let nameStart = position
        guard nameStart > 2, nameStart < bytes.count,
            ![UInt8(ascii: "|"), UInt8(ascii: "_"), UInt8(ascii: "[")].contains(bytes[nameStart])
        else { return nil }
        while position + 1 < bytes.count {
            let byte = bytes[position]
            if isSpace(byte) { return nil }
            if byte == UInt8(ascii: ":"), bytes[position + 1] == UInt8(ascii: ":") {
                let afterMarker = position + 2
                guard afterMarker == bytes.count || isSpace(bytes[afterMarker]) else { return nil }
                guard position > nameStart else { return nil }
                let name = String(decoding: bytes[nameStart..<position], as: UTF8.self)
                var argumentStart = afterMarker
                while argumentStart < bytes.count, isSpace(bytes[argumentStart]) { argumentStart += 1 }
                let argument = String(decoding: bytes[argumentStart...], as: UTF8.self)
                return (name, argument, argumentStart)
            }
            position += 1
        }
        return nil
    }

    /// Reads the lines indented under the directive: argument lines, options, then content.
    private mutating func readIndentedBody(of directive: inout RSTDirective) {
        let end = endOfIndentedBlock(from: index, deeperThan: directive.indent)
        let body = lines[index..<end]
        index = end
        guard !body.isEmpty else { return }
        var position = body.startIndex
        // Content recovered from flush-left lines has already begun the directive's content:
        // the indented lines after it continue that content, never the arguments.
        var inHead = directive.flushLeftContentLines.isEmpty
        while position < body.endIndex {
            let line = body[position]
            position += 1
            if inHead {
                if line.isBlank {
                    inHead = false
                    continue
                }
                if let option = option(in: line) {
                    directive.options.append(option)
                    continue
                }
                if directive.options.isEmpty && takesArgumentLines(directive) {
                    directive.arguments.append(RSTTextLine(line.content, at: location(of: line)))
                    continue
                }
                inHead = false
            }
            // Each line keeps its own text and column; nesting inside opaque directives is not
            // part of the model, so relative indentation is not kept.
            let column = line.isBlank ? nil : line.byteIndent + 1
            directive.content.append(RSTTextLine(line.content, at: source.location(line: line.number, column: column)))
        }
        while directive.content.last?.text.isEmpty == true { directive.content.removeLast() }
    }

    /// Whether lines right below the header continue the arguments rather than start content.
    private func takesArgumentLines(_ directive: RSTDirective) -> Bool {
        // Admonitions put their first paragraph on the header line and below it; that is
        // content, not arguments. os-api-ref's own directives take arguments only.
        !Self.contentDirectives.contains(directive.name) && !isVersionLine(directive)
    }

    private func isVersionLine(_ directive: RSTDirective) -> Bool {
        guard directive.name == "rest_method", index < lines.count else { return false }
        return Self.isMicroversionLine(lines[index].content)
    }

    // MARK: - Flush-left recovery

    /// Takes option lines, list items and version lines that sit flush left right after the
    /// directive as the directive's own, and reports the place.
    private mutating func recoverFlushLeftContent(of directive: inout RSTDirective) {
        let first = index
        while index < lines.count {
            let line = lines[index]
            guard !line.isBlank, line.indent == directive.indent, !line.isExplicitMarkup,
                !startsTitle(at: index)
            else { break }
            if let option = option(in: line) {
                directive.options.append(option)
                directive.flushLeftOptionLines.append(line.number)
            } else if Self.itemDirectives.contains(directive.name), line.bulletText != nil {
                directive.content.append(RSTTextLine(line.content, at: location(of: line)))
                directive.flushLeftContentLines.append(line.number)
            } else if directive.name == "rest_method", Self.isMicroversionLine(line.content) {
                directive.content.append(RSTTextLine(line.content, at: location(of: line)))
                directive.flushLeftOptionLines.append(line.number)
            } else if Self.contentDirectives.contains(directive.name), line.bulletText == nil {
                directive.content.append(RSTTextLine(line.content, at: location(of: line)))
                directive.flushLeftContentLines.append(line.number)
            } else {
                break
            }
            index += 1
        }
        if index > first {
            diagnostics.append(
                .unindentedContent(
                    directive, lines: lines[first].number...lines[index - 1].number,
                    at: location(of: lines[first])))
        }
    }

    /// Gives a flush-left bullet list of `name: key` items to the `rest_parameters` or
    /// `rest_status_code` directive just before it, when that directive has no content.
    private mutating func adoptFlushLeftLists() {
        var adopted: [RSTBlock] = []
        for block in blocks {
            if case .bulletList(let items) = block, case .directive(var directive)? = adopted.last,
                Self.itemDirectives.contains(directive.name), directive.content.isEmpty,
                let first = items.first, first.location.column == directive.location.column,
                onlyBlankLines(between: directive.lastLine, and: first.location.line ?? 0)
            {
                for item in items {
                    let text = "- " + item.lines.map(\.text).joined(separator: " ")
                    directive.content.append(RSTTextLine(text, at: item.location))
                    directive.flushLeftContentLines += item.lines.compactMap(\.location.line)
                }
                let lastLine = items.last?.lines.last?.location.line ?? first.location.line ?? 0
                diagnostics.append(
                    .unindentedContent(
                        directive, lines: (first.location.line ?? 0)...lastLine,
                        at: first.location))
                adopted[adopted.count - 1] = .directive(directive)
            } else {
                adopted.append(block)
            }
        }
        blocks = adopted
    }

    // MARK: - Helpers

    /// Whether every line strictly between lines `start` and `end` (1-based) is blank: a list
    /// is the directive's only when nothing else (a stray adornment line) stands between them.
    private func onlyBlankLines(between start: Int, and end: Int) -> Bool {
        guard end > start else { return false }
        return lines.allSatisfy { $0.number <= start || $0.number >= end || $0.isBlank }
    }

    /// Directives whose content is a list of `- item` lines.
    static let itemDirectives: Set<String> = ["rest_parameters", "rest_status_code"]

    /// Directives that hold text content, so flush-left text after them is taken as theirs.
    static let contentDirectives: Set<String> = [
        "note", "warning", "important", "caution", "danger", "attention", "error", "hint", "tip",
        "admonition", "seealso", "versionadded", "versionchanged", "deprecated", "topic", "sidebar",
    ]

    /// Whether a line is `min_version: 2.2` or `max_version: 2.87`, as in nova's `rest_method`.
    static func isMicroversionLine(_ text: String) -> Bool {
        text.hasPrefix("min_version") || text.hasPrefix("max_version")
    }

    private func option(in line: ScannedLine) -> RSTOption? {
        let text = line.content
        guard text.hasPrefix(":"), text.count > 2 else { return nil }
        let rest = text.dropFirst()
        guard let close = rest.firstIndex(of: ":"), close != rest.startIndex else { return nil }
        let name = String(rest[..<close])
        guard !name.contains(" ") else { return nil }
        let value = rest[rest.index(after: close)...].trimmingSpaces()
        return RSTOption(name: name, value: value, location: location(of: line))
    }

    /// The index after the lines indented deeper than `indent`, blank lines inside included;
    /// blank lines at the end are not part of the block.
    private func endOfIndentedBlock(from start: Int, deeperThan indent: Int) -> Int {
        var position = start
        var end = start
        while position < lines.count {
            let line = lines[position]
            if line.isBlank {
                position += 1
                continue
            }
            guard line.indent > indent else { break }
            position += 1
            end = position
        }
        return end
    }

    private func location(of line: ScannedLine, offset: Int = 0) -> SourceLocation {
        source.location(line: line.number, column: line.byteIndent + offset + 1)
    }
}

extension Diagnostic {
    static func unindentedContent(_ directive: RSTDirective, lines: ClosedRange<Int>, at location: SourceLocation)
        -> Diagnostic
    {
        let span = lines.count == 1 ? "line \(lines.lowerBound)" : "lines \(lines.lowerBound)-\(lines.upperBound)"
        return Diagnostic(
            ReaderRules.unindentedContent,
            "\(span) after directive '\(directive.name)' \(lines.count == 1 ? "is" : "are") not indented; "
                + "read as its content: indent \(lines.count == 1 ? "it" : "them") by 3 spaces",
            at: location)
    }
}
