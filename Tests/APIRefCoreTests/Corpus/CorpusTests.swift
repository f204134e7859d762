import APIRefDisk
import Testing

@testable import APIRefCore

/// Reads the six real api-refs in place and pins what they hold. The expected numbers were
/// counted independently, with a Python script over the files (includes expanded per
/// document; nova includes two files twice, so they count twice).
@Suite struct CorpusTests {
    struct Expectation: CustomTestStringConvertible, Sendable {
        let service: String
        let documents: Int
        let operations: Int
        let parameterReferences: Int
        let samples: Int
        var testDescription: String { service }
    }

    static let expectations = [
        Expectation(service: "nova", documents: 1, operations: 254, parameterReferences: 2221, samples: 345),
        Expectation(service: "placement", documents: 1, operations: 36, parameterReferences: 232, samples: 48),
        Expectation(service: "glance", documents: 4, operations: 79, parameterReferences: 472, samples: 77),
        Expectation(service: "keystone", documents: 4, operations: 249, parameterReferences: 1477, samples: 236),
        Expectation(service: "designate", documents: 2, operations: 69, parameterReferences: 1002, samples: 80),
        Expectation(service: "heat", documents: 2, operations: 58, parameterReferences: 685, samples: 66),
    ]

    static func read(_ service: String) -> (APIReference, [Diagnostic]) {
        let disk = DiskFileProvider()
        let source = SharedFiles.corpus + "/" + service + "/api-ref/source"
        let inputs = InputCollector(files: disk).collect([source])
        return ReferenceReader.read(inputs, files: disk, root: nil) { Paths.relative($0, to: SharedFiles.corpus) }
    }

    @Test(arguments: expectations)
    func readsEveryDocumentOperationParameterAndSample(_ expected: Expectation) {
        let (reference, findings) = Self.read(expected.service)
        let operations = reference.documents.flatMap(\.operations)
        let references = reference.documents.reduce(0) { total, document in
            total
                + (document.operations.flatMap(\.parameterLists) + document.looseParameterLists)
                .reduce(0) { $0 + $1.items.count }
        }
        #expect(reference.documents.count == expected.documents)
        #expect(operations.count == expected.operations)
        #expect(references == expected.parameterReferences)
        let loose = reference.documents.reduce(0) { $0 + $1.looseSamples.count }
        #expect(operations.reduce(0) { $0 + $1.samples.count } + loose == expected.samples)
        #expect(!findings.contains { $0.ruleID == "missing-file" || $0.ruleID == "rst-syntax" })
        #expect(!findings.contains { $0.ruleID == "invalid-status-code" })
    }

    @Test func novaOperationsKeepTheirStatusCodesAndDirections() throws {
        let (reference, _) = Self.read("nova")
        let operations = reference.documents.flatMap(\.operations)
        // The one nova operation that states no status codes at all.
        #expect(operations.filter { $0.statusCodes.isEmpty }.map(\.title) == ["Create Multiple Servers"])
        let create = try #require(operations.first { $0.method == "POST" && $0.path.text == "/servers" })
        #expect(create.title == "Create Server")
        #expect(create.statusCodes.first?.code == 202)
        #expect(create.parameters(.request).contains { $0.name == "OS-DCF:diskConfig" })
        #expect(create.samples.contains { $0.direction == .response })
        let versioned = operations.filter { $0.microversions.maximum != nil || $0.microversions.minimum != nil }
        #expect(!versioned.isEmpty)
    }
}
