import Testing

@testable import APIRefCore

/// Names from the documentation made into Swift identifiers, and text made into literals
/// and comments that cannot be broken out of.
@Suite struct SwiftIdentifierTests {
    @Test(arguments: [
        ("server_id", "serverID"),
        ("OS-DCF:diskConfig", "osDCFDiskConfig"),
        ("os:scheduler_hints", "osSchedulerHints"),
        ("accessIPv4", "accessIPv4"),
        ("X-OpenStack-Request-Id", "xOpenStackRequestID"),
        ("networks.uuid", "networksUUID"),
        ("project-id", "projectID"),
        ("default", "default"),
        ("self", "self_"),
        ("Type", "type"),
        ("123start", "_123start"),
        ("*/", "value"),
        ("URL", "url"),
        ("id", "id"),
    ])
    func memberNames(_ name: String, _ expected: String) {
        #expect(SwiftIdentifier.memberName(name) == expected)
    }

    @Test(arguments: [
        ("List Agent Builds", "ListAgentBuilds"),
        ("Create Server (createServer Action)", "CreateServerCreateServerAction"),
        ("show server details", "ShowServerDetails"),
        ("Update resource class (microversions 1.2 - 1.6)", "UpdateResourceClassMicroversions1216"),
        ("", "Value"),
        ("2nd try", "_2ndTry"),
    ])
    func typeNames(_ title: String, _ expected: String) {
        #expect(SwiftIdentifier.typeName(title) == expected)
    }

    @Test func escapesKeywordsInDeclarationsButNotInCallSiteLabels() {
        #expect(SwiftIdentifier.escaped("default") == "`default`")
        #expect(SwiftIdentifier.escaped("limit") == "limit")
        #expect(SwiftIdentifier.argumentLabel("class") == "class")
        #expect(SwiftIdentifier.argumentLabel("inout") == "`inout`")
    }

    @Test func singularsNameArrayElements() {
        #expect(SwiftIdentifier.singular("servers") == "server")
        #expect(SwiftIdentifier.singular("policies") == "policy")
        #expect(SwiftIdentifier.singular("addresses") == "address")
        #expect(SwiftIdentifier.singular("status") == nil)
        #expect(SwiftIdentifier.singular("metadata") == nil)
    }

    @Test func scopesNumberRepeatedNamesInOrder() {
        var scope = IdentifierScope(reserving: ["body"])
        #expect(["name", "name", "body", "name"].map { scope.claim($0) } == ["name", "name2", "body2", "name3"])
    }

    @Test func stringLiteralsEscapeEverythingThatCouldEndOrHideThem() {
        #expect(SwiftLiteral.string(#"say "hi"\"#) == #""say \"hi\"\\""#)
        #expect(SwiftLiteral.string("a\nb\r\tc") == #""a\nb\r\tc""#)
        #expect(SwiftLiteral.string(#"\(x) \u{41}"#) == #""\\(x) \\u{41}""#)
        #expect(SwiftLiteral.string("rtl\u{202E}x\u{2028}y\u{0}") == #""rtl\u{202E}x\u{2028}y\u{0}""#)
        #expect(SwiftLiteral.string("ünï 😀") == "\"ünï 😀\"")
    }

    @Test func commentLinesShowInvisibleCharactersAsCodePoints() {
        #expect(SwiftLiteral.commentLine("a\u{202E}b\u{2066}c\td\u{7}") == "aU+202EbU+2066c dU+7")
        #expect(SwiftLiteral.commentLine("*/ ünï") == "*/ ünï")
    }
}
