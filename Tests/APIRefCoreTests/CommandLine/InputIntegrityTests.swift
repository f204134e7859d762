import Foundation
import Testing

/// Reading never changes what it reads: every command that only reads leaves the files'
/// bytes and modification times as they were.
@Suite struct InputIntegrityTests {
    @Test func readingCommandsLeaveInputsUntouched() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "apiref-read-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for item in ["api-ref", "doc", "parameters.yaml"] {
            try FileManager.default.copyItem(
                atPath: SharedFiles.packageRoot + "/" + item, toPath: directory.appendingPathComponent(item).path)
        }
        func snapshot() throws -> [String: (Data, Date)] {
            var result: [String: (Data, Date)] = [:]
            let enumerator = FileManager.default.enumerator(atPath: directory.path)
            while let relative = enumerator?.nextObject() as? String {
                let path = directory.appendingPathComponent(relative).path
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue
                else { continue }
                let attributes = try FileManager.default.attributesOfItem(atPath: path)
                result[relative] = (
                    try Data(contentsOf: URL(fileURLWithPath: path)),
                    attributes[.modificationDate] as? Date ?? .distantPast
                )
            }
            return result
        }
        let before = try snapshot()
        #expect(before.count == 8)
        let cli = CommandLineTests()
        let output = directory.path + "-generated"
        defer { try? FileManager.default.removeItem(atPath: output) }
        for arguments in [
            ["lint"], ["validate", "--unincluded"], ["check", "--format", "sarif"], ["dump"], ["fmt", "--check"],
            ["generate", "--output", output], ["generate", "--check", "--output", output],
        ] {
            _ = try cli.run(arguments, in: directory.path)
        }
        let after = try snapshot()
        #expect(after.keys.sorted() == before.keys.sorted())
        for (path, (bytes, date)) in before {
            #expect(after[path]?.0 == bytes, "bytes of \(path) changed")
            #expect(after[path]?.1 == date, "modification time of \(path) changed")
        }
    }
}
