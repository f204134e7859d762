import Testing

@testable import APIRefCore

@Suite struct YAMLReaderTests {
    @Test func givesOneBasedLinesAndUTF8Columns() throws {
        let source = SourceText(path: "p.yaml", text: "a:\n  é: x\n  b: \"é\"\n")
        let (root, diagnostics) = YAMLReader.read(source)
        #expect(diagnostics.isEmpty)
        let inner = try #require(root?.pairs?.first?.value.pairs)
        #expect(inner[0].key.location == SourceLocation(path: "p.yaml", line: 2, column: 3))
        #expect(inner[0].value.location == SourceLocation(path: "p.yaml", line: 2, column: 7))
        #expect(inner[1].value.location == SourceLocation(path: "p.yaml", line: 3, column: 6))
    }

    @Test func resolvesAnchorsAliasesAndMergeKeys() throws {
        let source = SourceText(
            path: "p.yaml",
            text: """
                base: &base
                  in: body
                  type: string
                derived:
                  <<: *base
                  type: integer
                copy: *base
                """)
        let (root, diagnostics) = YAMLReader.read(source)
        #expect(diagnostics.isEmpty)
        let pairs = try #require(root?.pairs)
        #expect(pairs.map { $0.key.scalarText } == ["base", "derived", "copy"])
        let derived = try #require(pairs[1].value.pairs)
        #expect(derived.map { $0.key.scalarText } == ["type", "in"])
        #expect(derived.map { $0.value.scalarText } == ["integer", "body"])
        #expect(pairs[2].value.pairs?.count == 2)
    }

    @Test func reportsDuplicateKeysWithBothPlaces() {
        let source = SourceText(path: "p.yaml", text: "a:\n  in: body\na:\n  in: path\n")
        let (root, diagnostics) = YAMLReader.read(source)
        #expect(root?.pairs?.count == 1)
        #expect(root?.pairs?.first?.value.pairs?.first?.value.scalarText == "path")
        #expect(
            diagnostics.map(DiagnosticRenderer.text) == [
                "p.yaml:3:1: error: key 'a' is defined twice; the later one wins [duplicate-key]\np.yaml:1:1: note: 'a' was first defined here"
            ])
    }

    @Test func reportsSyntaxErrorsAtLibyamlsPosition() {
        let source = SourceText(path: "p.yaml", text: "a:\n  in: body\n b: [\n")
        let (root, diagnostics) = YAMLReader.read(source)
        #expect(root == nil)
        #expect(diagnostics.first?.ruleID == "yaml-syntax")
        #expect(diagnostics.first?.location.line == 3)
        #expect(diagnostics.first?.location.column == 2)
    }

    @Test func refusesAliasBombsQuickly() {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            let previous = "*a\(level - 1)"
            text += "a\(level): &a\(level) [\(Array(repeating: previous, count: 10).joined(separator: ", "))]\n"
        }
        let (root, diagnostics) = YAMLReader.read(SourceText(path: "p.yaml", text: text))
        #expect(root == nil)
        #expect(diagnostics.first?.message == "aliases expand the document beyond 1000000 nodes; refused")
    }

    @Test func readsNestingUpToTheLimit() {
        let depth = YAMLReader.nestingLimit
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let (root, diagnostics) = YAMLReader.read(SourceText(path: "p.yaml", text: text))
        #expect(diagnostics.isEmpty)
        #expect(root?.kindName == "sequence")
    }

    @Test func refusesDeeperNestingAtTheFirstLevelTooMany() {
        let depth = 100_000
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let (root, diagnostics) = YAMLReader.read(SourceText(path: "p.yaml", text: text))
        #expect(root == nil)
        #expect(
            diagnostics.map(DiagnosticRenderer.text) == [
                "p.yaml:1:1001: error: collections nest deeper than 1000 levels; refused [yaml-syntax]"
            ])
    }

    @Test func refusesDeepFlowMappingsBeforeLibyamlScansThem() {
        let depth = 10_000
        let text = "a: " + String(repeating: "{a: ", count: depth) + "b" + String(repeating: "}", count: depth) + "\n"
        let (root, diagnostics) = YAMLReader.read(SourceText(path: "p.yaml", text: text))
        #expect(root == nil)
        #expect(
            diagnostics.map(DiagnosticRenderer.text) == [
                "p.yaml:1:4004: error: collections nest deeper than 1000 levels; refused [yaml-syntax]"
            ])
    }

    @Test func convertsColumnsOnALongLineInOrder() throws {
        let items = (0..<50_000).map { _ in "é" }.joined(separator: ", ")
        let (root, diagnostics) = YAMLReader.read(SourceText(path: "p.yaml", text: "wide: [\(items)]\n"))
        #expect(diagnostics.isEmpty)
        guard case .sequence(let values)? = root?.pairs?.first?.value.kind else {
            Issue.record("expected a sequence")
            return
        }
        #expect(values.count == 50_000)
        // "wide: [" is 7 bytes; each item is "é" (2 bytes) and ", " (2 bytes).
        #expect(values.last?.location.column == 8 + 49_999 * 4)
    }

    @Test func placesControlCharactersAtTheirByte() {
        let (_, diagnostics) = YAMLReader.read(SourceText(path: "p.yaml", text: "a:\n  in: bo\u{1}dy\n"))
        #expect(
            diagnostics.map(DiagnosticRenderer.text) == [
                "p.yaml:2:9: error: control characters are not allowed [yaml-syntax]"
            ])
    }
}
