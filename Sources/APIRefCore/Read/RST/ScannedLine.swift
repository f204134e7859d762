/// A source line with its indentation measured once.
struct ScannedLine: Sendable {
    /// The 1-based line number.
    let number: Int
    /// The text after the indentation, without trailing white space.
    let content: String
    /// The indentation in columns, tabs expanded to multiples of 8 as docutils does.
    let indent: Int
    /// The indentation in UTF-8 bytes, for locations.
    let byteIndent: Int

    init(_ raw: String, number: Int) {
        self.number = number
        var width = 0
        var bytes = 0
        for byte in raw.utf8 {
            if byte == UInt8(ascii: " ") {
                width += 1
            } else if byte == UInt8(ascii: "\t") {
                width = (width / 8 + 1) * 8
            } else {
                break
            }
            bytes += 1
        }
        indent = width
        byteIndent = bytes
        content = String(raw.utf8.dropFirst(bytes)).map { $0.trimmingTrailingSpaces() } ?? ""
    }

    var isBlank: Bool { content.isEmpty }

    /// Whether the line starts explicit markup: `..` followed by a space or nothing.
    var isExplicitMarkup: Bool {
        content == ".." || content.hasPrefix(".. ") || content.hasPrefix("..\t")
    }

    /// Whether the line is a section adornment: three or more of one punctuation character.
    var isAdornment: Bool {
        guard indent == 0, content.utf8.count >= 3, let first = content.utf8.first,
            Self.adornmentCharacters.contains(first)
        else { return false }
        return content.utf8.allSatisfy { $0 == first }
    }

    /// The text after a bullet (`-`, `*` or `+` and a space), or `nil` if the line is no item.
    var bulletText: String? {
        guard let first = content.utf8.first, [UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+")].contains(first)
        else { return nil }
        if content.utf8.count == 1 { return "" }
        let second = content.utf8.dropFirst().first
        guard second == UInt8(ascii: " ") else { return nil }
        return String(content.dropFirst(2)).trimmingLeadingSpaces()
    }

    private static let adornmentCharacters = Set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".utf8)
}

extension StringProtocol {
    func trimmingTrailingSpaces() -> String {
        var end = endIndex
        while end > startIndex {
            let previous = index(before: end)
            guard self[previous] == " " || self[previous] == "\t" else { break }
            end = previous
        }
        return String(self[startIndex..<end])
    }

    func trimmingLeadingSpaces() -> String {
        String(drop { $0 == " " || $0 == "\t" })
    }

    func trimmingSpaces() -> String {
        trimmingLeadingSpaces().trimmingTrailingSpaces()
    }
}
