import Foundation
import Testing

/// Builds the example package in `Examples/`, which generates its code with the build plugin,
/// and runs its demo through the generated router.
@Suite struct ExamplePackageTests {
    static let examples = SharedFiles.packageRoot + "/Examples"

    /// The `swift` beside the `swiftc` the other tests use.
    static var swift: String {
        (SwiftCompiler.path as NSString).deletingLastPathComponent + "/swift"
    }

    @Test func buildsWithThePluginAndServesRequestsThroughTheGeneratedRouter() throws {
        // A fresh build folder each time: SwiftPM does not notice files added to a path
        // dependency in a build folder it has planned before.
        let scratch = try SwiftCompiler.scratchFolder("examples")
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let build = try runProcess(
            Self.swift, ["build", "--package-path", Self.examples, "--scratch-path", scratch])
        #expect(build.status == 0, "swift build failed:\n\(build.standardOutput)\n\(build.standardError)")
        let warnings = (build.standardOutput + build.standardError).split(separator: "\n").filter {
            $0.contains("warning:")
        }
        #expect(warnings.isEmpty, "\(warnings.joined(separator: "\n"))")
        let demo = try runProcess(scratch + "/debug/bookshelf-demo", [])
        #expect(demo.status == 0)
        #expect(
            demo.standardOutput == #"""
                GET /shelves/fiction/books -> 200 {"books":[]}
                POST /shelves/fiction/books -> 201 Location: /shelves/fiction/books/b1 {"book":{"author":"Italo Calvino","id":"b1","lent_to":null,"title":"Invisible Cities","year":1972}}
                POST /shelves/fiction/books -> 201 Location: /shelves/fiction/books/b2 {"book":{"author":"Ursula K. Le Guin","id":"b2","lent_to":null,"title":"The Dispossessed"}}
                GET /shelves/fiction/books -> 200 {"books":[{"author":"Italo Calvino","id":"b1","lent_to":null,"title":"Invisible Cities","year":1972}]}
                POST /shelves/fiction/books/b1/action -> 202 -
                GET /shelves/fiction/books/b1 -> 200 {"book":{"author":"Italo Calvino","id":"b1","lent_to":"Ada","title":"Invisible Cities","year":1972}}
                POST /shelves/fiction/books/b1/action -> 409 {"code":409,"message":"book b1 is already lent"}
                POST /shelves/fiction/books/b1/action -> 202 -
                POST /shelves/fiction/books/b1/action -> 400 {"code":400,"message":"the body of POST /shelves/fiction/books/b1/action needs one of the keys 'lend', 'return'"}
                POST /shelves/fiction/books -> 400 {"code":400,"message":"the body cannot be decoded: 'book.author' is required"}
                GET /shelves/fiction/books -> 400 {"code":400,"message":"query parameter 'limit' has the invalid value 'many'"}
                DELETE /shelves/fiction/books/b2 -> 204 -
                GET /shelves/poetry/books -> 404 {"code":404,"message":"no shelf poetry"}
                PUT /shelves/fiction/books -> 405 {"code":405,"message":"/shelves/fiction/books is documented, but not for PUT"}
                GET /shelves -> 404 {"code":404,"message":"no operation is documented for GET /shelves"}

                """#)
    }
}
