internal import CLibYAML

/// Reads YAML text with libyaml into `YAMLNode` trees with 1-based line and UTF-8 column.
///
/// Only the first document of a stream is read. Anchors, aliases and `<<` merge keys are
/// resolved; duplicate keys, which libyaml accepts silently, are reported as `duplicate-key`.
/// Errors that stop parsing are reported as `yaml-syntax` at the position libyaml gives.
public enum YAMLReader {
    /// Aliases may expand a document to at most this many nodes (counting repeats); a larger
    /// expansion ("billion laughs") is refused rather than walked.
    public static let expansionLimit = 1_000_000

    /// Collections may nest at most this deep. libyaml's time grows with the square of the
    /// depth, so a deeper document is refused as soon as the limit is passed.
    public static let nestingLimit = 1_000

    public static let duplicateKey = RuleDescriptor(
        "duplicate-key", .error, "a YAML mapping names the same key twice; the later one wins")

    /// Reads the first document of `source`.
    /// - Returns: the root node (`nil` for an empty file or one that could not be parsed)
    ///   and the findings made while reading.
    public static func read(_ source: SourceText) -> (root: YAMLNode?, diagnostics: [Diagnostic]) {
        var builder = TreeBuilder(source: source)
        var bytes = Array(source.text.utf8)
        if bytes.isEmpty { return (nil, []) }
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
            diagnostics.append(Diagnostic(ReaderRules.yamlSyntax, "libyaml could not start", at: source.location(line: 1)))
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
                diagnostics.append(Diagnostic(
                    ReaderRules.yamlSyntax, "collections nest deeper than \(YAMLReader.nestingLimit) levels; refused",
                    at: location(event.start_mark)))
                return nil
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
                    diagnostics.append(Diagnostic(ReaderRules.yamlSyntax, "alias '*\(name)' names no anchor", at: location))
                    return nil
                }
                expandedSize += target.size
                guard expandedSize <= YAMLReader.expansionLimit else {
                    diagnostics.append(Diagnostic(
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
                    diagnostics.append(Diagnostic(
                        YAMLReader.duplicateKey, "key '\(text)' is defined twice; the later one wins", at: key.location,
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
        diagnostics.append(Diagnostic(ReaderRules.yamlSyntax, message, at: location(parser.problem_mark)))
    }

    /// Converts a libyaml mark (0-based line, 0-based column in characters) to a 1-based line
    /// and a 1-based UTF-8 byte column. This is the one place that conversion happens.
    private func location(_ mark: yaml_mark_t) -> SourceLocation {
        let line = Int(mark.line) + 1
        let characters = Int(mark.column)
        guard line <= source.lines.count else { return source.location(line: line, column: characters + 1) }
        let text = source.lines[line - 1].unicodeScalars
        let prefix = text.prefix(characters)
        let bytes = prefix.reduce(0) { $0 + UTF8.width($1) }
        return source.location(line: line, column: bytes + max(0, characters - prefix.count) + 1)
    }

    private func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}
