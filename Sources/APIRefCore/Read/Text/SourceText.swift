/// The text of one input file split into lines, with what was wrong with its encoding.
///
/// Accepts UTF-8 with or without a byte-order mark and `\n`, `\r\n` or `\r` line ends.
/// Invalid UTF-8 is replaced by U+FFFD so reading can go on; the first bad byte is reported.
public struct SourceText: Sendable {
    /// The path used in diagnostics, as the caller named the file.
    public let path: String
    /// The lines without their line ends; line `n` (1-based) is `lines[n - 1]`.
    public let lines: [String]
    /// The whole text, line ends normalised to `\n`.
    public let text: String
    /// Where the first invalid UTF-8 byte was, if any.
    public let invalidEncoding: SourceLocation?

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        invalidEncoding = Self.firstInvalidByte(in: body, path: path)
        var split: [String] = []
        var lineStart = body.startIndex
        var position = body.startIndex
        while position < body.endIndex {
            let byte = body[position]
            if byte == 0x0A || byte == 0x0D {
                split.append(String(decoding: body[lineStart..<position], as: UTF8.self))
                if byte == 0x0D, position + 1 < body.endIndex, body[position + 1] == 0x0A { position += 1 }
                lineStart = position + 1
            }
            position += 1
        }
        if lineStart < body.endIndex { split.append(String(decoding: body[lineStart...], as: UTF8.self)) }
        lines = split
        text = split.isEmpty ? "" : split.joined(separator: "\n") + "\n"
    }

    /// Reads text given as a Swift string (tests and in-memory documents).
    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// How many lines `bytes` holds, counted as `init` splits them, without splitting.
    public static func lineCount(of bytes: [UInt8]) -> Int {
        var count = 0
        var previous: UInt8 = 0
        for byte in bytes {
            if byte == 0x0D || (byte == 0x0A && previous != 0x0D) { count += 1 }
            previous = byte
        }
        if let last = bytes.last, last != 0x0A, last != 0x0D { count += 1 }
        return count
    }

    /// The location of a 1-based line and UTF-8 column in this file.
    public func location(line: Int, column: Int? = nil) -> SourceLocation {
        SourceLocation(path: path, line: line, column: column)
    }

    static func firstInvalidByte(in bytes: ArraySlice<UInt8>, path: String) -> SourceLocation? {
        var line = 1
        var lineStart = bytes.startIndex
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            // A lone `\r` ends a line too, as `init` splits them.
            if byte == 0x0A || (byte == 0x0D && (index + 1 == bytes.endIndex || bytes[index + 1] != 0x0A)) {
                line += 1
                lineStart = index + 1
                index += 1
                continue
            }
            let length = sequenceLength(bytes, at: index)
            if length == 0 {
                return SourceLocation(path: path, line: line, column: index - lineStart + 1)
            }
            index += length
        }
        return nil
    }

    /// The length of the valid UTF-8 sequence starting at `index`, or 0 when it is invalid.
    private static func sequenceLength(_ bytes: ArraySlice<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        let length: Int
        let minimum: UInt32
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2; minimum = 0x80
        case 0xE0...0xEF: length = 3; minimum = 0x800
        case 0xF0...0xF4: length = 4; minimum = 0x10000
        default: return 0
        }
        guard index + length <= bytes.endIndex else { return 0 }
        var value = UInt32(lead) & (0xFF >> (length + 1))
        for offset in 1..<length {
            let next = bytes[index + offset]
            guard next & 0xC0 == 0x80 else { return 0 }
            value = value << 6 | UInt32(next & 0x3F)
        }
        let isSurrogate = (0xD800...0xDFFF).contains(value)
        return value >= minimum && value <= 0x10FFFF && !isSurrogate ? length : 0
    }
}
