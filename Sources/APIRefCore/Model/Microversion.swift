/// A microversion such as `2.87`, kept as written and compared component by component.
///
/// `2.2 < 2.10 < 2.20`: versions are never compared as decimal numbers.
public struct Microversion: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
    /// The text as written in the document or parameters file.
    public let text: String
    /// The numeric components, `[2, 87]` for `2.87`.
    public let components: [Int]

    /// Parses `MAJOR.MINOR` (or more components, or a single number); `nil` when malformed.
    ///
    ///     2.87    1.19    3    2.0
    public init?(_ text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard !parts.isEmpty, parts.count <= 4 else { return nil }
        var components: [Int] = []
        for part in parts {
            guard !part.isEmpty, part.count <= 9, part.allSatisfy(\.isASCIIDigit), let value = Int(part) else {
                return nil
            }
            components.append(value)
        }
        self.text = text
        self.components = components
    }

    public var description: String { text }

    public static func < (lhs: Microversion, rhs: Microversion) -> Bool {
        let count = max(lhs.components.count, rhs.components.count)
        for position in 0..<count {
            let left = position < lhs.components.count ? lhs.components[position] : 0
            let right = position < rhs.components.count ? rhs.components[position] : 0
            if left != right { return left < right }
        }
        return false
    }

    public static func == (lhs: Microversion, rhs: Microversion) -> Bool {
        !(lhs < rhs) && !(rhs < lhs)
    }

    public func hash(into hasher: inout Hasher) {
        var trimmed = components
        while trimmed.count > 1, trimmed.last == 0 { trimmed.removeLast() }
        hasher.combine(trimmed)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let version = Microversion(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "bad version"))
        }
        self = version
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}

/// A range of microversions, either end open: `2.47 - ` or ` - 2.87`.
public struct MicroversionRange: Sendable, Hashable, Codable {
    public var minimum: Microversion?
    public var maximum: Microversion?

    public init(minimum: Microversion? = nil, maximum: Microversion? = nil) {
        self.minimum = minimum
        self.maximum = maximum
    }

    /// The range that covers every version.
    public static let all = MicroversionRange()

    /// The versions both ranges cover.
    public func intersection(_ other: MicroversionRange) -> MicroversionRange {
        let low = [minimum, other.minimum].compactMap { $0 }.max()
        let high = [maximum, other.maximum].compactMap { $0 }.min()
        return MicroversionRange(minimum: low, maximum: high)
    }

    /// The range a section title states, as placement writes it: `Response (microversions
    /// 1.12 - 1.16)`, `Request (microversions 1.38 - )`, `Request example (microversion 1.28)`.
    public static func stated(inTitle title: String) -> MicroversionRange? {
        let lowered = Substring(title.lowercased())
        var search = lowered[...]
        while !search.isEmpty, !search.hasPrefix("microversion") { search = search.dropFirst() }
        guard !search.isEmpty else { return nil }
        var rest = search.dropFirst("microversion".count).drop { $0 == "s" }
        if let close = rest.firstIndex(of: ")") { rest = rest[..<close] }
        let ends = rest.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false).map {
            $0.trimmingSpaces()
        }
        let low = ends.first.flatMap { Microversion($0) }
        guard let low else { return nil }
        if ends.count == 1 { return MicroversionRange(minimum: low, maximum: low) }
        let high = ends[1].isEmpty ? nil : Microversion(ends[1])
        if !ends[1].isEmpty, high == nil { return nil }
        return MicroversionRange(minimum: low, maximum: high)
    }

    /// Whether the two ranges have a version in common.
    public func overlaps(_ other: MicroversionRange) -> Bool {
        if let maximum, let otherMinimum = other.minimum, maximum < otherMinimum { return false }
        if let minimum, let otherMaximum = other.maximum, otherMaximum < minimum { return false }
        return true
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
