import APIRefDisk
import Testing

@testable import APIRefCore

/// The seed document as given (no indentation, no blank lines) and the restored example must
/// give the same model, and the seed must say where it had to guess.
@Suite struct SeedTests {
    /// The model without locations and paths, which differ between the two files.
    private func shape(_ reference: APIReference) -> String {
        reference.documents.flatMap(\.operations).map { operation in
            var lines = ["\(operation.title) | \(operation.method) \(operation.path.text)"]
            for list in operation.parameterLists {
                lines.append(
                    "  \(list.direction.rawValue) \(list.fileName): "
                        + list.items.map { "\($0.name)=\($0.key)" }.joined(separator: ","))
            }
            lines.append(
                "  codes: "
                    + operation.statusCodes.map { "\($0.kind.rawValue) \($0.name ?? "") \($0.code)" }
                    .joined(separator: ","))
            for sample in operation.samples {
                lines.append("  sample \(sample.direction?.rawValue ?? "-") \(sample.writtenPath) \(sample.options)")
            }
            return lines.joined(separator: "\n")
        }.joined(separator: "\n")
    }

    private func read(document: String, text: String) -> (APIReference, [Diagnostic]) {
        let example = SharedFiles.packageRoot
        var files = MemoryFileProvider([:])
        let disk = DiskFileProvider()
        for path in ["parameters.yaml"] {
            if case .bytes(let bytes) = disk.contents(of: example + "/" + path) { files.files["/p/" + path] = bytes }
        }
        for name in disk.entries(of: example + "/doc/api_samples/os-agents") {
            files.files["/p/doc/api_samples/os-agents/" + name] = [UInt8]("{}".utf8)
        }
        files.files["/p/api-ref/source/" + document] = Array(text.utf8)
        let inputs = InputCollector(files: files).collect(["/p/api-ref/source/" + document])
        return ReferenceReader.read(inputs, files: files, root: "/p") { Paths.relative($0, to: "/p") }
    }

    @Test func seedAndRestoredExampleGiveTheSameModel() throws {
        let disk = DiskFileProvider()
        guard case .bytes(let seed) = disk.contents(of: SharedFiles.seed),
            case .bytes(let restored) = disk.contents(of: SharedFiles.packageRoot + "/api-ref/source/os-agents.inc")
        else {
            Issue.record("seed or example missing")
            return
        }
        let (seedModel, seedFindings) = read(document: "os-agents.inc", text: String(decoding: seed, as: UTF8.self))
        let (restoredModel, restoredFindings) = read(
            document: "os-agents.inc", text: String(decoding: restored, as: UTF8.self))
        #expect(restoredFindings.isEmpty)
        #expect(shape(seedModel) == shape(restoredModel))
        #expect(restoredModel.documents.first?.operations.count == 4)
        #expect(restoredModel.documents.first?.operations.map(\.parameterLists.count) == [2, 2, 2, 1])
        let guesses = seedFindings.filter { $0.ruleID == "unindented-directive-content" }
        #expect(guesses.count == 13)
        #expect(seedFindings.count == guesses.count)
        #expect(
            DiagnosticRenderer.text(guesses[1])
                == "api-ref/source/os-agents.inc:26:1: warning: line 26 after directive 'rest_parameters' is not indented; read as its content: indent it by 3 spaces [unindented-directive-content]"
        )
    }

    @Test func exampleModelHoldsTheDocumentedValues() throws {
        let disk = DiskFileProvider()
        let root = SharedFiles.packageRoot
        let inputs = InputCollector(files: disk).collect([root + "/api-ref/source"])
        let (reference, findings) = ReferenceReader.read(inputs, files: disk, root: root) {
            Paths.relative($0, to: root)
        }
        #expect(findings.isEmpty)
        #expect(Linter.lint(reference).isEmpty)
        let operations = try #require(reference.documents.first?.operations)
        #expect(
            operations.map { "\($0.method) \($0.path.text)" } == [
                "GET /os-agents", "POST /os-agents", "PUT /os-agents/{agent_build_id}",
                "DELETE /os-agents/{agent_build_id}",
            ])
        #expect(operations[0].statusCodes.map(\.code) == [200, 401, 403, 410])
        #expect(operations[1].samples.map(\.direction) == [.request, .response])
        #expect(operations[1].samples[0].resolvedPath == "doc/api_samples/os-agents/agent-post-req.json")
        #expect(
            operations[2].parameters(.response).map(\.key) == ["agent", "agent_id_str", "md5hash", "url", "version"])
        #expect(reference.parameterFiles["parameters.yaml"]?.definitions.count == 13)
    }
}
