/// Turns a parameter description written in RST into readable doc-comment lines.
///
/// Inline literals (` ``name`` `) become Markdown code spans; roles (`:ref:`Title <x>``,
/// `:doc:`) keep their text; links (`` `text <https://...>`_ ``) become Markdown links;
/// directive lines (`.. note::`) become a word followed by a colon; bullet and enumerated list
/// items (`* `, `- `, `+ `, `1. `, `#. `) become Markdown items, nested by their indentation; a
/// literal block after `::` is kept line for line as indented code; blank lines part blocks.
/// Paragraphs and items are re-wrapped at about 96 columns.
enum DocText {
    static let width = 96

    /// A block of a description: a paragraph, a list item or a literal block.
    private enum Block {
        case paragraph([String])
        /// An item at a nesting level (0 for the outermost list).
        case item(level: Int, [String])
        case literal([String])
    }

    /// The description's blocks as comment lines, an empty string between blocks (but not
    /// between the items of a list).
    static func lines(_ description: String?) -> [String] {
        guard let description else { return [] }
        var lines: [String] = []
        var previous: Block?
        for block in blocks(description) {
            if let previous, !lines.isEmpty {
                if case .item = previous, case .item = block {} else { lines.append("") }
            }
            switch block {
            case .paragraph(let text):
                lines += wrap(inline(text.joined(separator: " ")), width: width)
            case .item(let level, let text):
                let indent = String(repeating: "  ", count: level)
                let wrapped = wrap(inline(text.joined(separator: " ")), width: width - indent.count - 2)
                for (index, line) in wrapped.enumerated() { lines.append(indent + (index == 0 ? "- " : "  ") + line) }
            case .literal(let text):
                lines += text.map { $0.isEmpty ? "" : "    " + $0 }
            }
            previous = block
        }
        return lines
    }

    /// Splits a description into blocks, by blank lines, list markers and `::`.
    private static func blocks(_ description: String) -> [Block] {
        var blocks: [Block] = []
        var current: Block?
        var itemIndents: [Int] = []
        // After a paragraph ending in `::`: the indentation it had, which a literal block exceeds.
        var literalAfter: Int?
        var literalIndent: Int?
        func flush() {
            if let block = current { blocks.append(block) }
            current = nil
        }
        for raw in description.split(separator: "\n", omittingEmptySubsequences: false) {
            let expanded = raw.replacingTabs()
            let indent = expanded.prefix { $0 == " " }.count
            var text = expanded.trimmed(of: " \r")
            if let base = literalAfter {
                if text.isEmpty {
                    if case .literal(let kept) = current { current = .literal(kept + [""]) }
                    continue
                }
                if indent > base {
                    let margin = literalIndent ?? indent
                    literalIndent = margin
                    let line = String(expanded.dropFirst(min(margin, indent))).trimmed(trailing: " \r")
                    if case .literal(let kept) = current {
                        current = .literal(kept + [line])
                    } else {
                        flush()
                        current = .literal([line])
                    }
                    continue
                }
                if case .literal(var kept) = current {
                    while kept.last == "" { kept.removeLast() }
                    current = .literal(kept)
                }
                literalAfter = nil
                literalIndent = nil
                flush()
            }
            if text.isEmpty {
                flush()
                continue
            }
            if text == "::" {
                flush()
                if case .paragraph(let last)? = blocks.last, let end = last.last, !end.hasSuffix(":") {
                    blocks[blocks.count - 1] = .paragraph(last.dropLast() + [end + ":"])
                }
                literalAfter = indent
                continue
            }
            var endsInLiteral = false
            let isDirective = text.hasPrefix(".. ") && text.contains("::")
            if !isDirective, text.hasSuffix("::") {
                text = String(text.dropLast())
                endsInLiteral = true
            }
            if isDirective, let colons = text.firstRange(of: "::") {
                let name = text[text.index(text.startIndex, offsetBy: 3)..<colons.lowerBound]
                let rest = text[colons.upperBound...].trimmed(of: " ")
                flush()
                current = .paragraph([
                    name.prefix(1).uppercased() + name.dropFirst() + ":" + (rest.isEmpty ? "" : " " + rest)
                ])
            } else if let marker = listMarker(text) {
                flush()
                while let last = itemIndents.last, last > indent { itemIndents.removeLast() }
                if itemIndents.last != indent { itemIndents.append(indent) }
                current = .item(level: itemIndents.count - 1, [String(text.dropFirst(marker))])
            } else {
                switch current {
                case .paragraph(let kept): current = .paragraph(kept + [text])
                case .item(let level, let kept): current = .item(level: level, kept + [text])
                default:
                    flush()
                    itemIndents = []
                    current = .paragraph([text])
                }
            }
            if endsInLiteral {
                flush()
                literalAfter = indent
            }
        }
        if case .literal(var kept) = current {
            while kept.last == "" { kept.removeLast() }
            current = .literal(kept)
        }
        flush()
        return blocks
    }

    /// The length of the list marker that starts `text` with the space after it (`* `, `- `,
    /// `+ `, `12. `, `#. `), if it starts with one.
    private static func listMarker(_ text: String) -> Int? {
        for bullet in ["* ", "- ", "+ ", "#. "] where text.hasPrefix(bullet) { return bullet.count }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count < 4, text.dropFirst(digits.count).hasPrefix(". ") else { return nil }
        return digits.count + 2
    }

    /// Inline markup turned into Markdown.
    static func inline(_ text: String) -> String {
        var output = ""
        var rest = Substring(text)
        while let tick = rest.firstIndex(of: "`") {
            var before = rest[..<tick]
            // A role such as `:ref:` just before the backtick: keep only its text.
            if let role = roleStart(before) { before = before[..<role] }
            output += before
            rest = rest[tick...]
            if rest.hasPrefix("``"), let end = rest.dropFirst(2).firstRange(of: "``") {
                output += "`" + rest[rest.index(rest.startIndex, offsetBy: 2)..<end.lowerBound] + "`"
                rest = rest[end.upperBound...]
                continue
            }
            guard let end = rest.dropFirst().firstIndex(of: "`") else {
                output += rest
                return output
            }
            let content = rest[rest.index(after: rest.startIndex)..<end]
            rest = rest[rest.index(after: end)...]
            while rest.hasPrefix("_") { rest = rest.dropFirst() }
            output += reference(String(content))
        }
        return output + rest
    }

    /// `Title <target>` as a Markdown link when the target is a URL, else just the title.
    private static func reference(_ content: String) -> String {
        guard content.hasSuffix(">"), let open = content.lastIndex(of: "<") else { return content }
        let title = content[..<open].trimmed(of: " ")
        let target = content[content.index(after: open)..<content.index(before: content.endIndex)]
        if target.hasPrefix("http://") || target.hasPrefix("https://") {
            return "[\(title.isEmpty ? String(target) : title)](\(target))"
        }
        return title.isEmpty ? String(target) : title
    }

    /// Where a `:role:` ends the text, if it does.
    private static func roleStart(_ text: Substring) -> Substring.Index? {
        guard text.hasSuffix(":") else { return nil }
        let body = text.dropLast()
        guard let colon = body.lastIndex(of: ":") else { return nil }
        let name = body[body.index(after: colon)...]
        guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0 == "-" || $0 == ":" }) else { return nil }
        return colon
    }

    private static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        // Counted as words are added: a String's count walks the whole string.
        var length = 0
        for word in text.split(separator: " ") {
            let wordLength = word.count
            if !current.isEmpty, length + 1 + wordLength > width {
                lines.append(current)
                current = ""
                length = 0
            }
            if current.isEmpty {
                current = String(word)
                length = wordLength
            } else {
                current += " " + word
                length += 1 + wordLength
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// The sentence that says in which microversions a field or operation exists, if it is
    /// limited to some.
    static func availability(_ range: MicroversionRange) -> String? {
        switch (range.minimum, range.maximum) {
        case (let low?, let high?): "Available in microversions \(low) to \(high)."
        case (let low?, nil): "Available from microversion \(low)."
        case (nil, let high?): "Available up to microversion \(high)."
        case (nil, nil): nil
        }
    }
}

/// The doc lines of each description met in one generation run, made once: the same
/// parameter is listed by many operations (nova lists `server_id` over a hundred times).
final class DocTextCache {
    private var lines: [String: [String]] = [:]

    /// `DocText.lines(description)`, from the cache when it was made before.
    func lines(_ description: String?) -> [String] {
        guard let description else { return [] }
        if let made = lines[description] { return made }
        let made = DocText.lines(description)
        lines[description] = made
        return made
    }
}

extension StringProtocol {
    /// The text with each tab replaced by spaces up to the next multiple of eight columns.
    func replacingTabs() -> String {
        var result = ""
        for character in self {
            if character == "\t" {
                result += String(repeating: " ", count: 8 - result.count % 8)
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// The text without trailing characters from `set`.
    func trimmed(trailing set: String) -> String {
        let characters = Set(set)
        let end = lastIndex { !characters.contains($0) }.map { index(after: $0) } ?? startIndex
        return String(self[..<end])
    }

    /// The text without leading and trailing characters from `set`.
    func trimmed(of set: String) -> String {
        let characters = Set(set)
        let start = firstIndex { !characters.contains($0) } ?? endIndex
        let end = lastIndex { !characters.contains($0) }.map { index(after: $0) } ?? start
        return start < end ? String(self[start..<end]) : ""
    }
}
