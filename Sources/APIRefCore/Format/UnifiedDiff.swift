/// A unified diff of two texts by line, as `diff -u` prints it, for `apiref fmt --check`.
public enum UnifiedDiff {
    /// The diff with three lines of context, or an empty string when the texts are equal.
    /// - Parameter hasFinalNewline: whether the file ends with a newline, which the rewrite
    ///   keeps; if not, the last line is marked as `diff` marks it, so `patch` applies.
    public static func diff(_ old: String, _ new: String, path: String, hasFinalNewline: Bool = true) -> String {
        let a = lines(old)
        let b = lines(new)
        guard a != b else { return "" }
        let edits = script(a, b)
        var output = "--- \(path)\n+++ \(path)\n"
        var index = 0
        while index < edits.count {
            guard edits[index].kind != .same else {
                index += 1
                continue
            }
            var start = index
            var context = 0
            while start > 0, context < 3, edits[start - 1].kind == .same {
                start -= 1
                context += 1
            }
            var end = index
            var trailing = 0
            while end < edits.count {
                if edits[end].kind == .same {
                    trailing += 1
                    if trailing > 6 { break }
                } else {
                    trailing = 0
                }
                end += 1
            }
            end = min(edits.count, end - max(0, trailing - 3))
            let hunk = edits[start..<end]
            let oldStart = (hunk.first?.oldLine ?? 0) + 1
            let newStart = (hunk.first?.newLine ?? 0) + 1
            let oldCount = hunk.filter { $0.kind != .insert }.count
            let newCount = hunk.filter { $0.kind != .delete }.count
            output += "@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@\n"
            for edit in hunk {
                switch edit.kind {
                case .same: output += " \(edit.text)\n"
                case .delete: output += "-\(edit.text)\n"
                case .insert: output += "+\(edit.text)\n"
                }
                let isLastOld = edit.kind != .insert && edit.oldLine == a.count - 1
                let isLastNew = edit.kind != .delete && edit.newLine == b.count - 1
                if !hasFinalNewline, isLastOld || isLastNew { output += "\\ No newline at end of file\n" }
            }
            index = end
        }
        return output
    }

    struct Edit {
        enum Kind { case same, delete, insert }
        var kind: Kind
        var text: String
        /// The 0-based line in the old text before which the edit stands.
        var oldLine: Int
        var newLine: Int
    }

    private static func lines(_ text: String) -> [String] {
        var result = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if result.last == "" { result.removeLast() }
        return result
    }

    /// The most edits searched for; past it the diff replaces the whole text, so memory and
    /// time stay bounded (the search keeps one row per edit).
    static let editLimit = 4_000

    /// The shortest edit script (Myers' algorithm), as a sequence of kept, deleted and
    /// inserted lines.
    static func script(_ a: [String], _ b: [String]) -> [Edit] {
        let n = a.count
        let m = b.count
        // Row `depth` holds the furthest x on diagonals -depth...depth (index diagonal + depth).
        var trace: [[Int]] = []
        var previous: [Int] = []
        var found = false
        for depth in 0...min(n + m, editLimit) {
            var row = [Int](repeating: 0, count: 2 * depth + 1)
            for diagonal in stride(from: -depth, through: depth, by: 2) {
                var x: Int
                if depth == 0 {
                    x = 0
                } else if diagonal == -depth
                    || (diagonal != depth && previous[diagonal - 1 + depth - 1] < previous[diagonal + 1 + depth - 1])
                {
                    x = previous[diagonal + 1 + depth - 1]
                } else {
                    x = previous[diagonal - 1 + depth - 1] + 1
                }
                var y = x - diagonal
                while x < n, y < m, a[x] == b[y] {
                    x += 1
                    y += 1
                }
                row[diagonal + depth] = x
                if x >= n && y >= m { found = true }
            }
            trace.append(row)
            previous = row
            if found { break }
        }
        guard found else {
            return a.enumerated().map { Edit(kind: .delete, text: $1, oldLine: $0, newLine: 0) }
                + b.enumerated().map { Edit(kind: .insert, text: $1, oldLine: n, newLine: $0) }
        }
        var edits: [Edit] = []
        var x = n
        var y = m
        for depth in stride(from: trace.count - 1, through: 0, by: -1) {
            let diagonal = x - y
            guard depth > 0 else {
                while x > 0, y > 0 {
                    x -= 1
                    y -= 1
                    edits.append(Edit(kind: .same, text: a[x], oldLine: x, newLine: y))
                }
                break
            }
            let row = trace[depth - 1]
            let down =
                diagonal == -depth
                || (diagonal != depth && row[diagonal - 1 + depth - 1] < row[diagonal + 1 + depth - 1])
            let previousDiagonal = down ? diagonal + 1 : diagonal - 1
            let previousX = row[previousDiagonal + depth - 1]
            let previousY = previousX - previousDiagonal
            let startX = down ? previousX : previousX + 1
            let startY = startX - diagonal
            while x > startX, y > startY {
                x -= 1
                y -= 1
                edits.append(Edit(kind: .same, text: a[x], oldLine: x, newLine: y))
            }
            if down {
                y -= 1
                edits.append(Edit(kind: .insert, text: b[y], oldLine: x, newLine: y))
            } else {
                x -= 1
                edits.append(Edit(kind: .delete, text: a[x], oldLine: x, newLine: y))
            }
            x = previousX
            y = previousY
        }
        return edits.reversed()
    }
}
