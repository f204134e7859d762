import APIRefDisk
import Foundation
import Testing

@testable import APIRefCore

/// Generates the code of each real service, compiles it in Swift 6 mode with warnings as
/// errors, and proves it on the samples: every sample validation finds clean decodes with its
/// operation's generated type and encodes again to the same JSON value.
@Suite struct GeneratedCorpusTests {
    struct Expectation: CustomTestStringConvertible, Sendable {
        let service: String
        /// The samples that validation finds clean, each decoded with its operation's body.
        let samples: Int
        /// Those whose operation documents no body parameter: their body is `JSONValue`.
        let untyped: Int
        /// The samples with keys that no property models, and the keys, as the harness prints
        /// them.
        let unmodelled: [String]
        var testDescription: String { service }
    }

    static let expectations = [
        Expectation(
            service: "nova", samples: 293, untyped: 22,
            unmodelled: [
                // An alias that the description of `os:scheduler_hints` names.
                "CreateServerRequest.Body nova/doc/api_samples/servers/v2.63/server-create-req.json: "
                    + "$.OS-SCH-HNT:scheduler_hints",
                // Without a reservation id, the first server comes back in "Create Server"'s
                // shape, which validation reads with that sibling's table.
                "CreateMultipleServersResponse.Body nova/doc/api_samples/os-multiple-create/"
                    + "multiple-create-no-resv-post-resp.json: $.server",
                // Before 2.48 each hypervisor had its own format; the fields listed are 2.48's.
                "ShowServerDiagnosticsResponse.Body nova/doc/api_samples/os-server-diagnostics/"
                    + "server-diagnostics-get-resp.json: $.cpu0_time $.memory $.vda_errors $.vda_read $.vda_read_req "
                    + "$.vda_write $.vda_write_req $.vnet1_rx $.vnet1_rx_drop $.vnet1_rx_errors $.vnet1_rx_packets "
                    + "$.vnet1_tx $.vnet1_tx_drop $.vnet1_tx_errors $.vnet1_tx_packets",
            ]),
        Expectation(service: "placement", samples: 47, untyped: 2, unmodelled: []),
        Expectation(service: "glance", samples: 72, untyped: 20, unmodelled: []),
        Expectation(
            service: "keystone", samples: 141, untyped: 37,
            unmodelled: [
                // Extra attributes, which the description of `user` says a user may have.
                "CreateUserRequest.Body keystone/api-ref/source/v3/samples/admin/user-create-request.json: "
                    + "$.user.description $.user.email"
            ]),
        Expectation(service: "designate", samples: 40, untyped: 5, unmodelled: []),
        Expectation(service: "heat", samples: 55, untyped: 3, unmodelled: []),
    ]

    /// The generated files of a service, its source folder read as `apiref generate` reads it.
    static func generate(_ service: String) throws -> GenerationResult {
        let disk = DiskFileProvider()
        let source = SharedFiles.corpus + "/" + service + "/api-ref/source"
        let base = SharedFiles.corpus + "/" + service
        let display: @Sendable (String) -> String = { Paths.relative($0, to: base) }
        let inputs = InputCollector(files: disk).collect([source])
        let (reference, findings) = ReferenceReader.read(inputs, files: disk, root: nil, displayPath: display)
        let documentFiles = GenerationRun.documentFiles(
            reference, folders: [source], files: disk, displayPath: display)
        let outcome = GenerationRun.run(
            reference, readFindings: findings, files: disk, documentFiles: documentFiles, sourceName: { $0 })
        guard case .generated(let result) = outcome else {
            throw GenerationBlocked()
        }
        return result
    }

    struct GenerationBlocked: Error {}

    @Test(arguments: expectations)
    func compilesAndRoundTripsEveryCleanSample(_ expected: Expectation) throws {
        let result = try Self.generate(expected.service)
        let folder = try SwiftCompiler.scratchFolder("corpus-\(expected.service)")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try SwiftCompiler.write(result.files, to: folder)
        let program = try SwiftCompiler.buildExecutable(
            folder: folder, main: RoundTripHarness.program(for: result.operations))
        let run = try runProcess(program, [])
        #expect(run.status == 0)
        let lines = run.standardOutput.split(separator: "\n")
        #expect(lines.prefix(2) == ["checked \(expected.samples)", "untyped \(expected.untyped)"])
        let failures = lines.filter { $0.hasPrefix("FAIL ") }
        #expect(failures.isEmpty, "\(failures.count) samples do not round-trip:\n\(failures.joined(separator: "\n"))")
        let unmodelled = lines.filter { $0.hasPrefix("UNMODELLED ") }.map {
            $0.dropFirst("UNMODELLED ".count).replacingOccurrences(of: SharedFiles.corpus + "/", with: "")
        }
        #expect(unmodelled == expected.unmodelled)
    }
}
