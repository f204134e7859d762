import Testing

@testable import APIRefCore

@Suite struct PathsTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let path: String
        let base: String
        let expected: String
        var testDescription: String { "\(path) from \(base)" }
    }

    @Test(arguments: [
        Case(path: "/work/main/api-ref/source/a.inc", base: "/work/main", expected: "api-ref/source/a.inc"),
        Case(path: "/work/shared/corpus/nova/x.json", base: "/work/main", expected: "../shared/corpus/nova/x.json"),
        Case(path: "/work/mainly/x", base: "/work/main", expected: "../mainly/x"),
        Case(path: "/work/main", base: "/work/main", expected: "."),
        Case(path: "/work", base: "/work/main/deep", expected: "../.."),
        Case(path: "/etc/passwd", base: "/", expected: "etc/passwd"),
        Case(path: "/a/b", base: "/c/d/e", expected: "../../../a/b"),
    ])
    func makesPathsRelative(_ testCase: Case) {
        #expect(Paths.relative(testCase.path, to: testCase.base) == testCase.expected)
    }

    @Test func normalizesDotsAndClimbsNoHigherThanTheRoot() {
        #expect(Paths.normalize("/a/./b/../c//d") == "/a/c/d")
        #expect(Paths.normalize("/../../x") == "/x")
        #expect(Paths.resolve("../../doc/x.json", against: "/r/api-ref/source") == "/r/doc/x.json")
        #expect(Paths.isWithin("/r/doc", root: "/r"))
        #expect(!Paths.isWithin("/rr/doc", root: "/r"))
    }
}
