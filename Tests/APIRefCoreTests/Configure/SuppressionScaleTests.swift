import Testing

@testable import APIRefCore

/// Inline suppressions are found in time that grows with the file, not with the square of the
/// number of comments, and cover exactly the lines they covered when each comment walked its
/// construct line by line.
@Suite struct SuppressionScaleTests {
    /// The rules suppressed on each line, found as the first version did: each comment walks
    /// forward to the end of its construct.
    static func walkedCoverage(rst lines: [String]) -> [Int: Set<String>] {
        var rules: [Int: Set<String>] = [:]
        func indent(_ line: String) -> Int { line.prefix { $0 == " " || $0 == "\t" }.count }
        for (offset, line) in lines.enumerated() {
            let text = line.trimmingSpaces()
            guard text.hasPrefix(".."), text.dropFirst(2).trimmingSpaces().hasPrefix(Suppressions.marker) else {
                continue
            }
            let ids = Set(
                text.dropFirst(2).trimmingSpaces().dropFirst(Suppressions.marker.count)
                    .split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init))
            guard !ids.isEmpty else { continue }
            var first = offset + 1
            while first < lines.count, lines[first].trimmingSpaces().isEmpty { first += 1 }
            guard first < lines.count else { continue }
            var last = first
            var index = first + 1
            while index < lines.count {
                if !lines[index].trimmingSpaces().isEmpty {
                    if lines[index - 1].trimmingSpaces().isEmpty, indent(lines[index]) <= indent(lines[first]) { break }
                    last = index
                }
                index += 1
            }
            for covered in (first + 1)...(last + 1) { rules[covered, default: []].formUnion(ids) }
        }
        return rules
    }

    @Test func coversWhatWalkingEachConstructCovered() {
        // Random documents of comments, directives, indented and blank lines.
        var generator = SystemRandomNumberGenerator()
        let pieces = [
            ".. apiref: ignore a", ".. apiref: ignore b, a", "  .. apiref: ignore b", ".. rest_parameters:: p.yaml",
            "   - x: y", "      deeper", "", "", "Title", "  text", "\ttabbed", ".. apiref: ignore",
        ]
        for _ in 0..<2_000 {
            let lines = (0..<Int.random(in: 0...14, using: &generator)).map { _ in
                pieces.randomElement(using: &generator)!
            }
            let suppressions = Suppressions(rst: lines)
            let expected = Self.walkedCoverage(rst: lines)
            for line in 0...(lines.count + 2) {
                for rule in ["a", "b", "c"] {
                    let finding = Diagnostic(.error, rule: rule, "x", at: SourceLocation(path: "a.rst", line: line))
                    #expect(
                        suppressions.suppresses(finding) == (expected[line]?.contains(rule) ?? false),
                        "\(lines) line \(line) rule \(rule)")
                }
            }
        }
    }

    @Test(.timeLimit(.minutes(1))) func readsHundredsOfThousandsOfCommentsInOnePass() {
        // Each comment covers every line after it: 10^10 line visits when walked one by one.
        let lines =
            Array(repeating: ".. apiref: ignore invalid-http-method", count: 200_000) + ["", "Other", "", "Tail"]
        let suppressions = Suppressions(rst: lines)
        func suppressed(_ line: Int) -> Bool {
            suppressions.suppresses(
                Diagnostic(.error, rule: "invalid-http-method", "x", at: SourceLocation(path: "a.rst", line: line)))
        }
        #expect(!suppressed(1))
        // The last comment covers the construct after it, "Other"; nothing covers "Tail".
        #expect(suppressed(2) && suppressed(200_000) && suppressed(200_002))
        #expect(!suppressed(200_004))
        let yaml = Suppressions(
            yaml: ["a:  # apiref: ignore " + (0..<200_000).map { "r\($0)" }.joined(separator: " ")]
                + Array(repeating: "  in: body", count: 200_000))
        #expect(
            yaml.suppresses(Diagnostic(.error, rule: "r199999", "x", at: SourceLocation(path: "p.yaml", line: 200_001)))
        )
    }
}
