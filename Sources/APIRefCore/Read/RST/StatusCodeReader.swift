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
    /// The codes stated by the prose lines of a paragraph; other lines are ignored.
    public static func read(paragraph: [RSTTextLine]) -> (codes: [StatusCode], diagnostics: [Diagnostic]) {
        var codes: [StatusCode] = []
        var diagnostics: [Diagnostic] = []
        var kind: StatusCode.Kind?
        var pieces: [(String, SourceLocation)] = []
        func flush() {
            if let kind {
                for (text, location) in splitItems(pieces) {
                    if let code = item(text, kind: kind, at: location) {
                        codes.append(code)
                    } else {
                        diagnostics.append(.invalidStatusCode(text, at: location))
                    }
                }
            }
            pieces = []
        }
        for line in paragraph {
            if let (lineKind, offset) = prefix(of: line.text) {
                flush()
                kind = lineKind
                let rest = String(line.text.utf8.dropFirst(offset)) ?? ""
                var location = line.location
                location.column = line.location.column.map { $0 + offset }
                pieces.append((rest, location))
            } else if kind != nil {
                if looksLikeCodes(line.text) {
                    pieces.append((line.text, line.location))
                } else {
                    flush()
                    kind = nil
                }
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

    /// Splits the text after the colon at commas outside parentheses, keeping each item's start.
    private static func splitItems(_ pieces: [(String, SourceLocation)]) -> [(String, SourceLocation)] {
        var items: [(String, SourceLocation)] = []
        for (text, location) in pieces {
            var depth = 0
            var current: [UInt8] = []
            var start = 0
            func emit(endingAt _: Int) {
                let raw = String(decoding: current, as: UTF8.self)
                let leading = raw.utf8.prefix { $0 == UInt8(ascii: " ") }.count
                var item = raw.trimmingSpaces()
                if item.hasSuffix(".") { item.removeLast() }
                if !item.isEmpty {
                    var itemLocation = location
                    itemLocation.column = location.column.map { $0 + start + leading }
                    items.append((item, itemLocation))
                }
            }
            for (offset, byte) in text.utf8.enumerated() {
                if byte == UInt8(ascii: "(") { depth += 1 }
                if byte == UInt8(ascii: ")") { depth = max(0, depth - 1) }
                if byte == UInt8(ascii: ","), depth == 0 {
                    emit(endingAt: offset)
                    current = []
                    start = offset + 1
                    continue
                }
                current.append(byte)
            }
            emit(endingAt: text.utf8.count)
        }
        return items
    }

    /// Reads `200`, `badRequest(400)`, `200 (microversions 2.0 - 2.100)`, `202 (microversion 2.101 - )`.
    static func item(_ text: String, kind: StatusCode.Kind, at location: SourceLocation) -> StatusCode? {
        var name: String?
        var codeText = text
        var versionText: String?
        if let open = text.firstIndex(of: "("), text.hasSuffix(")") {
            let head = text[..<open].trimmingSpaces()
            let inner = String(text[text.index(after: open)..<text.index(before: text.endIndex)]).trimmingSpaces()
            if head.allSatisfy(\.isASCIIDigit) {
                codeText = head
                versionText = inner
            } else {
                name = head
                codeText = inner
            }
        }
        guard codeText.count == 3, codeText.allSatisfy(\.isASCIIDigit), let code = Int(codeText),
            (100...599).contains(code)
        else { return nil }
        var range = MicroversionRange.all
        if let versionText {
            guard let parsed = microversionRange(versionText) else { return nil }
            range = parsed
        }
        return StatusCode(code: code, kind: kind, name: name, microversions: range, location: location)
    }

    /// Reads `microversions 2.0 - 2.100` or `microversion 2.101 - `.
    private static func microversionRange(_ text: String) -> MicroversionRange? {
        let lowered = text.lowercased()
        guard lowered.hasPrefix("microversion") else { return nil }
        let rest = lowered.drop { $0.isLetter }
        let ends = rest.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false).map { $0.trimmingSpaces() }
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
