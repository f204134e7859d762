import Testing

@testable import APIRefCore

@Suite struct JSONReaderTests {
    private func read(_ text: String) -> (JSONNode?, [String]) {
        let (root, diagnostics) = JSONReader.read(SourceText(path: "s.json", text: text))
        return (root, diagnostics.map(DiagnosticRenderer.text))
    }

    @Test func keepsOrderPositionsAndNumberKinds() throws {
        let (root, diagnostics) = read("{\n  \"b\": 1,\n  \"a\": [2.5, \"é\", true, null],\n  \"c\": {\"d\": 1e3}\n}\n")
        #expect(diagnostics.isEmpty)
        let members = try #require(root?.members)
        #expect(members.map(\.key) == ["b", "a", "c"])
        #expect(members[1].keyLocation == SourceLocation(path: "s.json", line: 3, column: 3))
        #expect(members[1].value.location == SourceLocation(path: "s.json", line: 3, column: 8))
        #expect(members[0].value.typeName == "integer")
        guard case .array(let items) = members[1].value.kind else {
            Issue.record("expected an array")
            return
        }
        #expect(items.map(\.typeName) == ["float", "string", "boolean", "null"])
        #expect(items[2].location.column == 20)
        #expect(members[2].value.members?.first?.value.typeName == "float")
    }

    @Test func reportsDuplicateKeysAndKeepsTheLaterValue() {
        let (root, diagnostics) = read("{\"a\": 1, \"a\": \"x\"}")
        #expect(root?.members?.map(\.value.typeName) == ["string"])
        #expect(
            diagnostics == [
                "s.json:1:10: error: key 'a' appears twice in one object; readers keep only one [json-duplicate-key]\ns.json:1:2: note: 'a' first appears here"
            ])
    }

    struct Broken: CustomTestStringConvertible, Sendable {
        let text: String
        let expected: String
        var testDescription: String { expected }
    }

    @Test(arguments: [
        Broken(
            text: "{\n    \"a\": 1\n    \"b\": 2\n}",
            expected: "s.json:3:5: error: expected ',' or '}' after the value of 'a' [json-syntax]"),
        Broken(
            text: "{\"a\": [1, 2,]}",
            expected: "s.json:1:13: error: unexpected character ']', expected a value [json-syntax]"),
        Broken(text: "{\"a\": 1,}", expected: "s.json:1:9: error: expected a key in double quotes [json-syntax]"),
        Broken(text: "{\"a\": \"x", expected: "s.json:1:9: error: unterminated string [json-syntax]"),
        Broken(text: "[1] 2", expected: "s.json:1:5: error: unexpected text after the JSON value [json-syntax]"),
        Broken(
            text: "{\"a\": tru}",
            expected: "s.json:1:7: error: unexpected character 't', expected a value [json-syntax]"),
        Broken(text: "", expected: "s.json:1:1: error: unexpected end of file, expected a value [json-syntax]"),
    ])
    func reportsSyntaxErrorsWhereTheyAre(_ broken: Broken) {
        let (root, diagnostics) = read(broken.text)
        #expect(root == nil)
        #expect(diagnostics == [broken.expected])
    }

    @Test func decodesEscapesAndSurrogatePairs() {
        let (root, _) = read(#"["a\"b\\c\/\n", "\u00e9\ud83d\ude00"]"#)
        guard case .array(let items)? = root?.kind, case .string(let first) = items[0].kind,
            case .string(let second) = items[1].kind
        else {
            Issue.record("expected two strings")
            return
        }
        #expect(first == "a\"b\\c/\n")
        #expect(second == "é😀")
    }

    @Test func limitsNesting() {
        let text = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let (root, diagnostics) = read(text)
        #expect(root == nil)
        #expect(diagnostics == ["s.json:1:513: error: arrays and objects nest deeper than 512 levels [json-syntax]"])
    }
}
