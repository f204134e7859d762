import APIRefDisk
import Foundation
import Testing

@testable import APIRefCore

/// A baseline written for nova keeps reporting nothing but what a change adds, whatever the
/// change does to line numbers.
@Suite struct BaselineCorpusTests {
    static let source = SharedFiles.corpus + "/nova/api-ref/source"

    func findings(_ files: any FileProvider) -> [Diagnostic] {
        let inputs = InputCollector(files: files).collect([Self.source])
        let (reference, readFindings) = ReferenceReader.read(inputs, files: files, root: nil) {
            Paths.relative($0, to: SharedFiles.corpus)
        }
        let (library, sampleFindings) = SampleLibrary.load(reference, files: files)
        let result = SampleValidator.validate(reference, samples: library)
        var collector = DiagnosticCollector()
        (readFindings + Linter.lint(reference) + sampleFindings + result.diagnostics).forEach { collector.report($0) }
        return collector.sortedUnique
    }

    @Test func reportsExactlyTheFindingsAChangeAdds() throws {
        let disk = DiskFileProvider()
        let before = findings(disk)
        #expect(!before.isEmpty)
        let baseline = Baseline(before)

        let parametersPath = Self.source + "/parameters.yaml"
        let samplePath = SharedFiles.corpus + "/nova/doc/api_samples/servers/v2.100/server-get-resp.json"
        guard case .bytes(let parameters) = disk.contents(of: parametersPath),
            case .bytes(let sample) = disk.contents(of: samplePath)
        else {
            Issue.record("nova corpus missing")
            return
        }
        // Three lines inserted at the top shift every finding of the parameters file.
        var changedParameters = "# one\n# two\n# three\n" + String(decoding: parameters, as: UTF8.self)
        changedParameters = changedParameters.replacingFirst(
            "accessIPv4:\n  in: body\n  required: true\n  type: string\n",
            with: "accessIPv4:\n  in: body\n  required: true\n  type: strng\n")
        let changedSample = String(decoding: sample, as: UTF8.self).replacingFirst(
            "\"server\": {\n", with: "\"server\": {\n        \"bogus_field\": 1,\n")
        let overlay = OverlayFileProvider(
            base: disk,
            overrides: [parametersPath: Array(changedParameters.utf8), samplePath: Array(changedSample.utf8)])

        let (new, baselined, gone) = baseline.apply(to: findings(overlay))
        #expect(
            new.map(DiagnosticRenderer.text) == [
                "nova/api-ref/source/parameters.yaml:1516:9: warning: parameter 'accessIPv4' has type 'strng'; expected string, integer, float, boolean, object, array or none [nonstandard-type]",
                "nova/doc/api_samples/servers/v2.100/server-get-resp.json:3:9: error: field 'server.bogus_field' of the response sample is not documented for 'GET /servers/{server_id}' [undocumented-field]\nnova/api-ref/source/servers.inc:828:21: note: sample included here",
            ])
        #expect(baselined == before.count)
        #expect(gone == 0)
    }
}

extension String {
    /// The string with the first occurrence of `target` replaced, for small test edits.
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
