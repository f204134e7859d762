import Testing

@testable import APIRefCore

@Suite struct RSTReaderTests {
    private func read(_ text: String) -> (blocks: [RSTBlock], diagnostics: [String]) {
        let (blocks, diagnostics) = RSTReader.read(SourceText(path: "a.inc", text: text))
        return (blocks, diagnostics.map(DiagnosticRenderer.text))
    }

    private func directives(_ blocks: [RSTBlock]) -> [RSTDirective] {
        blocks.compactMap { if case .directive(let directive) = $0 { directive } else { nil } }
    }

    @Test func readsTitlesWithTheirStyles() {
        let (blocks, diagnostics) = read(
            """
            ===========
             Overlined
            ===========

            Underlined
            ~~~~~~~~~~
            """)
        #expect(diagnostics.isEmpty)
        guard case .title(let first) = blocks[0], case .title(let second) = blocks[1] else {
            Issue.record("expected two titles, got \(blocks)")
            return
        }
        #expect(first.text == "Overlined")
        #expect(first.style == RSTTitle.Style(character: "=", isOverlined: true))
        #expect(first.location == SourceLocation(path: "a.inc", line: 2, column: 2))
        #expect(second.text == "Underlined")
        #expect(second.style == RSTTitle.Style(character: "~", isOverlined: false))
    }

    @Test func readsDirectiveArgumentsOptionsAndContent() {
        let (blocks, _) = read(
            """
            .. literalinclude:: ../../doc/api_samples/a.json
               :language: javascript

            .. rest_parameters:: parameters.yaml

              - server_id: server_id_path
              - name : server_name
            """)
        let found = directives(blocks)
        #expect(found.map(\.name) == ["literalinclude", "rest_parameters"])
        #expect(found[0].argumentText == "../../doc/api_samples/a.json")
        #expect(found[0].arguments[0].location == SourceLocation(path: "a.inc", line: 1, column: 21))
        #expect(found[0].options.map(\.name) == ["language"])
        #expect(found[0].options.map(\.value) == ["javascript"])
        #expect(found[1].contentLines.map(\.text) == ["- server_id: server_id_path", "- name : server_name"])
        #expect(found[1].contentLines[1].location == SourceLocation(path: "a.inc", line: 7, column: 3))
    }

    @Test func readsMethodAndPathOnTheNextLine() {
        let (blocks, _) = read(
            """
            .. rest_method::
               POST /v2/metadefs/namespaces/{namespace_name}/resource_types
            """)
        #expect(
            directives(blocks).first?.argumentText == "POST /v2/metadefs/namespaces/{namespace_name}/resource_types")
    }

    @Test func dropsCommentsAndKeepsOtherDirectivesOpaque() {
        let (blocks, _) = read(
            """
            .. -*- rst -*-
            .. needs:body_verification

            .. note:: Some text
               continues here.

            Paragraph.
            """)
        let found = directives(blocks)
        #expect(found.map(\.name) == ["note"])
        #expect(found[0].contentLines.map(\.text) == ["continues here."])
        #expect(blocks.count == 2)
    }

    @Test func readsFlushLeftContentAndSaysWhereItGuessed() {
        let (blocks, diagnostics) = read(
            """
            .. rest_parameters:: parameters.yaml
            - agent: agent
            - os: os
            Response
            --------
            .. literalinclude:: sample.json
            :language: javascript
            """)
        let found = directives(blocks)
        #expect(found[0].contentLines.map(\.text) == ["- agent: agent", "- os: os"])
        #expect(found[1].options.map(\.name) == ["language"])
        #expect(
            diagnostics == [
                "a.inc:2:1: warning: lines 2-3 after directive 'rest_parameters' are not indented; read as its content: indent them by 3 spaces [unindented-directive-content]",
                "a.inc:7:1: warning: line 7 after directive 'literalinclude' is not indented; read as its content: indent it by 3 spaces [unindented-directive-content]",
            ])
    }

    @Test func adoptsAFlushLeftListAfterABlankLine() {
        let (blocks, diagnostics) = read(
            """
            .. rest_parameters:: parameters.yaml

            - agent: agent
            """)
        #expect(directives(blocks).first?.contentLines.map(\.text) == ["- agent: agent"])
        #expect(diagnostics.count == 1)
    }

    @Test func readsLiteralBlocksAfterDoubleColon() {
        let (blocks, _) = read(
            """
            Example::

                GET /servers

            After.
            """)
        #expect(blocks.count == 3)
        guard case .literalBlock(let lines) = blocks[1] else {
            Issue.record("expected a literal block")
            return
        }
        #expect(lines.map(\.text) == ["GET /servers"])
    }

    @Test func acceptsTabsAfterTheMarkerAndTheDoubleColon() {
        let (blocks, _) = read(".. rest_method::\tGET /servers\n\n..\tnote:: text\n")
        let found = directives(blocks)
        #expect(found.map(\.name) == ["rest_method", "note"])
        #expect(found.first?.argumentText == "GET /servers")
    }

    @Test func givesContentLinesTheirOwnByteColumns() {
        let (blocks, _) = read(".. rest_parameters:: p.yaml\n\n\t- a: b\n  \t- c: d\n")
        let lines = directives(blocks).first?.contentLines ?? []
        #expect(lines.map(\.text) == ["- a: b", "- c: d"])
        #expect(lines.map(\.location.column) == [2, 4])
    }
}
