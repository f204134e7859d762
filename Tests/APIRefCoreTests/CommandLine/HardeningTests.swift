import APIRefDisk
import Foundation
import Testing

@testable import APIRefCore

/// Bugs found by trying apiref as a new user would; each keeps its fix.
@Suite struct HardeningTests {
    func scratch() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "apiref-hard-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    @Test func atomicWritesFollowLinksAndKeepPermissions() throws {
        let directory = try scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = directory.appendingPathComponent("real.yaml")
        try "old\n".write(to: target, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: target.path)
        let link = directory.appendingPathComponent("link.yaml")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        try AtomicFile.write(Array("new\n".utf8), to: link.path)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == target.path)
        #expect(try String(contentsOf: target, encoding: .utf8) == "new\n")
        let mode = try FileManager.default.attributesOfItem(atPath: target.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["link.yaml", "real.yaml"])
    }

    @Test func messagesShowControlCharactersInsteadOfSendingThem() {
        let diagnostic = Diagnostic(.error, rule: "r", "field 'a\nb\u{1B}[31m' is bad", at: SourceLocation(path: "x"))
        #expect(diagnostic.message == "field 'a\\u{A}b\\u{1B}[31m' is bad")
    }

    @Test func rejectsBaselinesThatAreNotBaselines() {
        let (garbage, garbageFindings) = Baseline.read(bytes: Array("{\"findings\": [".utf8), path: "b.json")
        #expect(garbage == nil)
        #expect(garbageFindings.map(\.ruleID) == ["invalid-baseline"])
        let (future, futureFindings) = Baseline.read(
            bytes: Array("{\"version\": 99, \"findings\": []}".utf8), path: "b.json")
        #expect(future == nil)
        #expect(futureFindings.map(\.message) == ["baseline version is not 1; write it again with --write-baseline"])
        let negative = "{\"version\": 1, \"findings\": [{\"fingerprint\": \"x\", \"count\": -2}]}"
        #expect(Baseline.read(bytes: Array(negative.utf8), path: "b.json").0 == nil)
    }

    @Test func reportsConfigurationValuesOfTheWrongKind() {
        let (_, findings) = Configuration.read(
            SourceText(
                path: ".apiref.yaml",
                text: """
                    rules: 5
                    root: [x]

                    """))
        #expect(
            findings.map(DiagnosticRenderer.text) == [
                ".apiref.yaml:1:8: error: 'rules' must be a mapping of rule ids to severities [invalid-config]",
                ".apiref.yaml:2:7: error: 'root' must be a folder path [invalid-config]",
            ])
    }

    @Test func sortsFlowStyleEntriesAndLeavesMultiDocumentStreamsAlone() {
        let flow = "zeta: {in: body, type: string}\nalpha: {in: path, type: string}\n"
        #expect(
            ParametersFormatter.format(SourceText(path: "p.yaml", text: flow)).text
                == "alpha: {in: path, type: string}\nzeta: {in: body, type: string}\n")
        let stream = "zeta:\n  in: body\n---\nalpha:\n  in: path\n"
        #expect(ParametersFormatter.format(SourceText(path: "p.yaml", text: stream)).text == stream)
    }

    @Test func pointsAtTheStatusFileOfRestStatusCode() {
        let project = TestProject([
            "api-ref/source/index.rst":
                "T\n=\n\n.. rest_method:: GET /a\n\n.. rest_status_code:: success status.yaml\n\n   - 200\n"
        ])
        #expect(
            project.lint() == [
                "api-ref/source/index.rst:6:31: error: file 'api-ref/source/status.yaml' named by 'rest_status_code' does not exist [missing-file]"
            ])
    }

    @Test func marksTheLastLineOfAFileWithoutAFinalNewline() {
        #expect(
            UnifiedDiff.diff("a\nb\n", "a\nc\n", path: "x", hasFinalNewline: false) == """
                --- x
                +++ x
                @@ -1,2 +1,2 @@
                 a
                -b
                \\ No newline at end of file
                +c
                \\ No newline at end of file

                """)
    }

    @Test func fmtKeepsByteOrderMarkLineEndsAndMissingFinalNewline() throws {
        let directory = try scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let source = directory.appendingPathComponent("api-ref/source")
        try FileManager.default.createDirectory(at: source, withIntermediateDirectories: true)
        let document = "\u{FEFF}T\r\n=\r\n.. rest_method:: GET /a\r\n\r\n.. rest_parameters:: p.yaml\r\n\r\n  - a : a"
        try Data(document.utf8).write(to: source.appendingPathComponent("index.rst"))
        try "a:\n  in: query\n  required: false\n  type: string\n  description: A.\n"
            .write(to: directory.appendingPathComponent("p.yaml"), atomically: true, encoding: .utf8)
        let result = try CommandLineTests().run(["fmt"], in: directory.path)
        #expect(result.status == 0)
        let written = try Data(contentsOf: source.appendingPathComponent("index.rst"))
        #expect(
            String(decoding: written, as: UTF8.self)
                == "\u{FEFF}T\r\n=\r\n\r\n.. rest_method:: GET /a\r\n\r\n.. rest_parameters:: p.yaml\r\n\r\n  - a: a")
    }
}
