/// Turns a parameter description written in RST into readable doc-comment lines.
///
/// Inline literals (` ``name`` `) become Markdown code spans; roles (`:ref:`Title <x>``,
/// `:doc:`) keep their text; links (`` `text <https://...>`_ ``) become Markdown links;
/// directive lines (`.. note::`) become a word followed by a colon; blank lines part paragraphs.
/// Lines are re-wrapped at about 96 columns.
enum DocText {
    static let width = 96

    /// The description's paragraphs as comment lines, an empty string between paragraphs.
    static func lines(_ description: String?) -> [String] {
        guard let description else { return [] }
        var paragraphs: [[String]] = [[]]
        for raw in description.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = raw.trimmed(of: " \t\r")
            if line.isEmpty {
                if !(paragraphs.last?.isEmpty ?? true) { paragraphs.append([]) }
                continue
            }
            if line.hasPrefix(".. "), let colons = line.firstRange(of: "::") {
                let name = line[line.index(line.startIndex, offsetBy: 3)..<colons.lowerBound]
                let rest = line[colons.upperBound...].trimmed(of: " ")
                line = name.prefix(1).uppercased() + name.dropFirst() + ":" + (rest.isEmpty ? "" : " " + rest)
            }
            paragraphs[paragraphs.count - 1].append(inline(line))
        }
        var lines: [String] = []
        for paragraph in paragraphs where !paragraph.isEmpty {
            if !lines.isEmpty { lines.append("") }
            lines += wrap(paragraph.joined(separator: " "))
        }
        return lines
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

    private static func wrap(_ text: String) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if !current.isEmpty, current.count + 1 + word.count > width {
                lines.append(current)
                current = ""
            }
            current += current.isEmpty ? String(word) : " " + word
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

extension StringProtocol {
    /// The text without leading and trailing characters from `set`.
    func trimmed(of set: String) -> String {
        let characters = Set(set)
        let start = firstIndex { !characters.contains($0) } ?? endIndex
        let end = lastIndex { !characters.contains($0) }.map { index(after: $0) } ?? start
        return start < end ? String(self[start..<end]) : ""
    }
}
