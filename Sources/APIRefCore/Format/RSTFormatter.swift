/// Rewrites an os-api-ref document the way its author meant it, touching nothing else.
///
/// - Options, `- name: key` items and admonition text that sit flush left after a directive
///   (as in a document whose indentation was lost) are indented under it by three spaces, and
///   content is parted from options by a blank line, as RST needs.
/// - Blocks that touch (a title right after a paragraph, a directive right after text) are
///   parted by one blank line; consecutive directives and comments are left as they are.
/// - `rest_parameters` items are normalised: `- name : key` becomes `- name: key`.
public enum RSTFormatter {
    public static func format(_ source: SourceText) -> String {
        let (blocks, _) = RSTReader.read(source)
        var indent: [Int: String] = [:]
        var blankBefore = Set<Int>()
        var replacements: [Int: String] = [:]
        var spans: [(start: Int, end: Int, isDirective: Bool)] = []
        for block in blocks {
            switch block {
            case .title(let title):
                let line = title.location.line ?? 0
                spans.append((title.style.isOverlined ? line - 1 : line, line + 1, false))
            case .paragraph(let lines), .literalBlock(let lines):
                spans.append((lines.first?.location.line ?? 0, lines.last?.location.line ?? 0, false))
            case .bulletList(let items):
                let first = items.first?.location.line ?? 0
                let last = items.last?.lines.last?.location.line ?? first
                spans.append((first, last, false))
            case .directive(let directive):
                let prefix = String(repeating: " ", count: directive.indent + 3)
                for line in directive.flushLeftOptionLines + directive.flushLeftContentLines { indent[line] = prefix }
                if let first = directive.flushLeftContentLines.min() { blankBefore.insert(first) }
                if directive.name == "rest_parameters" {
                    // Each line on its own, as the next run reads it once the flush-left lines
                    // are indented (an adopted list item may span several lines now).
                    let numbers = Set(directive.contentLines.compactMap(\.location.line))
                        .union(directive.flushLeftContentLines)
                    for number in numbers.sorted() { normalize(line: number, source: source, into: &replacements) }
                }
                spans.append((directive.location.line ?? 0, directive.lastLine, true))
            }
        }
        for (previous, next) in zip(spans, spans.dropFirst()) where next.start == previous.end + 1 {
            // RST allows explicit markup blocks to follow each other directly.
            if previous.isDirective && next.isDirective { continue }
            blankBefore.insert(next.start)
        }
        var output: [String] = []
        for (offset, line) in source.lines.enumerated() {
            let number = offset + 1
            if blankBefore.contains(number), let last = output.last, !last.trimmingSpaces().isEmpty {
                output.append("")
            }
            var text = replacements[number] ?? line
            if let prefix = indent[number] { text = prefix + text.trimmingLeadingSpaces() }
            output.append(text)
        }
        let formatted = output.joined(separator: "\n") + (output.isEmpty ? "" : "\n")
        return formatted == source.text ? source.text : formatted
    }

    /// Rewrites line `number` from `- name : key` to `- name: key`, keeping its indentation.
    private static func normalize(line number: Int, source: SourceText, into replacements: inout [Int: String]) {
        guard number >= 1, number <= source.lines.count else { return }
        let original = source.lines[number - 1]
        let indentation = original.prefix { $0 == " " || $0 == "\t" }
        let text = String(original.dropFirst(indentation.count)).trimmed(trailing: " \t\r")
        guard let item = ParameterItemReader.parse(RSTTextLine(text, at: source.location(line: number, column: 1)))
        else { return }
        let normalized = indentation + "- \(item.name): \(item.key)"
        if normalized != original { replacements[number] = String(normalized) }
    }
}
