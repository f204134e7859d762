import APIRefDisk
import Foundation
import Testing

@testable import APIRefCore

/// Runs the built `apiref` executable and checks its output and exit status.
@Suite struct CommandLineTests {
    struct Result {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    /// The `apiref` binary next to the test bundle in the build folder.
    static var executable: URL {
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [bundle, bundle.deletingLastPathComponent()] {
            let url = candidate.appendingPathComponent("apiref")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return URL(fileURLWithPath: SharedFiles.packageRoot + "/.build/debug/apiref")
    }

    func run(_ arguments: [String], in directory: String = SharedFiles.packageRoot) throws -> Result {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, standardOutput: String(decoding: outData, as: UTF8.self),
            standardError: String(decoding: errData, as: UTF8.self))
    }

    @Test func lintsTheExampleCleanWithNoArguments() throws {
        let result = try run(["lint"])
        #expect(result.status == 0)
        #expect(result.standardError == "apiref: 1 document, 4 operations: no findings\n")
        #expect(result.standardOutput == "")
    }

    @Test func reportsFindingsWithExitStatusOne() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("apiref-cli-\(UUID().uuidString)")
        let source = directory.appendingPathComponent("api-ref/source")
        try FileManager.default.createDirectory(at: source, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try """
        Title
        =====

        .. rest_method:: GET /things/{thing_id}

        .. rest_parameters:: parameters.yaml

           - thing_id: thing_idd

        """.write(to: source.appendingPathComponent("index.rst"), atomically: true, encoding: .utf8)
        try "thing_id:\n  in: path\n  required: true\n  type: string\n  description: The thing.\n"
            .write(to: directory.appendingPathComponent("parameters.yaml"), atomically: true, encoding: .utf8)
        let result = try run(["lint"], in: directory.path)
        #expect(result.status == 1)
        #expect(
            result.standardError == """
                api-ref/source/index.rst:8:16: error: parameter 'thing_idd' is not defined in 'parameters.yaml' [undefined-parameter]
                parameters.yaml:1:1: note: did you mean 'thing_id'?
                parameters.yaml:1:1: warning: parameter 'thing_id' is defined but no document uses it [unused-parameter]
                apiref: 1 document, 1 operation: 1 error, 1 warning

                """)
    }

    @Test func rejectsUnknownOptionsWithUsageStatus() throws {
        let result = try run(["lint", "--bogus"])
        #expect(result.status == 64)
        #expect(result.standardError.hasPrefix("apiref lint: error: unknown option '--bogus'\nUsage: apiref lint"))
        let unknown = try run(["frobnicate"])
        #expect(unknown.status == 64)
        #expect(unknown.standardError.hasPrefix("apiref: error: unknown command 'frobnicate'"))
    }

    @Test func reportsAMissingPathAsAFinding() throws {
        let result = try run(["lint", "no/such/file.rst"])
        #expect(result.status == 1)
        #expect(
            result.standardError.hasPrefix("no/such/file.rst: error: no such file or directory [unreadable-file]\n"))
    }

    @Test func dumpsTheSameBytesEveryRun() throws {
        let first = try run(["dump"])
        let second = try run(["dump"])
        #expect(first.status == 0)
        #expect(first.standardOutput == second.standardOutput)
        #expect(first.standardOutput.contains("\"path\": \"/os-agents/{agent_build_id}\""))
    }

    @Test func listsEveryRule() throws {
        let result = try run(["rules"])
        #expect(result.status == 0)
        let ids = result.standardOutput.split(separator: "\n").map { String($0.split(separator: " ")[0]) }
        #expect(ids == RuleCatalog.all.map(\.id))
    }

    @Test func checksTheExampleCleanAndValidatesItsSamples() throws {
        let result = try run(["check"])
        #expect(result.status == 0)
        #expect(result.standardError == "apiref: 1 document, 4 operations, 5 JSON samples: no findings\n")
    }

    @Test func validatesCorpusSamplesWithFindings() throws {
        let heat = Paths.relative(SharedFiles.corpus + "/heat/api-ref/source", to: SharedFiles.packageRoot)
        let result = try run(["validate", heat])
        #expect(result.status == 1)
        #expect(
            result.standardError.contains(
                "heat/api-ref/source/v1/samples/configs-list-response.json:7:5: error: expected a key in double quotes [json-syntax]\n"
            ))
    }

    @Test func formatsTheSeedAndChecksWithADiff() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("apiref-fmt-\(UUID().uuidString)")
        let source = directory.appendingPathComponent("api-ref/source")
        try FileManager.default.createDirectory(at: source, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let seed = try String(contentsOfFile: SharedFiles.seed, encoding: .utf8)
        try seed.write(to: source.appendingPathComponent("os-agents.inc"), atomically: true, encoding: .utf8)
        try String(contentsOfFile: SharedFiles.packageRoot + "/parameters.yaml", encoding: .utf8)
            .write(to: directory.appendingPathComponent("parameters.yaml"), atomically: true, encoding: .utf8)
        let check = try run(["fmt", "--check", "api-ref/source/os-agents.inc"], in: directory.path)
        #expect(check.status == 1)
        #expect(
            check.standardOutput.hasPrefix(
                "--- api-ref/source/os-agents.inc\n+++ api-ref/source/os-agents.inc\n@@ -4,115 +4,163 @@\n"))
        #expect(check.standardError == "apiref: would change 1 of 2 files\n")
        let unchanged = try String(contentsOf: source.appendingPathComponent("os-agents.inc"), encoding: .utf8)
        #expect(unchanged == seed)
        let fix = try run(["fmt", "api-ref/source/os-agents.inc"], in: directory.path)
        #expect(fix.status == 0)
        #expect(fix.standardError == "apiref: changed 1 of 2 files\n")
        let again = try run(["fmt", "--check", "api-ref/source/os-agents.inc"], in: directory.path)
        #expect(again.status == 0)
        #expect(again.standardOutput == "")
        let lint = try run(["lint", "api-ref/source/os-agents.inc"], in: directory.path)
        // The samples are not copied, so only missing-file errors remain: no indentation warning.
        #expect(!lint.standardError.contains("[unindented-directive-content]"))
        #expect(lint.standardError.hasSuffix("apiref: 1 document, 4 operations: 5 errors, 0 warnings\n"))
    }

    @Test func printsHelpForEveryCommand() throws {
        for command in ["lint", "validate", "check", "fmt", "dump", "rules"] {
            let result = try run([command, "--help"])
            #expect(result.status == 0)
            #expect(result.standardOutput.contains("USAGE: apiref \(command)"))
        }
    }
}

@Suite struct ReadmeTests {
    @Test func listsEveryRuleWithItsSeverity() throws {
        let disk = DiskFileProvider()
        guard case .bytes(let bytes) = disk.contents(of: SharedFiles.packageRoot + "/README.md") else {
            Issue.record("README.md missing")
            return
        }
        let readme = String(decoding: bytes, as: UTF8.self)
        for rule in RuleCatalog.all {
            #expect(readme.contains("| `\(rule.id)` | \(rule.severity.rawValue) | \(rule.summary) |"))
        }
    }
}
