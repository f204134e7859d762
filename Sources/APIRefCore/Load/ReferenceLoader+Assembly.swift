/// Turns a document's blocks, includes expanded, into groups and operations.
///
/// Section levels go by the order in which adornment styles first appear. Top-level sections
/// are groups; a section holding a `rest_method` is an operation; its subsections decide
/// whether lists and samples belong to the request or the response ("Request", "Response
/// Parameters", "Response Example"...), and subsections with neutral titles ("Parameters",
/// "Example") inherit the part of the section above them.
extension ReferenceLoader {
    /// The most `rest_parameters` items one operation keeps.
    public static let itemLimit = 1_000

    mutating func assemble(_ blocks: [RSTBlock], context: DocumentContext) -> Document {
        var state = AssemblyState()
        var document = Document(
            path: displayPath(context.path), title: nil, groups: [], includedFiles: [], looseParameterLists: [])
        for block in blocks {
            switch block {
            case .title(let title):
                state.enter(title, document: &document)
            case .directive(let directive):
                handle(directive, state: &state, document: &document, context: context)
                state.lastParagraph = nil
            case .paragraph(let lines):
                if state.operation != nil {
                    let (codes, diagnostics) = StatusCodeReader.read(paragraph: lines)
                    state.operation?.statusCodes += codes
                    diagnostics.forEach { sink.report($0) }
                }
                state.lastParagraph = lines.map(\.text).joined(separator: " ")
            case .bulletList, .literalBlock:
                state.lastParagraph = nil
            }
        }
        state.closeOperation(into: &document)
        return document
    }

    private mutating func handle(
        _ directive: RSTDirective, state: inout AssemblyState, document: inout Document, context: DocumentContext
    ) {
        switch directive.name {
        case "rest_method":
            state.closeOperation(into: &document)
            state.operation = makeOperation(directive, state: state)
            state.operationLevel = state.sectionLevel
            state.parts = []
            state.partCount = 0
            state.itemLimitReported = false
        case "rest_parameters":
            var list = parameterList(directive, direction: state.direction ?? .request, context: context)
            list.microversions = state.partMicroversions
            list.part = state.partTitle
            if let operation = state.operation {
                // Inferring body trees compares every item with every other: an operation
                // keeps at most `itemLimit` items (real ones list up to some 110).
                let earlier = operation.parameterLists.reduce(0) { $0 + $1.items.count }
                if earlier + list.items.count > Self.itemLimit {
                    let kept = max(0, Self.itemLimit - earlier)
                    if !state.itemLimitReported {
                        state.itemLimitReported = true
                        sink.report(
                            Diagnostic(
                                ReaderRules.rstSyntax,
                                "the operation lists more than \(Self.itemLimit) parameters; the rest are not read",
                                at: list.items[kept].location))
                    }
                    list.items = Array(list.items.prefix(kept))
                }
                state.operation?.parameterLists.append(list)
            } else {
                document.looseParameterLists.append(list)
            }
        case "rest_status_code":
            checkStatusFile(directive, context: context)
            let (codes, diagnostics) = StatusCodeReader.read(directive: directive)
            diagnostics.forEach { sink.report($0) }
            state.operation?.statusCodes += codes
        case "literalinclude":
            guard var sample = sample(directive, state: state, context: context) else { return }
            sample.partMicroversions = state.partMicroversions
            sample.part = state.partTitle
            if state.operation != nil {
                state.operation?.samples.append(sample)
            } else {
                document.looseSamples.append(sample)
            }
        default:
            break
        }
    }

    private mutating func makeOperation(_ directive: RSTDirective, state: AssemblyState) -> Operation {
        // The method and URL may sit on the directive line or on the next one (glance);
        // nova adds `max_version: 2.87` lines.
        var words: [(String, SourceLocation)] = []
        var range = MicroversionRange.all
        var rangeLocation: SourceLocation?
        for line in directive.arguments + directive.contentLines {
            if RSTReader.isMicroversionLine(line.text) {
                let parts = line.text.split(separator: ":", maxSplits: 1).map { $0.trimmingSpaces() }
                let written = parts.count == 2 ? parts[1] : ""
                var valueLocation = line.location
                valueLocation.column = line.location.column.map { $0 + line.text.utf8.count - written.utf8.count }
                guard let version = Microversion(written) else {
                    sink.report(
                        Diagnostic(
                            InvalidMicroversionRule.descriptor,
                            "'\(parts[0])' of 'rest_method' is '\(written)'; expected a version such as '2.1'",
                            at: valueLocation))
                    continue
                }
                if parts[0] == "min_version" { range.minimum = version } else { range.maximum = version }
                rangeLocation = rangeLocation ?? valueLocation
                continue
            }
            words += Self.words(of: line)
        }
        if let minimum = range.minimum, let maximum = range.maximum, maximum < minimum, let rangeLocation {
            sink.report(
                Diagnostic(
                    InvertedMicroversionRangeRule.descriptor,
                    "operation has min_version \(minimum) above max_version \(maximum)", at: rangeLocation))
        }
        if words.count > 2 {
            sink.report(
                Diagnostic(
                    InvalidPathRule.descriptor,
                    "'rest_method' has text after its path: '\(words[2...].map(\.0).joined(separator: " "))'",
                    at: words[2].1))
        }
        let method = words.first?.0 ?? ""
        let methodLocation = words.first?.1 ?? directive.location
        let path = words.count > 1 ? words[1] : ("", methodLocation)
        let section = state.section
        return Operation(
            title: section?.text ?? "", location: section?.location ?? directive.location, method: method,
            path: PathTemplate(path.0, at: path.1), methodLocation: methodLocation, microversions: range,
            parameterLists: [], statusCodes: [], samples: [])
    }

    /// The words of a line split at spaces and tabs, each with its location; at most 256,
    /// which fill more than a message shows (a line of millions of words would otherwise
    /// take seconds).
    private static func words(of line: RSTTextLine) -> [(String, SourceLocation)] {
        var result: [(String, SourceLocation)] = []
        var current: [UInt8] = []
        var start = 0
        for (offset, byte) in line.text.utf8.enumerated() {
            if result.count >= 256 { break }
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") {
                if !current.isEmpty {
                    var location = line.location
                    location.column = line.location.column.map { $0 + start }
                    result.append((String(decoding: current, as: UTF8.self), location))
                    current = []
                }
                start = offset + 1
            } else {
                current.append(byte)
            }
        }
        if !current.isEmpty {
            var location = line.location
            location.column = line.location.column.map { $0 + start }
            result.append((String(decoding: current, as: UTF8.self), location))
        }
        return result
    }

    private mutating func parameterList(
        _ directive: RSTDirective, direction: Direction, context: DocumentContext
    ) -> ParameterList {
        let (items, diagnostics) = ParameterItemReader.read(directive)
        diagnostics.forEach { sink.report($0) }
        let name = directive.arguments.first?.text ?? ""
        let location = directive.arguments.first?.location ?? directive.location
        var resolved: String?
        if name.isEmpty {
            sink.report(
                Diagnostic(ReaderRules.rstSyntax, "directive 'rest_parameters' names no parameters file", at: location))
        } else if let path = cachedParameterFile(name, context: context, at: location) {
            loadParameterFile(at: path)
            resolved = displayPath(path)
        }
        return ParameterList(
            fileName: name, resolvedPath: resolved, direction: direction, location: location, items: items)
    }

    private mutating func cachedParameterFile(_ name: String, context: DocumentContext, at location: SourceLocation)
        -> String?
    {
        let key = name + "\u{0}" + context.directory
        if let known = parameterFileLookups[key] {
            if known == nil { _ = findParameterFile(name, context: context, at: location) }
            return known
        }
        let found = findParameterFile(name, context: context, at: location)
        parameterFileLookups[key] = .some(found)
        return found
    }

    /// Finds the parameters file a `rest_parameters` directive names: in the document's folder,
    /// then in each parent up to the project root; a leading `/` names the source root.
    private mutating func findParameterFile(_ name: String, context: DocumentContext, at location: SourceLocation)
        -> String?
    {
        let direct = context.resolve(name)
        guard isConfined(direct, referencedAt: location, directive: "rest_parameters") else { return nil }
        let candidates =
            name.hasPrefix("/")
            ? [direct] : layout.parameterFileCandidates(name, documentDirectory: context.directory)
        if let found = candidates.first(where: { files.kind(of: $0) != .missing }) {
            return found
        }
        sink.report(
            Diagnostic(
                ReaderRules.missingFile,
                "parameters file '\(name)' named by 'rest_parameters' does not exist",
                at: location,
                notes: [
                    .init(
                        "looked in '\(displayPath(context.directory))' and its parents up to '\(displayPath(layout.root))'"
                    )
                ]))
        return nil
    }

    private mutating func checkStatusFile(_ directive: RSTDirective, context: DocumentContext) {
        let words = directive.argumentText.split(separator: " ")
        guard words.count >= 2 else { return }
        var location = directive.arguments.first?.location ?? directive.location
        if let first = directive.arguments.first, let offset = first.text.utf8.firstIndex(of: UInt8(ascii: " ")) {
            // Point at the file name, after `success ` or `error `.
            let skip = first.text.utf8.distance(from: first.text.utf8.startIndex, to: offset)
            let spaces = first.text.utf8[offset...].prefix { $0 == UInt8(ascii: " ") }.count
            location.column = location.column.map { $0 + skip + spaces }
        }
        let name = String(words[1])
        let direct = context.resolve(name)
        guard isConfined(direct, referencedAt: location, directive: "rest_status_code") else { return }
        let candidates =
            name.hasPrefix("/") ? [direct] : layout.parameterFileCandidates(name, documentDirectory: context.directory)
        if !candidates.contains(where: { files.kind(of: $0) == .file }) {
            sink.report(.missingFile(displayPath(direct), directive: "rest_status_code", at: location))
        }
    }

    private mutating func sample(_ directive: RSTDirective, state: AssemblyState, context: DocumentContext)
        -> SampleReference?
    {
        let location = directive.arguments.first?.location ?? directive.location
        guard let written = directive.arguments.first?.text, !written.isEmpty else {
            sink.report(Diagnostic(ReaderRules.rstSyntax, "directive 'literalinclude' names no file", at: location))
            return nil
        }
        let target = context.resolve(written)
        guard isConfined(target, referencedAt: location, directive: "literalinclude") else { return nil }
        switch files.kind(of: target) {
        case .file:
            break
        case .missing:
            sink.report(.missingFile(displayPath(target), directive: "literalinclude", at: location))
        case .directory, .other:
            sink.report(
                .unreadableFile(
                    "'\(displayPath(target))' named by 'literalinclude' is not a regular file", at: location))
        }
        var options: [String: String] = [:]
        for option in directive.options { options[option.name] = option.value }
        return SampleReference(
            writtenPath: written, resolvedPath: displayPath(target), absolutePath: target,
            direction: state.direction ?? Self.direction(ofSampleNamed: written), location: location, options: options,
            caption: state.lastParagraph)
    }

    /// The direction a sample's file name suggests (`-req`, `-resp`, `request`, `response`).
    static func direction(ofSampleNamed path: String) -> Direction? {
        let name = Paths.fileName(of: path).lowercased()
        if name.contains("-resp") || name.contains("response") { return .response }
        if name.contains("-req") || name.contains("request") { return .request }
        return nil
    }
}

/// What the assembler knows at the current block.
private struct AssemblyState {
    var styles: [RSTTitle.Style] = []
    var section: RSTTitle?
    var sectionLevel = 0
    var operation: Operation?
    var operationLevel = 0
    /// The subsections open inside the current operation, with the part each one means and
    /// the microversions its title states.
    var parts: [(level: Int, direction: Direction?, range: MicroversionRange, title: String)] = []
    var lastParagraph: String?
    /// Whether the current operation's items were cut at `ReferenceLoader.itemLimit`.
    var itemLimitReported = false

    var direction: Direction? {
        parts.last?.direction
    }

    var partMicroversions: MicroversionRange {
        parts.last?.range ?? .all
    }

    /// The outermost open subsection of the operation, numbered so two parts with one title
    /// (keystone's two "Response" steps) stay apart: `2 Response`.
    var partTitle: String? {
        parts.first.map { "\(partCount) \($0.title)" }
    }

    /// How many top-level subsections the current operation has opened.
    var partCount = 0

    mutating func enter(_ title: RSTTitle, document: inout Document) {
        var level = styles.firstIndex(of: title.style) ?? styles.count
        if level == styles.count { styles.append(title.style) }
        if document.title == nil { document.title = title.text }
        if operation != nil, level > operationLevel {
            parts.removeAll { $0.level >= level }
            let range = MicroversionRange.stated(inTitle: title.text) ?? parts.last?.range ?? .all
            if parts.allSatisfy({ $0.level >= level }) { partCount += 1 }
            parts.append((level, Self.direction(ofTitle: title.text) ?? parts.last?.direction, range, title.text))
            lastParagraph = nil
            return
        }
        closeOperation(into: &document)
        if level == 0 {
            document.groups.append(Group(title: title.text, location: title.location, operations: []))
        }
        level = max(level, 0)
        section = title
        sectionLevel = level
        lastParagraph = nil
    }

    mutating func closeOperation(into document: inout Document) {
        guard var finished = operation else { return }
        operation = nil
        parts = []
        if finished.title.isEmpty { finished.title = finished.method + " " + finished.path.text }
        if document.groups.isEmpty {
            document.groups.append(Group(title: document.title ?? "", location: finished.location, operations: []))
        }
        document.groups[document.groups.count - 1].operations.append(finished)
    }

    /// The part a subsection title names: "Request Example" is the request, "Parameters" neither.
    static func direction(ofTitle title: String) -> Direction? {
        let lowered = title.lowercased()
        let request = lowered.contains("request")
        let response = lowered.contains("response")
        if request == response { return nil }
        return request ? .request : .response
    }
}
