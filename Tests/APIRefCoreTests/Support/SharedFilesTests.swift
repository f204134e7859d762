import Foundation
import Testing

/// The tests read real api-refs in place; when they are missing, this says where they are
/// looked for, rather than leaving dozens of tests to fail without a reason.
@Suite struct SharedFilesTests {
    @Test func theCorpusAndTheSeedAreWhereTheTestsLookForThem() {
        let message = """
            the tests read the corpus and the seed from \(SharedFiles.shared) (../shared beside the \
            checkout); put them there or set APIREF_SHARED to the folder that holds corpus/ and seed/
            """
        #expect(FileManager.default.fileExists(atPath: SharedFiles.corpus + "/nova/api-ref/source"), "\(message)")
        #expect(FileManager.default.fileExists(atPath: SharedFiles.seed), "\(message)")
    }
}
