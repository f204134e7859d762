import Foundation

@testable import APIRefCore

/// A process run to its end: its exit status and what it printed.
struct ProcessResult {
    var status: Int32
    var standardOutput: String
    var standardError: String
}

/// Runs `executable` with `arguments` in `directory` and waits for it.
func runProcess(_ executable: String, _ arguments: [String], in directory: String? = nil) throws -> ProcessResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    let output = Pipe()
    let error = Pipe()
    process.standardOutput = output
    process.standardError = error
    try process.run()
    // Both pipes are drained at once, so a child that fills one cannot block on it.
    nonisolated(unsafe) var errorData = Data()
    let group = DispatchGroup()
    DispatchQueue.global().async(group: group) { errorData = error.fileHandleForReading.readDataToEndOfFile() }
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return ProcessResult(
        status: process.terminationStatus, standardOutput: String(decoding: outputData, as: UTF8.self),
        standardError: String(decoding: errorData, as: UTF8.self))
}

/// Compiles generated code with the toolchain's `swiftc`, in Swift 6 language mode with
/// warnings treated as errors, as the generated code promises to compile.
enum SwiftCompiler {
    /// The `swiftc` beside the `swift` on the path, or the toolchain's default place.
    static let path: String = {
        let environment = ProcessInfo.processInfo.environment
        for folder in (environment["PATH"] ?? "").split(separator: ":") {
            let candidate = String(folder) + "/swiftc"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return "/opt/swift/usr/bin/swiftc"
    }()

    /// A fresh folder for one test's files, removed by the caller.
    static func scratchFolder(_ name: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "apiref-\(name)-\(UUID().uuidString)"
        ).path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Writes the files into `folder`, each under its name.
    static func write(_ files: [GeneratedFile], to folder: String) throws {
        for file in files {
            try Data(file.contents.utf8).write(to: URL(fileURLWithPath: folder + "/" + file.name))
        }
    }

    /// Compiles the Swift files of `folder` (and `main`, the program's top-level code, if
    /// given) into an executable, returning its path; throws with the compiler's messages.
    static func buildExecutable(folder: String, main: String?) throws -> String {
        var sources = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".swift") }
            .sorted().map { folder + "/" + $0 }
        if let main {
            let mainFolder = folder + "/.main"
            try FileManager.default.createDirectory(atPath: mainFolder, withIntermediateDirectories: true)
            try Data(main.utf8).write(to: URL(fileURLWithPath: mainFolder + "/main.swift"))
            sources.append(mainFolder + "/main.swift")
        }
        let executable = folder + "/.program"
        let arguments =
            ["-swift-version", "6", "-warnings-as-errors", "-Onone", "-j", "2", "-module-name", "Generated"]
            + (main == nil ? ["-parse-as-library", "-emit-library"] : []) + sources + ["-o", executable]
        let result = try runProcess(path, arguments, in: folder)
        guard result.status == 0 else {
            throw CompileFailure(messages: String((result.standardError + result.standardOutput).prefix(20_000)))
        }
        return executable
    }

    /// Compiles the Swift files of `folder` into a module and lists every declaration the
    /// compiler sees in it, private ones included (from its symbol graph), as
    /// `Outer.Inner.member kind` lines, sorted; members the compiler synthesises are left out.
    static func declarations(folder: String) throws -> [String] {
        let sources = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".swift") }
            .sorted().map { folder + "/" + $0 }
        let graphs = folder + "/.symbols"
        try FileManager.default.createDirectory(atPath: graphs, withIntermediateDirectories: true)
        let arguments =
            [
                "-swift-version", "6", "-warnings-as-errors", "-parse-as-library", "-emit-module", "-module-name",
                "Generated", "-emit-symbol-graph", "-emit-symbol-graph-dir", graphs,
                "-symbol-graph-minimum-access-level", "private", "-symbol-graph-skip-synthesized-members",
            ] + sources + ["-o", folder + "/.module/Generated.swiftmodule"]
        try FileManager.default.createDirectory(atPath: folder + "/.module", withIntermediateDirectories: true)
        let result = try runProcess(path, arguments, in: folder)
        guard result.status == 0 else {
            throw CompileFailure(messages: String((result.standardError + result.standardOutput).prefix(20_000)))
        }
        let data = try Data(contentsOf: URL(fileURLWithPath: graphs + "/Generated.symbols.json"))
        let graph = try JSONDecoder().decode(SymbolGraph.self, from: data)
        return graph.symbols.map { $0.pathComponents.joined(separator: ".") + " " + $0.kind.identifier }.sorted()
    }

    private struct SymbolGraph: Decodable {
        struct Symbol: Decodable {
            struct Kind: Decodable { var identifier: String }
            var pathComponents: [String]
            var kind: Kind
        }
        var symbols: [Symbol]
    }

    struct CompileFailure: Error, CustomStringConvertible {
        var messages: String
        var description: String { "swiftc failed:\n" + messages }
    }
}
