/// Inline suppressions of single findings, written where the finding is.
///
/// In RST, a comment naming the rule just before the construct; it covers that construct (the
/// following lines up to a blank line followed by text no more indented than it):
///
///     .. apiref: ignore undefined-parameter
///     .. rest_parameters:: parameters.yaml
///
/// In a parameters file, a comment on the entry's key line or on the line just above it; it
/// covers the whole entry:
///
///     flavor_id:  # apiref: ignore unused-parameter
public struct Suppressions: Sendable {
    /// The rule ids suppressed on each 1-based line.
    private var rules: [Int: Set<String>] = [:]

    public static let marker = "apiref: ignore"

    public init(rst lines: [String]) {
        for (offset, line) in lines.enumerated() {
            let text = line.trimmingSpaces()
            guard text.hasPrefix(".."), let ids = Self.ids(in: String(text.dropFirst(2))) else { continue }
            var first = offset + 1
            while first < lines.count, lines[first].trimmingSpaces().isEmpty { first += 1 }
            guard first < lines.count else { continue }
            let indent = Self.indent(lines[first])
            var last = first
            var index = first + 1
            while index < lines.count {
                let candidate = lines[index]
                if !candidate.trimmingSpaces().isEmpty {
                    let blankBefore = lines[index - 1].trimmingSpaces().isEmpty
                    if blankBefore, Self.indent(candidate) <= indent { break }
                    last = index
                }
                index += 1
            }
            for line in (first + 1)...(last + 1) { rules[line, default: []].formUnion(ids) }
        }
    }

    public init(yaml lines: [String]) {
        var pending: Set<String> = []
        var entryStart: Int?
        var current: Set<String> = []
        func close(before line: Int) {
            guard let start = entryStart, !current.isEmpty else { return }
            for covered in start..<line { rules[covered, default: []].formUnion(current) }
        }
        for (offset, line) in lines.enumerated() {
            let number = offset + 1
            let isKey = !line.isEmpty && !line.hasPrefix(" ") && !line.hasPrefix("#") && !line.hasPrefix("\t")
            if isKey {
                close(before: number)
                entryStart = number
                current = pending
                pending = []
            }
            if let hash = line.firstIndex(of: "#"), let ids = Self.ids(in: String(line[line.index(after: hash)...])) {
                if line.hasPrefix("#") { pending.formUnion(ids) } else { current.formUnion(ids) }
            }
        }
        close(before: lines.count + 1)
    }

    /// Whether the finding is suppressed by a comment in its file.
    public func suppresses(_ diagnostic: Diagnostic) -> Bool {
        guard let line = diagnostic.location.line else { return false }
        return rules[line]?.contains(diagnostic.ruleID) ?? false
    }

    /// The rule ids after `apiref: ignore`, separated by spaces or commas.
    private static func ids(in comment: String) -> Set<String>? {
        let text = comment.trimmingSpaces()
        guard text.hasPrefix(marker) else { return nil }
        let list = text.dropFirst(marker.count).split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        return list.isEmpty ? nil : Set(list)
    }

    private static func indent(_ line: String) -> Int {
        line.prefix { $0 == " " || $0 == "\t" }.count
    }
}
