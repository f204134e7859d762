/// Reads JSON (RFC 8259) with the line and UTF-8 column of every key and value.
///
///     {"server": {"name": "a", "min_count": 1}}
///
/// Unlike Foundation's reader it keeps key order, tells integers from floats and reports
/// duplicate keys (the later value is kept, as most readers do). Nesting is limited, so deep
/// input cannot exhaust the stack. A syntax error stops reading and is reported where it is.
public struct JSONReader {
    public static let syntax = RuleDescriptor(
        "json-syntax", .error, "a sample that is not valid JSON, with the position of the first error")
    public static let duplicateKey = RuleDescriptor(
        "json-duplicate-key", .error, "a JSON object names the same key twice; readers keep only one")

    /// Arrays and objects may nest at most this deep.
    public static let nestingLimit = 512

    /// A text may hold at most this many values (keys not counted); a larger one is refused,
    /// so memory stays bounded whatever the file size. Real samples hold a few thousand.
    public static let valueLimit = 1_000_000

    private let path: String
    private let bytes: [UInt8]
    private var position = 0
    private var line = 1
    private var lineStart = 0
    private var depth = 0
    private var values = 0
    private var diagnostics: [Diagnostic] = []

    private struct Failure: Error {
        let diagnostic: Diagnostic
    }

    /// Reads one JSON value filling the whole text.
    /// - Returns: the value (`nil` on a syntax error) and the findings.
    public static func read(_ source: SourceText) -> (root: JSONNode?, diagnostics: [Diagnostic]) {
        read(bytes: Array(source.text.utf8), path: source.path)
    }

    /// Reads JSON from raw bytes (a byte-order mark is skipped), without splitting lines first.
    public static func read(bytes: [UInt8], path: String) -> (root: JSONNode?, diagnostics: [Diagnostic]) {
        var reader = JSONReader(path: path, bytes: bytes)
        do {
            reader.skipWhitespace()
            let root = try reader.value()
            reader.skipWhitespace()
            if reader.position < reader.bytes.count {
                throw reader.failure("unexpected text after the JSON value")
            }
            return (root, reader.diagnostics)
        } catch let failure as Failure {
            return (nil, reader.diagnostics + [failure.diagnostic])
        } catch {
            return (nil, reader.diagnostics)
        }
    }

    private init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            position = 3
            lineStart = 3
        }
    }

    // MARK: - Values

    private mutating func value() throws -> JSONNode {
        guard position < bytes.count else { throw failure("unexpected end of file, expected a value") }
        values += 1
        if values > Self.valueLimit { throw failure("the file holds more than \(Self.valueLimit) values; refused") }
        let location = here()
        switch bytes[position] {
        case UInt8(ascii: "{"): return try object(at: location)
        case UInt8(ascii: "["): return try array(at: location)
        case UInt8(ascii: "\""): return JSONNode(kind: .string(try string()), location: location)
        case UInt8(ascii: "t"): return try literal("true", .bool(true), at: location)
        case UInt8(ascii: "f"): return try literal("false", .bool(false), at: location)
        case UInt8(ascii: "n"): return try literal("null", .null, at: location)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number(at: location)
        default: throw failure("unexpected character '\(character(at: position))', expected a value")
        }
    }

    private mutating func object(at location: SourceLocation) throws -> JSONNode {
        try enter()
        position += 1
        var members: [JSONMember] = []
        var seen: [String: SourceLocation] = [:]
        skipWhitespace()
        if peek(UInt8(ascii: "}")) {
            position += 1
            depth -= 1
            return JSONNode(kind: .object([]), location: location)
        }
        while true {
            skipWhitespace()
            guard peek(UInt8(ascii: "\"")) else { throw failure("expected a key in double quotes") }
            let keyLocation = here()
            let key = try string()
            skipWhitespace()
            guard peek(UInt8(ascii: ":")) else { throw failure("expected ':' after key '\(key)'") }
            position += 1
            skipWhitespace()
            let member = JSONMember(key: key, keyLocation: keyLocation, value: try value())
            if let first = seen[key] {
                diagnostics.append(
                    Diagnostic(
                        Self.duplicateKey, "key '\(key)' appears twice in one object; readers keep only one",
                        at: keyLocation, notes: [.init("'\(key)' first appears here", at: first)]))
                members.removeAll { $0.key == key }
            }
            seen[key] = keyLocation
            members.append(member)
            skipWhitespace()
            if peek(UInt8(ascii: ",")) {
                position += 1
                continue
            }
            if peek(UInt8(ascii: "}")) {
                position += 1
                depth -= 1
                return JSONNode(kind: .object(members), location: location)
            }
            throw failure("expected ',' or '}' after the value of '\(key)'")
        }
    }

    private mutating func array(at location: SourceLocation) throws -> JSONNode {
        try enter()
        position += 1
        var items: [JSONNode] = []
        skipWhitespace()
        if peek(UInt8(ascii: "]")) {
            position += 1
            depth -= 1
            return JSONNode(kind: .array([]), location: location)
        }
        while true {
            skipWhitespace()
            items.append(try value())
            skipWhitespace()
            if peek(UInt8(ascii: ",")) {
                position += 1
                continue
            }
            if peek(UInt8(ascii: "]")) {
                position += 1
                depth -= 1
                return JSONNode(kind: .array(items), location: location)
            }
            throw failure("expected ',' or ']' in array")
        }
    }

    private mutating func enter() throws {
        depth += 1
        if depth > Self.nestingLimit {
            throw failure("arrays and objects nest deeper than \(Self.nestingLimit) levels")
        }
    }

    private mutating func literal(_ word: String, _ kind: JSONNode.Kind, at location: SourceLocation) throws -> JSONNode
    {
        let expected = Array(word.utf8)
        guard position + expected.count <= bytes.count, Array(bytes[position..<position + expected.count]) == expected
        else { throw failure("unexpected character '\(character(at: position))', expected a value") }
        position += expected.count
        return JSONNode(kind: kind, location: location)
    }

    private mutating func number(at location: SourceLocation) throws -> JSONNode {
        let start = position
        var isInteger = true
        if peek(UInt8(ascii: "-")) { position += 1 }
        guard position < bytes.count, isDigit(bytes[position]) else { throw failure("expected a digit") }
        if bytes[position] == UInt8(ascii: "0") {
            position += 1
        } else {
            while position < bytes.count, isDigit(bytes[position]) { position += 1 }
        }
        if peek(UInt8(ascii: ".")) {
            isInteger = false
            position += 1
            guard position < bytes.count, isDigit(bytes[position]) else { throw failure("expected a digit after '.'") }
            while position < bytes.count, isDigit(bytes[position]) { position += 1 }
        }
        if peek(UInt8(ascii: "e")) || peek(UInt8(ascii: "E")) {
            isInteger = false
            position += 1
            if peek(UInt8(ascii: "+")) || peek(UInt8(ascii: "-")) { position += 1 }
            guard position < bytes.count, isDigit(bytes[position]) else {
                throw failure("expected a digit in exponent")
            }
            while position < bytes.count, isDigit(bytes[position]) { position += 1 }
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        return JSONNode(kind: isInteger ? .integer(text) : .float(text), location: location)
    }

    private mutating func string() throws -> String {
        position += 1
        // Most strings hold no escape: take their bytes in one piece.
        var end = position
        while end < bytes.count, bytes[end] != UInt8(ascii: "\""), bytes[end] != UInt8(ascii: "\\"), bytes[end] >= 0x20
        {
            end += 1
        }
        if end < bytes.count, bytes[end] == UInt8(ascii: "\"") {
            let text = String(decoding: bytes[position..<end], as: UTF8.self)
            position = end + 1
            return text
        }
        var scalars = String.UnicodeScalarView()
        var run = position
        func flush() {
            if run < position {
                scalars.append(contentsOf: String(decoding: bytes[run..<position], as: UTF8.self).unicodeScalars)
            }
        }
        while true {
            guard position < bytes.count else { throw failure("unterminated string") }
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                flush()
                position += 1
                return String(scalars)
            }
            if byte < 0x20 {
                throw failure(byte == 0x0A ? "unterminated string" : "control character in string; escape it")
            }
            if byte == UInt8(ascii: "\\") {
                flush()
                scalars.append(try escape())
                run = position
                continue
            }
            position += 1
        }
    }

    private mutating func escape() throws -> Unicode.Scalar {
        position += 1
        guard position < bytes.count else { throw failure("unterminated string") }
        let byte = bytes[position]
        position += 1
        switch byte {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let high = try hexQuad()
            if (0xD800...0xDBFF).contains(high), peek(UInt8(ascii: "\\")), position + 1 < bytes.count,
                bytes[position + 1] == UInt8(ascii: "u")
            {
                position += 2
                let low = try hexQuad()
                if (0xDC00...0xDFFF).contains(low),
                    let scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
                {
                    return scalar
                }
                return "\u{FFFD}"
            }
            return Unicode.Scalar(high) ?? "\u{FFFD}"
        default:
            position -= 1
            throw failure("invalid escape '\\\(character(at: position))' in string")
        }
    }

    private mutating func hexQuad() throws -> UInt32 {
        guard position + 4 <= bytes.count else { throw failure("expected four hex digits after '\\u'") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw failure("expected four hex digits after '\\u'")
            }
            value = value * 16 + digit
            position += 1
        }
        return value
    }

    // MARK: - Positions

    private mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"):
                position += 1
            case UInt8(ascii: "\r") where position + 1 < bytes.count && bytes[position + 1] == UInt8(ascii: "\n"):
                position += 1
            case UInt8(ascii: "\r"), UInt8(ascii: "\n"):
                // `\n`, `\r\n` (its `\r` skipped above) and a lone `\r` each end a line, as in
                // `SourceText`.
                position += 1
                line += 1
                lineStart = position
            default:
                return
            }
        }
    }

    private func peek(_ byte: UInt8) -> Bool {
        position < bytes.count && bytes[position] == byte
    }

    private func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private func here() -> SourceLocation {
        SourceLocation(path: path, line: line, column: position - lineStart + 1)
    }

    private func character(at offset: Int) -> String {
        guard offset < bytes.count else { return "end of file" }
        let byte = bytes[offset]
        return byte >= 0x20 && byte < 0x7F ? String(UnicodeScalar(byte)) : "\\u{\(String(byte, radix: 16))}"
    }

    private func failure(_ message: String) -> Failure {
        Failure(diagnostic: Diagnostic(Self.syntax, message, at: here()))
    }
}
