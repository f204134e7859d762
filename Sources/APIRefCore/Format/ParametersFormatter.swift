/// Sorts a parameters file into os-api-ref order (header, path, query, body; case-insensitive
/// alphabetical within each) by moving whole entries as text.
///
/// An entry is its key line, the indented lines below it, and the comment and blank lines
/// just above it; so comments, anchors, block scalars and blank-line style move with their
/// entry and stay exactly as written. Entries whose `in` is missing or unknown go last, in
/// their order. A file already in order is returned byte for byte.
public enum ParametersFormatter {
    public static let aliasOrder = RuleDescriptor(
        "fmt-alias-order", .error, "sorting would put a YAML alias before its anchor; the file is left as it is")

    /// An entry of the file as text.
    struct Entry {
        var leading: [String]
        var body: [String]
        var key: String
        var line: Int
    }

    /// The sorted text, or the input's own text when nothing moves or sorting is refused.
    public static func format(_ source: SourceText) -> (text: String, diagnostics: [Diagnostic]) {
        let lines = source.lines
        // A stream of several YAML documents is left alone: entries must not cross a marker.
        if lines.contains(where: { $0.hasPrefix("---") || $0 == "..." }) { return (source.text, []) }
        let keyLines = lines.indices.filter { isKeyLine(lines[$0]) }
        guard let firstKey = keyLines.first else { return (source.text, []) }
        // Lines before the first key up to the last blank line among them are the file's own
        // preamble (a licence); the rest lead into the first entry.
        // Lines that are neither comments nor blank (stray text before any key) stay there too,
        // or they would join another entry's body once moved.
        let lastBlank = (0..<firstKey).last { lines[$0].trimmingSpaces().isEmpty }.map { $0 + 1 } ?? 0
        let lastText =
            (0..<firstKey).last { !lines[$0].trimmingSpaces().isEmpty && !lines[$0].hasPrefix("#") }
            .map { $0 + 1 } ?? 0
        let preambleEnd = max(lastBlank, lastText)
        let preamble = Array(lines[0..<preambleEnd])
        var entries: [Entry] = []
        var leading = Array(lines[preambleEnd..<firstKey])
        for (position, start) in keyLines.enumerated() {
            let end = position + 1 < keyLines.count ? keyLines[position + 1] : lines.count
            var body = Array(lines[start..<end])
            var trailing: [String] = []
            while let last = body.last, body.count > 1, last.trimmingSpaces().isEmpty || last.hasPrefix("#") {
                trailing.insert(body.removeLast(), at: 0)
            }
            entries.append(Entry(leading: leading, body: body, key: key(of: lines[start]), line: start + 1))
            leading = trailing
        }
        let trailer = leading
        let placements = self.placements(of: entries, source: source)
        let sorted = entries.enumerated().sorted { lhs, rhs in
            let left = placements[lhs.offset].map(\.order) ?? 4
            let right = placements[rhs.offset].map(\.order) ?? 4
            if left != right { return left < right }
            let leftKey = lhs.element.key.lowercased()
            let rightKey = rhs.element.key.lowercased()
            if leftKey != rightKey { return leftKey < rightKey }
            return lhs.offset < rhs.offset
        }.map(\.element)
        if sorted.map(\.line) == entries.map(\.line) { return (source.text, []) }
        if let problem = aliasProblem(sorted, path: source.path) { return (source.text, [problem]) }
        var output = preamble
        for entry in sorted { output += entry.leading + entry.body }
        output += trailer
        return (output.joined(separator: "\n") + "\n", [])
    }

    /// Each entry's `in`, read from its own `in:` line, else from the entry its `<<: *anchor`
    /// merges. It is read from the entry's text alone, never from the parsed file: a shuffled
    /// or broken file may not parse, and the order must not depend on where entries stand, or
    /// a second run would sort differently.
    private static func placements(of entries: [Entry], source: SourceText) -> [Int: ParameterPlacement] {
        func written(_ entry: Entry) -> ParameterPlacement? {
            // A flow mapping on the key line: `name: {in: body, type: string}`.
            if let first = entry.body.first, let open = first.firstIndex(of: "{") {
                for field in first[first.index(after: open)...].split(whereSeparator: { $0 == "," || $0 == "}" }) {
                    let parts = field.split(separator: ":", maxSplits: 1).map { $0.trimmingSpaces() }
                    if parts.count == 2, parts[0] == "in" { return ParameterPlacement(rawValue: parts[1]) }
                }
            }
            for line in entry.body.dropFirst() {
                let trimmed = line.trimmingSpaces()
                guard trimmed.hasPrefix("in:"), line.hasPrefix(" ") else { continue }
                return ParameterPlacement(rawValue: trimmed.dropFirst(3).trimmingSpaces())
            }
            return nil
        }
        // An anchor defined twice means whichever came last before the alias, which sorting
        // changes; such merges give no placement, so the order does not depend on itself.
        var anchors: [String: Int] = [:]
        var ambiguous = Set<String>()
        for (index, entry) in entries.enumerated() {
            for name in names(after: "&", in: entry.body.joined(separator: "\n")) {
                if anchors[name] != nil { ambiguous.insert(name) }
                anchors[name] = index
            }
        }
        for name in ambiguous { anchors[name] = nil }
        // Merges may chain (`a: &a` merging `*b`, itself merging `*c`); follow them a few steps.
        func placement(_ index: Int, depth: Int) -> ParameterPlacement? {
            let entry = entries[index]
            if let placement = written(entry) { return placement }
            guard depth < 8 else { return nil }
            for alias in names(after: "*", in: entry.body.joined(separator: "\n")).sorted() {
                if let anchor = anchors[alias], anchor != index, let found = placement(anchor, depth: depth + 1) {
                    return found
                }
            }
            return nil
        }
        var result: [Int: ParameterPlacement] = [:]
        for index in entries.indices { result[index] = placement(index, depth: 0) }
        return result
    }

    /// Whether a line starts a top-level entry: `key:` at the first column.
    static func isKeyLine(_ line: String) -> Bool {
        guard let first = line.first, ![" ", "\t", "#", "-", "%"].contains(first), line != "---", line != "..." else {
            return false
        }
        return line.contains(":")
    }

    /// The key of a key line, without quotes.
    static func key(of line: String) -> String {
        var text = Substring(line)
        if let quote = text.first, quote == "\"" || quote == "'" {
            text = text.dropFirst()
            return String(text.prefix { $0 != quote })
        }
        var key = ""
        var previous: Character = " "
        for character in text {
            if previous == ":" && (character == " " || character == "\t") { break }
            key.append(character)
            previous = character
        }
        if key.hasSuffix(":") { key.removeLast() }
        return key.trimmingSpaces()
    }

    /// A finding when an alias (`*name`) would come before the entry that anchors it.
    private static func aliasProblem(_ entries: [Entry], path: String) -> Diagnostic? {
        var anchored = Set<String>()
        for entry in entries {
            let text = entry.body.joined(separator: "\n")
            for alias in names(after: "*", in: text) where !anchored.contains(alias) {
                if entries.contains(where: { names(after: "&", in: $0.body.joined(separator: "\n")).contains(alias) }) {
                    return Diagnostic(
                        aliasOrder,
                        "sorting would put alias '*\(alias)' in '\(entry.key)' before its anchor; sort by hand or "
                            + "move the anchor into an entry that sorts earlier",
                        at: SourceLocation(path: path, line: entry.line, column: 1))
                }
            }
            anchored.formUnion(names(after: "&", in: text))
        }
        return nil
    }

    /// The anchor or alias names written as values: `key: &name`, `<<: *name`, `- *name`.
    static func names(after marker: Character, in text: String) -> Set<String> {
        var found = Set<String>()
        for line in text.split(separator: "\n") {
            let trimmed = line.trimmingSpaces()
            let candidates: [Substring]
            if let colon = trimmed.firstIndex(of: ":"), trimmed[trimmed.index(after: colon)...].hasPrefix(" \(marker)")
            {
                candidates = [trimmed[trimmed.index(colon, offsetBy: 3)...]]
            } else if trimmed.hasPrefix("- \(marker)") {
                candidates = [trimmed.dropFirst(3)]
            } else {
                candidates = []
            }
            for candidate in candidates {
                let name = candidate.prefix { !$0.isWhitespace && $0 != "," && $0 != "]" && $0 != "}" }
                if !name.isEmpty { found.insert(String(name)) }
            }
        }
        return found
    }
}
