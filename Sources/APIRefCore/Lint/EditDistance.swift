/// Suggests the closest known name for a misspelt one.
enum EditDistance {
    /// The edit distance between two strings, compared case-insensitively by scalar, where
    /// swapping two neighbours (`nmae` for `name`) counts as one edit.
    static func distance(_ lhs: String, _ rhs: String, limit: Int) -> Int {
        let a = Array(lhs.lowercased().unicodeScalars)
        let b = Array(rhs.lowercased().unicodeScalars)
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var beforePrevious = Array(repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit + 1 }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }

    /// The candidate nearest to `name` within a distance that scales with its length, if any;
    /// ties go to the first in sorted order so the suggestion is stable.
    static func suggestion(for name: String, among candidates: some Sequence<String>) -> String? {
        let limit = max(1, min(3, name.count / 4))
        var best: (String, Int)?
        for candidate in candidates {
            let distance = distance(name, candidate, limit: limit)
            guard distance <= limit else { continue }
            if let current = best, current.1 < distance || (current.1 == distance && current.0 < candidate) { continue }
            best = (candidate, distance)
        }
        return best?.0
    }
}
