/// Reads status codes in both forms os-api-ref documents use.
///
/// The prose form, wrapped over lines of one paragraph, in any case:
///
///     Normal response codes: 200 (microversions 2.0 - 2.100), 202 (microversion 2.101 - )
///     Error response codes: badRequest(400), unauthorized(401),
///     forbidden(403)
///
/// and the items of `.. rest_status_code:: success status.yaml` (`- 200`, `- 401: auth_receipt`).
public enum StatusCodeReader {
    /// The most codes one prose statement may list (real ones list up to a dozen): a line of
    /// megabytes of codes would otherwise take seconds and gigabytes.
    public static let codeLimit = 1_000

    /// The codes stated by the prose lines of a paragraph; other lines are ignored.
    ///
    /// A statement runs from its `... response codes:` line over the following lines while
    /// they look like codes or a parenthesis is still open; text after an item's code
    /// ("itemNotFound(404) if the provider does not exist") is prose and is skipped.
    public static func read(paragraph: [RSTTextLine]) -> (codes: [StatusCode], diagnostics: [Diagnostic]) {
        var codes: [StatusCode] = []
        var diagnostics: [Diagnostic] = []
        var statement: Statement?
        func flush() {
            guard let current = statement else { return }
            let items = current.items(limit: codeLimit + 1)
            if items.count > codeLimit {
                diagnostics.append(
                    Diagnostic(
                        ReaderRules.invalidStatusCode,
                        "the statement lists more than \(codeLimit) status codes; the rest are not read",
                        at: items[codeLimit].1))
            }
            for (text, location) in items.prefix(codeLimit) {
                if let code = item(text, kind: current.kind, at: location) {
                    codes.append(code)
                } else {
                    diagnostics.append(.invalidStatusCode(text, at: location))
                }
            }
            statement = nil
        }
        for line in paragraph {
            if let (kind, offset) = prefix(of: line.text) {
                flush()
                var location = line.location
                location.column = line.location.column.map { $0 + offset }
                statement = Statement(kind: kind)
                statement?.append(String(line.text.utf8.dropFirst(offset)) ?? "", at: location)
            } else if let isOpen = statement?.isOpen, isOpen || looksLikeCodes(line.text) {
                // No copy of the statement is held here: appending to it while one is alive
                // would copy its bytes for every line.
                statement?.append(line.text, at: line.location)
            } else {
                flush()
            }
        }
        flush()
        return (codes, diagnostics)
    }

    /// The codes of a `rest_status_code` directive's items.
    public static func read(directive: RSTDirective) -> (codes: [StatusCode], diagnostics: [Diagnostic]) {
        let kindWord = directive.arguments.first?.text.split(separator: " ").first.map(String.init)
        let kind: StatusCode.Kind = kindWord?.lowercased() == "error" ? .error : .success
        var codes: [StatusCode] = []
        var diagnostics: [Diagnostic] = []
        for line in directive.contentLines {
            let text = line.text.hasPrefix("- ") ? String(line.text.dropFirst(2)).trimmingSpaces() : line.text
            let parts = text.split(separator: ":", maxSplits: 1).map { $0.trimmingSpaces() }
            var location = line.location
            location.column = line.location.column.map { $0 + line.text.utf8.count - text.utf8.count }
            if let first = parts.first, let code = Int(first), (100...599).contains(code) {
                let name = parts.count > 1 && !parts[1].isEmpty ? parts[1] : nil
                codes.append(StatusCode(code: code, kind: kind, name: name, microversions: .all, location: location))
            } else {
                diagnostics.append(.invalidStatusCode(text, at: location))
            }
        }
        return (codes, diagnostics)
    }

    /// Recognises `Normal response codes:` / `Error response code:` (any case) and returns the
    /// kind and the UTF-8 offset just after the colon.
    static func prefix(of text: String) -> (StatusCode.Kind, Int)? {
        let lowered = text.lowercased()
        for (word, kind) in [("normal", StatusCode.Kind.success), ("error", .error)] {
            for form in ["\(word) response codes:", "\(word) response code:"] where lowered.hasPrefix(form) {
                return (kind, form.utf8.count)
            }
        }
        return nil
    }

    /// Whether a continuation line holds codes rather than prose.
    private static func looksLikeCodes(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        if first.isASCIIDigit { return true }
        let head = text.prefix { $0 != "(" && $0 != "," && $0 != " " }
        return text.dropFirst(head.count).first == "("
    }

    /// Reads `200`, `badRequest(400)`, `200 (microversions 2.0 - 2.100)`, `202 (microversion 2.101 - )`;
    /// prose after the code is allowed and skipped.
    static func item(_ text: String, kind: StatusCode.Kind, at location: SourceLocation) -> StatusCode? {
        let head = text.prefix { $0 != "(" && $0 != " " }
        var rest = text.dropFirst(head.count).drop { $0 == " " }
        var name: String?
        var codeText = String(head)
        if !head.allSatisfy(\.isASCIIDigit) {
            guard rest.hasPrefix("("), let close = rest.firstIndex(of: ")") else { return nil }
            name = String(head)
            codeText = rest[rest.index(after: rest.startIndex)..<close].trimmingSpaces()
            rest = rest[rest.index(after: close)...]
        }
        guard codeText.count == 3, codeText.allSatisfy(\.isASCIIDigit), let code = Int(codeText),
            (100...599).contains(code)
        else { return nil }
        var range = MicroversionRange.all
        let trimmed = rest.drop { $0 == " " }
        if name == nil, trimmed.hasPrefix("("), let close = trimmed.firstIndex(of: ")") {
            let inner = trimmed[trimmed.index(after: trimmed.startIndex)..<close].trimmingSpaces()
            if inner.lowercased().hasPrefix("microversion") {
                guard let parsed = microversionRange(inner) else { return nil }
                range = parsed
            }
        }
        return StatusCode(code: code, kind: kind, name: name, microversions: range, location: location)
    }

    /// Reads `microversions 2.0 - 2.100` or `microversion 2.101 - `.
    private static func microversionRange(_ text: String) -> MicroversionRange? {
        let lowered = text.lowercased()
        guard lowered.hasPrefix("microversion") else { return nil }
        let rest = lowered.drop { $0.isLetter }
        let ends = rest.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false).map {
            $0.trimmingSpaces()
        }
        guard ends.count == 2 else { return nil }
        func version(_ text: String) -> Microversion?? {
            text.isEmpty ? .some(nil) : Microversion(text).map { .some($0) }
        }
        guard let minimum = version(ends[0]), let maximum = version(ends[1]) else { return nil }
        return MicroversionRange(minimum: minimum, maximum: maximum)
    }
}

extension Diagnostic {
    static func invalidStatusCode(_ text: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            ReaderRules.invalidStatusCode,
            "status code '\(text)' is not a code from 100 to 599, optionally 'name(code)' or 'code (microversions A - B)'",
            at: location)
    }
}

/// The text of one prose statement, joined over lines, with where each byte came from.
private struct Statement {
    let kind: StatusCode.Kind
    private var bytes: [UInt8] = []
    /// Where each appended piece starts in `bytes` and where it was read: one entry per
    /// line, not per byte, so a statement of megabytes takes no more than its own size.
    private var pieces: [(start: Int, location: SourceLocation)] = []
    /// How many parentheses are open at the end, kept as lines are appended so a statement
    /// of many lines is not scanned again for each one.
    private(set) var depth = 0

    init(kind: StatusCode.Kind) {
        self.kind = kind
    }

    /// Whether a parenthesis is still open, so the next line continues the statement.
    var isOpen: Bool {
        depth > 0
    }

    mutating func append(_ text: String, at location: SourceLocation) {
        if !bytes.isEmpty {
            bytes.append(UInt8(ascii: " "))
        }
        pieces.append((bytes.count, location))
        for byte in text.utf8 {
            bytes.append(byte)
            if byte == UInt8(ascii: "(") { depth += 1 }
            if byte == UInt8(ascii: ")") { depth = max(0, depth - 1) }
        }
    }

    /// The items split at commas outside parentheses, trimmed, a final period dropped; at
    /// most `limit` of them.
    func items(limit: Int) -> [(String, SourceLocation)] {
        var result: [(String, SourceLocation)] = []
        var depth = 0
        var start = 0
        // Items come in order, so the piece holding each one is found by walking forward.
        var piece = 0
        func origin(_ offset: Int) -> SourceLocation {
            while piece + 1 < pieces.count, pieces[piece + 1].start <= offset { piece += 1 }
            var location = pieces[piece].location
            location.column = location.column.map { $0 + offset - pieces[piece].start }
            return location
        }
        func emit(_ end: Int) {
            var first = start
            while first < end, bytes[first] == UInt8(ascii: " ") { first += 1 }
            var item = String(decoding: bytes[first..<end], as: UTF8.self).trimmingSpaces()
            if item.hasSuffix(".") { item.removeLast() }
            if !item.isEmpty { result.append((item, origin(first))) }
        }
        for (offset, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: "(") { depth += 1 }
            if byte == UInt8(ascii: ")") { depth = max(0, depth - 1) }
            if byte == UInt8(ascii: ","), depth == 0 {
                emit(offset)
                start = offset + 1
                if result.count >= limit { return result }
            }
        }
        emit(bytes.count)
        return result
    }
}
