import Testing

@testable import APIRefCore

/// Operation and group names: short where they can be, and stable when documents are added.
@Suite struct TypeNamingTests {
    static func names(_ documents: [String: String]) -> [[String]] {
        var files = documents
        files["api-ref/source/parameters.yaml"] = "{}\n"
        let (reference, _) = TestProject(files).read()
        return TypeNaming(reference).operations
    }

    static func group(_ title: String, _ operations: [String]) -> String {
        var text =
            String(repeating: "=", count: title.count) + "\n" + title + "\n"
            + String(repeating: "=", count: title.count) + "\n\n"
        for (index, operation) in operations.enumerated() {
            text += operation + "\n" + String(repeating: "-", count: operation.count) + "\n\n"
            text += ".. rest_method:: GET /x\(index)\n\n"
        }
        return text
    }

    @Test func leavesOutAClosingParenthesisWhenTheNameStaysUnique() {
        let document = Self.group(
            "Servers (servers)",
            ["Pause Server (pause Action)", "Update class", "Update class (microversions 1.2 - 1.6)"])
        #expect(
            Self.names(["api-ref/source/index.rst": document]) == [
                ["PauseServer", "UpdateClass", "UpdateClassMicroversions1216"]
            ])
    }

    @Test func theFirstOperationKeepsItsNameWhenALaterDocumentRepeatsIt() {
        let pets = Self.group("Pets", ["Show Pet"])
        let alone = Self.names(["api-ref/source/a.rst": pets])
        let both = Self.names([
            "api-ref/source/a.rst": pets, "api-ref/source/b.rst": Self.group("Owners", ["Show Pet", "Show Pet"]),
        ])
        #expect(alone == [["ShowPet"]])
        #expect(both == [["ShowPet"], ["OwnersShowPet", "OwnersShowPet2"]])
    }
}
