import Testing

@testable import APIRefCore

/// Output file names follow from the set of document paths alone.
@Suite struct OutputFileNamingTests {
    @Test func namesEachFileAfterItsDocument() {
        #expect(
            OutputFileNaming.names(for: ["api-ref/source/os-agents.inc", "api-ref/source/index.rst"]) == [
                "api-ref/source/os-agents.inc": "os-agents.swift", "api-ref/source/index.rst": "index.swift",
            ])
    }

    @Test func addsParentFoldersUntilNamesDiffer() {
        #expect(
            OutputFileNaming.names(for: ["v3/index.rst", "v3-ext/index.rst", "v2/admin/users.inc", "v3/users.inc"])
                == [
                    "v3/index.rst": "v3_index.swift", "v3-ext/index.rst": "v3-ext_index.swift",
                    "v2/admin/users.inc": "admin_users.swift", "v3/users.inc": "v3_users.swift",
                ])
    }

    @Test func keepsTheExtensionThenNumbersNamesThatDifferOnlyInCase() {
        #expect(
            OutputFileNaming.names(for: ["a/index.rst", "a/index.inc", "a/Index.inc"]) == [
                "a/Index.inc": "a_Index.inc.swift", "a/index.inc": "a_index.inc-2.swift",
                "a/index.rst": "a_index.rst.swift",
            ])
    }

    @Test func neverGivesAReservedName() {
        #expect(
            OutputFileNaming.names(for: ["main.rst", "doc/APIRefSupport.inc"]) == [
                "main.rst": "main.rst.swift", "doc/APIRefSupport.inc": "doc_APIRefSupport.swift",
            ])
    }

    @Test func dependsOnTheSetOfPathsNotTheirOrder() {
        let paths = ["b/x.rst", "a/x.rst", "c.inc", "a/y.inc"]
        #expect(OutputFileNaming.names(for: paths) == OutputFileNaming.names(for: paths.reversed()))
    }
}
