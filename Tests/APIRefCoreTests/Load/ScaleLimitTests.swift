import Testing

@testable import APIRefCore

/// Input that cost the square of its size, or memory without bound, before a limit or a fix;
/// each test is sized so the old code would not finish within its time limit.
@Suite struct ScaleLimitTests {
    /// A document with one operation whose `rest_method` line is `method` and whose
    /// response part holds `extra` (appended after the sample).
    private func document(method: String = "GET /things/{thing_id}", extra: String = "") -> String {
        """
        Things
        ======

        Show Thing
        ----------

        .. rest_method:: \(method)

        Request
        ~~~~~~~

        .. rest_parameters:: parameters.yaml

           - thing_id: thing_id

        \(extra)
        """
    }

    private let parameters = """
        thing_id:
          in: path
          required: true
          type: string
          description: The thing.
        name:
          in: body
          required: true
          type: string
          description: The name.

        """

    @Test(.timeLimit(.minutes(1))) func capsMessagesWithoutWalkingAllTheirInput() {
        let raw = String(repeating: "x", count: 1_000_000)
        var messages = Set<String>()
        // 20,000 findings quoting a megabyte each: 2 * 10^10 characters walked before.
        for _ in 0..<20_000 {
            messages.insert(Diagnostic(.error, rule: "r", "value '\(raw)'", at: SourceLocation(path: "a")).message)
        }
        #expect(messages == ["value '" + String(repeating: "x", count: Diagnostic.messageLimit - 7) + "…"])
    }

    @Test(.timeLimit(.minutes(1))) func refusesRestMethodPathsLongerThanTheLimit() {
        // 200,000 placeholders: one finding quoting the whole path per placeholder before.
        let long = "/things" + (0..<200_000).map { "/{p\($0)}" }.joined()
        let project = TestProject([
            "api-ref/source/index.rst": document(method: "GET " + long), "api-ref/source/parameters.yaml": parameters,
        ])
        #expect(
            project.lint() == [
                "api-ref/source/index.rst:7:22: error: 'rest_method' path is longer than 2048 bytes; not read [invalid-path]",
                "api-ref/source/parameters.yaml:6:1: warning: parameter 'name' is defined but no document uses it [unused-parameter]",
            ])
        // A path of exactly the limit is read, placeholders (each named apart) and all.
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        let count = (PathTemplate.lengthLimit - 2) / 5
        let names = (0..<count).map { String([letters[$0 / 26], letters[$0 % 26]]) }
        let exact =
            "/t" + names.map { "/{\($0)}" }.joined()
            + String(repeating: "x", count: (PathTemplate.lengthLimit - 2) % 5)
        let path = PathTemplate(exact, at: SourceLocation(path: "a", line: 1, column: 1))
        #expect(exact.utf8.count == PathTemplate.lengthLimit)
        #expect(!path.isTooLong && path.problem == nil && path.placeholders.count == 409)
    }

    @Test(.timeLimit(.minutes(1))) func keepsRestMethodMessagesWhenALineHasMillionsOfWords() {
        let words = String(repeating: " b", count: 1_000_000)
        let project = TestProject([
            "api-ref/source/index.rst": document(method: "GET /things/{thing_id}" + words),
            "api-ref/source/parameters.yaml": parameters,
        ])
        let expected =
            "api-ref/source/index.rst:7:41: error: "
            + String(
                ("'rest_method' has text after its path: '" + String(repeating: "b ", count: 300)).utf8.prefix(500))!
            + "… [invalid-path]"
        #expect(project.lint().first == expected)
    }

    @Test(.timeLimit(.minutes(1))) func readsStatusStatementsOfManyLinesInOnePass() {
        // Each continuation line rescanned the whole statement before: 200,000 lines of it.
        let lines = ["Normal response codes: 200,"] + Array(repeating: "201,", count: 200_000) + ["202"]
        let paragraph = lines.enumerated().map {
            RSTTextLine($0.element, at: SourceLocation(path: "a.inc", line: $0.offset + 1, column: 1))
        }
        let (codes, diagnostics) = StatusCodeReader.read(paragraph: paragraph)
        #expect(codes.count == StatusCodeReader.codeLimit)
        #expect(codes.first?.location == SourceLocation(path: "a.inc", line: 1, column: 24))
        #expect(codes.last?.location == SourceLocation(path: "a.inc", line: 1_000, column: 1))
        #expect(
            diagnostics.map(DiagnosticRenderer.text) == [
                "a.inc:1001:1: error: the statement lists more than 1000 status codes; the rest are not read [invalid-status-code]"
            ])
    }

    @Test func placesCodesOfAStatementWrappedOverIndentedLines() {
        let paragraph = [
            RSTTextLine("Normal response codes: 200, 201,", at: SourceLocation(path: "a.inc", line: 3, column: 1)),
            RSTTextLine("202 (microversions", at: SourceLocation(path: "a.inc", line: 4, column: 4)),
            RSTTextLine("2.1 - 2.3), 204", at: SourceLocation(path: "a.inc", line: 5, column: 4)),
        ]
        let (codes, diagnostics) = StatusCodeReader.read(paragraph: paragraph)
        #expect(diagnostics.isEmpty)
        #expect(codes.map(\.code) == [200, 201, 202, 204])
        #expect(
            codes.map(\.location.description) == ["a.inc:3:24", "a.inc:3:29", "a.inc:4:4", "a.inc:5:16"])
    }

    @Test func refusesJSONWithMoreValuesThanTheLimit() {
        let text = "[" + String(repeating: "0,", count: JSONReader.valueLimit) + "0]"
        let (root, diagnostics) = JSONReader.read(bytes: Array(text.utf8), path: "s.json")
        #expect(root == nil)
        // The array is the first value; its 1,000,000th element the one too many.
        #expect(
            diagnostics.map(DiagnosticRenderer.text) == [
                "s.json:1:2000000: error: the file holds more than 1000000 values; refused [json-syntax]"
            ])
    }

    @Test func refusesYAMLWithMoreNodesThanTheLimit() {
        let text = "a: [" + String(repeating: "0, ", count: YAMLReader.expansionLimit) + "0]\n"
        let (root, diagnostics) = YAMLReader.read(SourceText(path: "p.yaml", text: text))
        #expect(root == nil)
        // The mapping, `a` and the sequence are the first three nodes.
        #expect(
            diagnostics.map(DiagnosticRenderer.text) == [
                "p.yaml:1:2999996: error: the document holds more than 1000000 nodes; refused [yaml-syntax]"
            ])
    }

    @Test func refusesFilesAndExpansionsOfTooManyLines() {
        let many = String(repeating: "\n", count: ReferenceLoader.lineLimit + 1)
        let tooLong = TestProject([
            "api-ref/source/index.rst": many, "api-ref/source/parameters.yaml": "a:\n  in: body\n" + many,
        ])
        #expect(
            tooLong.lint() == [
                "api-ref/source/index.rst: error: 'api-ref/source/index.rst' has more than 500000 lines; not read [unreadable-file]",
                "api-ref/source/parameters.yaml: error: 'api-ref/source/parameters.yaml' has more than 500000 lines; not read [unreadable-file]",
            ])
        // Each file is short enough; the document they expand to is not.
        let half = String(repeating: "\n", count: ReferenceLoader.lineLimit / 2 + 1)
        let expanding = TestProject([
            "api-ref/source/index.rst": "Title\n=====\n\n.. include:: a.inc\n.. include:: b.inc\n.. include:: c.inc\n",
            "api-ref/source/a.inc": half, "api-ref/source/b.inc": half, "api-ref/source/c.inc": "C\n",
        ])
        #expect(
            expanding.lint() == [
                "api-ref/source/index.rst:5:14: error: the document expands to more than 500000 lines; 'b.inc' and later includes not read [include-cycle]"
            ])
    }

    @Test(.timeLimit(.minutes(1))) func stopsExpandingADocumentPastTheByteLimit() {
        // A 6 MB line included 2,000 times: 12 GB to assemble before.
        let includes = String(repeating: ".. include:: a.inc\n", count: 2_000)
        let project = TestProject([
            "api-ref/source/index.rst": "Title\n=====\n\n" + includes,
            "api-ref/source/a.inc": String(repeating: "x", count: 6_000_000) + "\n",
        ])
        let findings = project.lint()
        #expect(
            findings.filter { $0.hasSuffix("[include-cycle]") } == [
                "api-ref/source/index.rst:6:14: error: the document expands to more than 16 MiB; 'a.inc' and later includes not read [include-cycle]"
            ])
        // Beside it, a duplicate-include warning for each repeat.
        #expect(findings.count == 2_000)
    }

    @Test func countsLinesAsTheSourceTextSplitsThem() {
        for text in ["", "a", "a\n", "a\r\nb", "a\rb\r", "\n\n", "a\r\n\r\nb\n", "\r\r\n\n"] {
            let bytes = Array(text.utf8)
            #expect(SourceText.lineCount(of: bytes) == SourceText(path: "t", bytes: bytes).lines.count, "\(text)")
        }
    }

    @Test(.timeLimit(.minutes(1))) func keepsAtMostTheItemLimitPerOperation() throws {
        // 20,000 items of one name: every item compared with every other when building the
        // body tree before.
        let items = String(repeating: "   - name: name\n", count: 20_000)
        let project = TestProject([
            "api-ref/source/index.rst": document(
                extra: "Response\n~~~~~~~~\n\n.. rest_parameters:: parameters.yaml\n\n" + items
                    + "\n.. literalinclude:: samples/thing-show-resp.json\n"),
            "api-ref/source/parameters.yaml": parameters,
            "api-ref/source/samples/thing-show-resp.json": "{\"name\": \"a\"}\n",
        ])
        let (reference, diagnostics) = project.read()
        #expect(
            diagnostics.map(DiagnosticRenderer.text) == [
                "api-ref/source/index.rst:1020:6: error: the operation lists more than 1000 parameters; the rest are not read [rst-syntax]"
            ])
        let operation = try #require(reference.documents.first?.operations.first)
        #expect(operation.parameterLists.map(\.items.count) == [1, 999])
        let (library, _) = SampleLibrary.load(reference, files: project.files)
        #expect(SampleValidator.validate(reference, samples: library).diagnostics.isEmpty)
    }
}
