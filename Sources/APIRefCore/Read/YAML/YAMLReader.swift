internal import CLibYAML

/// Reads YAML text with libyaml into `YAMLNode` trees with 1-based line and UTF-8 column.
///
/// Only the first document of a stream is read. Anchors, aliases and `<<` merge keys are
/// resolved; duplicate keys, which libyaml accepts silently, are reported as `duplicate-key`.
/// Errors that stop parsing are reported as `yaml-syntax` at the position libyaml gives.
public enum YAMLReader {
    /// A document may hold at most this many nodes, written or brought in by aliases (counting
    /// repeats); a larger one, such as an alias expansion ("billion laughs"), is refused rather
    /// than walked, so memory stays bounded.
    public static let expansionLimit = 1_000_000

    /// Collections may nest at most this deep. libyaml's time grows with the square of the
    /// depth, so a deeper document is refused as soon as the limit is passed.
    public static let nestingLimit = 1_000

    public static let duplicateKey = RuleDescriptor(
        "duplicate-key", .error, "a YAML mapping names the same key twice; the later one wins")

    /// The byte offset where `[` and `{` nest deeper than the limit, ignoring quoted text and
    /// comments; libyaml would scan the whole nest before its first event, in time that grows
    /// with the square of the depth, so such input is refused before libyaml sees it.
    static func flowNestingBeyondLimit(_ bytes: [UInt8]) -> Int? {
        var depth = 0
        var quote: UInt8?
        var inComment = false
        var previous: UInt8 = UInt8(ascii: "\n")
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            defer {
                previous = byte
                index += 1
            }
            if byte == UInt8(ascii: "\n") {
                inComment = false
                continue
            }
            if inComment { continue }
            if let open = quote {
                if open == UInt8(ascii: "\""), byte == UInt8(ascii: "\\") {
                    index += 1
                } else if byte == open {
                    quote = nil
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "#") where previous == UInt8(ascii: " ") || previous == UInt8(ascii: "\n"):
                inComment = true
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                if depth > 0 { quote = byte }
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                if depth > nestingLimit { return index }
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth = max(0, depth - 1)
            default:
                break
            }
        }
        return nil
    }

    /// Reads the first document of `source`.
    /// - Returns: the root node (`nil` for an empty file or one that could not be parsed)
    ///   and the findings made while reading.
    public static func read(_ source: SourceText) -> (root: YAMLNode?, diagnostics: [Diagnostic]) {
        var builder = TreeBuilder(source: source)
        var bytes = Array(source.text.utf8)
        if bytes.isEmpty { return (nil, []) }
        if let tooDeep = flowNestingBeyondLimit(bytes) {
            let location = builder.location(byteOffset: tooDeep)
            return (
                nil,
                [
                    Diagnostic(
                        ReaderRules.yamlSyntax, "collections nest deeper than \(nestingLimit) levels; refused",
                        at: location)
                ]
            )
        }
        bytes.append(0)
        let root = bytes.withUnsafeBufferPointer { buffer in
            builder.parse(buffer.baseAddress!, length: buffer.count - 1)
        }
        return (root, builder.diagnostics)
    }
}

/// Turns libyaml's event stream into nodes without recursion, so depth cannot overflow the stack.
private struct TreeBuilder {
    let source: SourceText
    var diagnostics: [Diagnostic] = []
    private var anchors: [String: (node: YAMLNode, size: Int)] = [:]
    /// The last converted position on a line, so converting many marks on one long line
    /// walks it once rather than once per mark.
    private var cursor: (line: Int, characters: Int, bytes: Int, index: String.UnicodeScalarView.Index)?
    private var expandedSize = 0

    /// A collection being read: its node so far, its anchor and the children read so far.
    /// Children are appended in place (`frames[last].children.append`) so no array is copied.
    private struct Frame {
        var node: YAMLNode
        var anchor: String?
        var children: [YAMLNode] = []
        var size = 1
    }

    init(source: SourceText) {
        self.source = source
    }

    mutating func parse(_ input: UnsafePointer<UInt8>, length: Int) -> YAMLNode? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            diagnostics.append(
                Diagnostic(ReaderRules.yamlSyntax, "libyaml could not start", at: source.location(line: 1)))
            return nil
        }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_input_string(&parser, input, length)
        var frames: [Frame] = []
        var root: YAMLNode?
        var documents = 0
        while true {
            var event = yaml_event_t()
            guard yaml_parser_parse(&parser, &event) == 1 else {
                reportError(parser)
                return nil
            }
            defer { yaml_event_delete(&event) }
            let type = event.type
            if type == YAML_STREAM_END_EVENT { break }
            if type == YAML_DOCUMENT_START_EVENT {
                documents += 1
                if documents > 1 { break }
                continue
            }
            if frames.count >= YAMLReader.nestingLimit,
                type == YAML_SEQUENCE_START_EVENT || type == YAML_MAPPING_START_EVENT
            {
                diagnostics.append(
                    Diagnostic(
                        ReaderRules.yamlSyntax,
                        "collections nest deeper than \(YAMLReader.nestingLimit) levels; refused",
                        at: location(event.start_mark)))
                return nil
            }
            if type == YAML_SCALAR_EVENT || type == YAML_SEQUENCE_START_EVENT || type == YAML_MAPPING_START_EVENT {
                expandedSize += 1
                guard expandedSize <= YAMLReader.expansionLimit else {
                    diagnostics.append(
                        Diagnostic(
                            ReaderRules.yamlSyntax,
                            "the document holds more than \(YAMLReader.expansionLimit) nodes; refused",
                            at: location(event.start_mark)))
                    return nil
                }
            }
            var completed: (node: YAMLNode, size: Int, anchor: String?)?
            let location = self.location(event.start_mark)
            switch type {
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                let text = String(cString: scalar.value)
                let isPlain = scalar.style == YAML_PLAIN_SCALAR_STYLE
                let node = YAMLNode(kind: .scalar(text, isPlain: isPlain), location: location, tag: string(scalar.tag))
                completed = (node, 1, string(scalar.anchor))
            case YAML_ALIAS_EVENT:
                let name = string(event.data.alias.anchor) ?? ""
                guard let target = anchors[name] else {
                    diagnostics.append(
                        Diagnostic(ReaderRules.yamlSyntax, "alias '*\(name)' names no anchor", at: location))
                    return nil
                }
                expandedSize += target.size
                guard expandedSize <= YAMLReader.expansionLimit else {
                    diagnostics.append(
                        Diagnostic(
                            ReaderRules.yamlSyntax,
                            "aliases expand the document beyond \(YAMLReader.expansionLimit) nodes; refused",
                            at: location))
                    return nil
                }
                var node = target.node
                node.location = location
                completed = (node, target.size, nil)
            case YAML_SEQUENCE_START_EVENT:
                let start = event.data.sequence_start
                let node = YAMLNode(kind: .sequence([]), location: location, tag: string(start.tag))
                frames.append(Frame(node: node, anchor: string(start.anchor)))
            case YAML_MAPPING_START_EVENT:
                let start = event.data.mapping_start
                let node = YAMLNode(kind: .mapping([]), location: location, tag: string(start.tag))
                frames.append(Frame(node: node, anchor: string(start.anchor)))
            case YAML_SEQUENCE_END_EVENT:
                guard var frame = frames.popLast() else { return nil }
                frame.node.kind = .sequence(frame.children)
                completed = (frame.node, frame.size, frame.anchor)
            case YAML_MAPPING_END_EVENT:
                guard var frame = frames.popLast() else { return nil }
                frame.node.kind = .mapping(buildPairs(frame.children))
                completed = (frame.node, frame.size, frame.anchor)
            default:
                continue
            }
            guard let (node, size, anchor) = completed else { continue }
            if let anchor { anchors[anchor] = (node, size) }
            if frames.isEmpty {
                root = node
                continue
            }
            frames[frames.count - 1].children.append(node)
            frames[frames.count - 1].size += size
        }
        return root
    }

    /// Pairs up keys and values, applies `<<` merges (written keys win) and reports repeats.
    private mutating func buildPairs(_ entries: [YAMLNode]) -> [YAMLPair] {
        var written: [YAMLPair] = []
        var merged: [YAMLPair] = []
        var firstSeen: [String: YAMLNode] = [:]
        for offset in stride(from: 0, to: entries.count - 1, by: 2) {
            let key = entries[offset]
            let value = entries[offset + 1]
            if case .scalar("<<", isPlain: true) = key.kind {
                let sources: [YAMLNode] = if case .sequence(let items) = value.kind { items } else { [value] }
                for source in sources {
                    for pair in source.pairs ?? [] {
                        merged.append(YAMLPair(key: pair.key, value: pair.value, isMerged: true))
                    }
                }
                continue
            }
            if let text = key.scalarText {
                if let first = firstSeen[text] {
                    diagnostics.append(
                        Diagnostic(
                            YAMLReader.duplicateKey, "key '\(text)' is defined twice; the later one wins",
                            at: key.location,
                            notes: [.init("'\(text)' was first defined here", at: first.location)]))
                } else {
                    firstSeen[text] = key
                }
            }
            written.append(YAMLPair(key: key, value: value, isMerged: false))
        }
        var result: [YAMLPair] = []
        var kept = Set<String>()
        // A key written twice keeps its last value, as PyYAML does, in the first place.
        for pair in written.reversed() {
            let text = pair.key.scalarText ?? "\(pair.key.location)"
            if kept.insert(text).inserted { result.append(pair) }
        }
        result.reverse()
        for pair in merged {
            let text = pair.key.scalarText ?? "\(pair.key.location)"
            if kept.insert(text).inserted { result.append(pair) }
        }
        return result
    }

    private mutating func reportError(_ parser: yaml_parser_t) {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown error"
        var message = problem
        if let context = parser.context.map({ String(cString: $0) }) {
            message = "\(problem) \(context)"
        }
        // Reader errors (bad bytes, control characters) carry a byte offset, not a mark.
        let place =
            parser.error == YAML_READER_ERROR
            ? location(byteOffset: Int(parser.problem_offset)) : location(parser.problem_mark)
        diagnostics.append(Diagnostic(ReaderRules.yamlSyntax, message, at: place))
    }

    /// Converts a libyaml mark (0-based line, 0-based column in characters) to a 1-based line
    /// and a 1-based UTF-8 byte column. This is the one place that conversion happens.
    mutating func location(_ mark: yaml_mark_t) -> SourceLocation {
        let line = Int(mark.line) + 1
        let characters = Int(mark.column)
        guard line <= source.lines.count else { return source.location(line: line, column: characters + 1) }
        let scalars = source.lines[line - 1].unicodeScalars
        var (counted, bytes, index) = (0, 0, scalars.startIndex)
        if let cursor, cursor.line == line, cursor.characters <= characters {
            (counted, bytes, index) = (cursor.characters, cursor.bytes, cursor.index)
        }
        while counted < characters, index < scalars.endIndex {
            bytes += UTF8.width(scalars[index])
            index = scalars.index(after: index)
            counted += 1
        }
        cursor = (line, counted, bytes, index)
        return source.location(line: line, column: bytes + (characters - counted) + 1)
    }

    /// The location of a byte offset into the text given to libyaml.
    func location(byteOffset: Int) -> SourceLocation {
        var remaining = byteOffset
        for (number, line) in source.lines.enumerated() {
            let length = line.utf8.count + 1
            if remaining < length { return source.location(line: number + 1, column: remaining + 1) }
            remaining -= length
        }
        return source.location(line: max(1, source.lines.count))
    }

    private func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}
