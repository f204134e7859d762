import Foundation
import Testing

@testable import APIRefCore
@testable import APIRefDisk

@Suite struct InputTests {
    @Test func reportsAFolderWithoutDocuments() {
        let project = TestProject(["api-ref/source/notes.txt": "nothing here\n"])
        #expect(
            project.lint() == [
                "api-ref/source: error: folder has no .rst or .inc document and no parameters file [no-documents]"
            ])
    }

    @Test func doesNotJudgeUnusedParametersOfAnIncReadAlone() {
        let project = TestProject([
            "api-ref/source/a.inc":
                "A\n=\n\n.. rest_method:: GET /a\n\n.. rest_parameters:: parameters.yaml\n\n  - a: a\n",
            "parameters.yaml": "a:\n  description: A.\n  in: query\n  required: false\n  type: string\n"
                + "b:\n  description: B.\n  in: query\n  required: false\n  type: string\n",
        ])
        #expect(project.lint(["api-ref/source/a.inc"]) == [])
        #expect(
            project.lint(["api-ref/source"]) == [
                "parameters.yaml:6:1: warning: parameter 'b' is defined but no document uses it [unused-parameter]"
            ])
    }

    @Test func leavesStatusFilesGivenAsInputsAlone() {
        let project = TestProject(["api-ref/source/status.yaml": "200:\n  default: OK.\n404:\n  default: Gone.\n"])
        let (reference, diagnostics) = project.read(["api-ref/source/status.yaml"])
        #expect(diagnostics.isEmpty)
        #expect(reference.parameterFiles.isEmpty)
    }

    @Test func stopsIncludesThatMultiplyAtEveryLevel() {
        var files = ["api-ref/source/index.rst": ".. include:: e0.inc\n"]
        for level in 0..<30 {
            files["api-ref/source/e\(level).inc"] = ".. include:: e\(level + 1).inc\n.. include:: e\(level + 1).inc\n"
        }
        files["api-ref/source/e30.inc"] = "Leaf\n====\n"
        let findings = TestProject(files).lint()
        #expect(
            findings.filter { $0.hasSuffix("[include-cycle]") } == [
                "api-ref/source/e29.inc:2:14: error: the document expands more than 2000 includes; 'e30.inc' and later ones not read [include-cycle]"
            ])
    }

    @Test func cutsVeryLongMessages() {
        let long = String(repeating: "x", count: 10_000)
        let diagnostic = Diagnostic(.error, rule: "r", "value '\(long)'", at: SourceLocation(path: "a"))
        #expect(diagnostic.message.utf8.count <= Diagnostic.messageLimit + "…".utf8.count)
        #expect(diagnostic.message.hasSuffix("…"))
    }

    @Test func refusesDocumentsThatLinkOutsideTheRoot() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("apiref-links-\(UUID().uuidString)")
        let source = base.appendingPathComponent("project/api-ref/source")
        try FileManager.default.createDirectory(at: source, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: base) }
        try "Secret\n======\n".write(to: base.appendingPathComponent("secret.rst"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(
            at: source.appendingPathComponent("evil.rst"), withDestinationURL: base.appendingPathComponent("secret.rst")
        )
        let disk = DiskFileProvider()
        let root = disk.resolvingLinks(base.path) + "/project"
        let inputs = InputCollector(files: disk).collect([root + "/api-ref/source"])
        let (reference, diagnostics) = ReferenceReader.read(inputs, files: disk, root: nil) {
            Paths.relative($0, to: root)
        }
        #expect(reference.documents.isEmpty)
        #expect(diagnostics.map(\.ruleID) == ["outside-root"])
        #expect(diagnostics.first?.location.path == "api-ref/source/evil.rst")
    }
}
