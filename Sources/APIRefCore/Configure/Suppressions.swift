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
    /// The 1-based lines on which each rule id is suppressed: sorted, disjoint ranges. Kept
    /// as ranges, not per line, so a file of many comments covering long constructs costs no
    /// more than its length.
    private var covered: [String: [ClosedRange<Int>]] = [:]

    public static let marker = "apiref: ignore"

    public init(rst lines: [String]) {
        let blank = lines.map { $0.trimmingSpaces().isEmpty }
        let indents = lines.map(Self.indent)
        // The last non-blank line at or before each line.
        var lastNonBlank = [Int](repeating: -1, count: lines.count)
        for index in lines.indices {
            lastNonBlank[index] = blank[index] ? (index > 0 ? lastNonBlank[index - 1] : -1) : index
        }
        // Each comment covers the construct after it: from its first line to the last
        // non-blank line before a line that follows a blank line and is indented no more than
        // that first line.
        var queries: [(first: Int, ids: Set<String>)] = []
        var nextNonBlank = lines.count
        for offset in lines.indices.reversed() {
            let text = lines[offset].trimmingSpaces()
            if text.hasPrefix(".."), let ids = Self.ids(in: String(text.dropFirst(2))), nextNonBlank < lines.count {
                queries.append((nextNonBlank, ids))
            }
            if !blank[offset] { nextNonBlank = offset }
        }
        // Walking up from the end, keep the lines that can end a construct (non-blank, after
        // a blank line), nearest last; a farther one indented at least as deep as a nearer one
        // never ends a construct first, so the kept indents rise towards the nearest.
        var ends: [Int] = []
        var next = lines.count - 1
        for (first, ids) in queries {  // by `first`, from the last
            while next > first {
                if !blank[next], blank[next - 1] {
                    while let top = ends.last, indents[top] >= indents[next] { ends.removeLast() }
                    ends.append(next)
                }
                next -= 1
            }
            // The nearest kept end indented no deeper than `first`: the last with such indent.
            var low = 0
            var high = ends.count
            while low < high {
                let middle = (low + high) / 2
                if indents[ends[middle]] <= indents[first] { low = middle + 1 } else { high = middle }
            }
            let stop = low > 0 ? ends[low - 1] : lines.count
            let last = lastNonBlank[stop - 1]
            cover((first + 1)...(last + 1), ids)
        }
        normalise()
    }

    public init(yaml lines: [String]) {
        var pending: Set<String> = []
        var entryStart: Int?
        var current: Set<String> = []
        func close(before line: Int) {
            guard let start = entryStart, !current.isEmpty, start < line else { return }
            cover(start...(line - 1), current)
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
        normalise()
    }

    private mutating func cover(_ range: ClosedRange<Int>, _ ids: Set<String>) {
        for id in ids { covered[id, default: []].append(range) }
    }

    /// Sorts and merges each rule's ranges.
    private mutating func normalise() {
        for (id, ranges) in covered {
            var merged: [ClosedRange<Int>] = []
            for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
                if let last = merged.last, range.lowerBound <= last.upperBound + 1 {
                    merged[merged.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
                } else {
                    merged.append(range)
                }
            }
            covered[id] = merged
        }
    }

    /// Whether the finding is suppressed by a comment in its file.
    public func suppresses(_ diagnostic: Diagnostic) -> Bool {
        guard let line = diagnostic.location.line, let ranges = covered[diagnostic.ruleID] else { return false }
        // The last range starting at or before the line is the only one that can hold it.
        var low = 0
        var high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].lowerBound <= line { low = middle + 1 } else { high = middle }
        }
        return low > 0 && ranges[low - 1].contains(line)
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
