/// A path pattern from `.apiref.yaml`'s `exclude`: `*` matches within a folder name, `**`
/// any number of folders, `?` one character; a pattern ending in `/` matches a folder and
/// everything below it.
///
///     api-ref/source/legacy/**     doc/api_samples/*-v2*.json     api-ref/source/old/
public struct Glob: Sendable, Hashable {
    public let pattern: String
    private let parts: [Substring]

    public init(_ pattern: String) {
        var text = pattern
        while text.hasPrefix("./") { text.removeFirst(2) }
        if text.hasSuffix("/") { text += "**" }
        self.pattern = pattern
        parts = text.split(separator: "/", omittingEmptySubsequences: true)
    }

    public func matches(_ path: String) -> Bool {
        var text = path
        while text.hasPrefix("./") { text.removeFirst(2) }
        return Self.match(parts[...], text.split(separator: "/", omittingEmptySubsequences: true)[...])
    }

    private static func match(_ pattern: ArraySlice<Substring>, _ path: ArraySlice<Substring>) -> Bool {
        guard let first = pattern.first else { return path.isEmpty }
        if first == "**" {
            let rest = pattern.dropFirst()
            for start in path.startIndex...path.endIndex where match(rest, path[start...]) { return true }
            return false
        }
        guard let name = path.first, matchName(Array(first), Array(name)) else { return false }
        return match(pattern.dropFirst(), path.dropFirst())
    }

    private static func matchName(_ pattern: [Character], _ name: [Character]) -> Bool {
        var memo: [Int: Bool] = [:]
        func step(_ p: Int, _ n: Int) -> Bool {
            let key = p * (name.count + 1) + n
            if let known = memo[key] { return known }
            let result: Bool
            if p == pattern.count {
                result = n == name.count
            } else if pattern[p] == "*" {
                result = step(p + 1, n) || (n < name.count && step(p, n + 1))
            } else if n < name.count, pattern[p] == "?" || pattern[p] == name[n] {
                result = step(p + 1, n + 1)
            } else {
                result = false
            }
            memo[key] = result
            return result
        }
        return step(0, 0)
    }
}
