import Testing

@testable import APIRefCore

/// The os-api-ref conventions found in real services that validation must read as their
/// authors meant; each case was a false positive once.
@Suite struct ValidationConventionTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let parameters: String
        let document: String
        let samples: [String: String]
        let expected: [String]
        var testDescription: String { name }
    }

    static func definition(_ key: String, type: String, required: Bool = true, description: String = "A field.")
        -> String
    {
        "\(key):\n  description: \(description)\n  in: body\n  required: \(required)\n  type: \(type)\n"
    }

    static let cases: [Case] = [
        Case(
            name: "each step of a multi-step exchange has its own lists",
            parameters: definition("auth", type: "object") + definition("password", type: "string")
                + definition("receipt", type: "string") + definition("token", type: "string"),
            document: """
                Auth
                ====

                First Request
                -------------

                .. rest_parameters:: parameters.yaml

                  - auth: auth
                  - password: password

                .. literalinclude:: first-req.json

                Response
                --------

                .. rest_parameters:: parameters.yaml

                  - receipt: receipt

                .. literalinclude:: first-resp.json

                Second Request
                --------------

                .. rest_parameters:: parameters.yaml

                  - auth: auth

                .. literalinclude:: second-req.json

                Response
                --------

                .. rest_parameters:: parameters.yaml

                  - token: token

                .. literalinclude:: second-resp.json

                """,
            samples: [
                "first-req.json": #"{"auth": {"password": "p"}}"#, "first-resp.json": #"{"receipt": "r"}"#,
                "second-req.json": #"{"auth": {}}"#, "second-resp.json": #"{"token": "t"}"#,
            ],
            expected: []),
        Case(
            name: "a sample fits one of several alternative lists",
            parameters: definition("Description", type: "string") + definition("heat_template_version", type: "string"),
            document: """
                Template
                ========

                Response
                --------

                When the format is cfn:

                .. rest_parameters:: parameters.yaml

                  - Description: Description

                When the format is hot:

                .. rest_parameters:: parameters.yaml

                  - heat_template_version: heat_template_version

                .. literalinclude:: cfn-resp.json

                .. literalinclude:: hot-resp.json

                """,
            samples: [
                "cfn-resp.json": #"{"Description": "d"}"#, "hot-resp.json": #"{"heat_template_version": "v"}"#,
            ],
            expected: []),
        Case(
            name: "a bare array body is the one listed array",
            parameters: definition("locations", type: "array") + definition("url", type: "string"),
            document: """
                Locations
                =========

                Response
                --------

                .. rest_parameters:: parameters.yaml

                  - locations: locations
                  - locations.url: url

                .. literalinclude:: resp.json

                """,
            samples: ["resp.json": #"[{"url": "u"}, {"url": 2}]"#],
            expected: [
                "doc/resp.json:1:24: error: field 'locations.url' is an integer in the sample; documented as 'string' [type-mismatch]\napi-ref/source/index.rst:12:5: note: 'locations.url' is documented here"
            ]),
        Case(
            name: "descriptions name aliases, extra members and second types",
            parameters: definition("server", type: "object")
                + definition(
                    "hints", type: "object", required: false,
                    description: "Hints. You can also use ``OS-SCH-HNT:hints`` as the key.")
                + definition(
                    "extra", type: "object", required: false,
                    description: "Any other attributes, such as ``email``.")
                + definition(
                    "networks", type: "array", required: false,
                    description: "A list, or the string auto."),
            document: """
                Create
                ======

                Request
                -------

                .. rest_parameters:: parameters.yaml

                  - server: server
                  - extra: extra
                  - networks: networks
                  - os:hints: hints

                .. literalinclude:: req.json

                """,
            samples: [
                "req.json": #"{"server": {"networks": "auto", "email": "e", "phone": "p"}, "OS-SCH-HNT:hints": {}}"#
            ],
            expected: [
                "doc/req.json:1:47: error: field 'server.phone' of the request sample is not documented for 'GET /a' [undocumented-field]\napi-ref/source/index.rst:16:21: note: sample included here"
            ]),
        Case(
            name: "a sample captioned as partial needs no required field",
            parameters: definition("server", type: "object") + definition("name", type: "string"),
            document: """
                Show
                ====

                Response
                --------

                .. rest_parameters:: parameters.yaml

                  - server: server
                  - name: name

                .. literalinclude:: full.json

                This is a partial response, with missing keys.

                .. literalinclude:: partial.json

                """,
            samples: ["full.json": #"{"server": {"name": "n"}}"#, "partial.json": #"{"server": {}}"#],
            expected: []),
        Case(
            name: "a dotted name with an unlisted parent is reported once",
            parameters: definition("server", type: "object") + definition("groups", type: "array")
                + definition("group_name", type: "string"),
            document: """
                Show
                ====

                Response
                --------

                .. rest_parameters:: parameters.yaml

                  - server: server
                  - groups: groups
                  - group.name: group_name

                .. literalinclude:: resp.json

                """,
            samples: ["resp.json": #"{"server": {"groups": [{"name": "g"}]}}"#],
            expected: [
                "api-ref/source/index.rst:13:5: warning: body parameter 'group.name' names 'group', which the list does not have and no sample holds [unplaced-parameter]\napi-ref/source/index.rst:13:5: note: did you mean 'groups.name'?"
            ]),
        Case(
            name: "a listed member makes its parent apply at its microversions",
            parameters: definition("usages", type: "object") + "old_usages:\n  description: A field.\n  in: body\n"
                + "  required: true\n  type: object\n  max_version: 1.36\n"
                + "count:\n  description: A field.\n  in: body\n  required: true\n  type: integer\n  min_version: 1.38\n",
            document: """
                Usages
                ======

                Response (microversions 1.38 - )
                --------------------------------

                .. rest_parameters:: parameters.yaml

                  - usages.count: count

                .. literalinclude:: resp-1.38.json

                Response (microversions 1.9 - 1.36)
                -----------------------------------

                .. rest_parameters:: parameters.yaml

                  - usages: old_usages

                """,
            samples: ["resp-1.38.json": #"{"usages": {"count": 1}}"#],
            expected: []),
        Case(
            name: "a description must name both types to excuse a second type",
            parameters: definition("limit", type: "array", description: "A ``limit`` object.")
                + definition("networks", type: "array", description: "A list of networks, or the string auto."),
            document: """
                Limits
                ======

                Request
                -------

                .. rest_parameters:: parameters.yaml

                  - limit: limit
                  - networks: networks

                .. literalinclude:: req.json

                """,
            samples: ["req.json": #"{"limit": {}, "networks": "auto"}"#],
            expected: [
                "doc/req.json:1:11: error: field 'limit' is an object in the sample; documented as 'array' [type-mismatch]\napi-ref/source/index.rst:11:5: note: 'limit' is documented here"
            ]),
        Case(
            name: "a key stands for a field whose description says so",
            parameters: definition("addresses", type: "object")
                + definition("network_label", type: "array", description: "It stands for the name of a network.")
                + definition("enabled", type: "boolean") + definition("id", type: "string"),
            document: """
                Addresses
                =========

                Response
                --------

                .. rest_parameters:: parameters.yaml

                  - addresses: addresses
                  - network_label: network_label
                  - enabled: enabled
                  - id: id

                .. literalinclude:: resp.json

                """,
            samples: ["resp.json": #"{"addresses": {"private": [], "id": "x"}}"#],
            expected: [
                "doc/resp.json:1:15: error: required field 'enabled' appears nowhere in the response sample [missing-required-field]\napi-ref/source/index.rst:13:5: note: 'enabled' is documented as required here"
            ]),
        Case(
            name: "a route sibling's table accepts fields but demands none",
            parameters: definition("ptrdname", type: "string") + definition("ttl", type: "integer"),
            document: """
                Set
                ===

                Request
                -------

                .. rest_parameters:: parameters.yaml

                  - ptrdname: ptrdname
                  - ttl: ttl

                .. literalinclude:: set.json

                Unset
                =====

                .. rest_method:: GET /a

                Request
                -------

                .. literalinclude:: unset.json

                """,
            samples: ["set.json": #"{"ptrdname": "a", "ttl": 1}"#, "unset.json": #"{"ptrdname": null}"#],
            expected: []),
    ]

    @Test(arguments: cases)
    func readsTheConvention(_ testCase: Case) {
        var lines = testCase.document.replacingOccurrencesOfInclude().split(
            separator: "\n", omittingEmptySubsequences: false
        ).map(String.init)
        lines.insert(contentsOf: ["", ".. rest_method:: GET /a"], at: 2)
        let document = lines.joined(separator: "\n")
        var files = ["parameters.yaml": testCase.parameters, "api-ref/source/index.rst": document]
        for (name, text) in testCase.samples { files["doc/\(name)"] = text }
        #expect(TestProject(files).validate() == testCase.expected)
    }
}

extension String {
    /// Points `literalinclude:: x.json` at the test project's `doc/` folder.
    fileprivate func replacingOccurrencesOfInclude() -> String {
        split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            line.hasPrefix(".. literalinclude:: ")
                ? ".. literalinclude:: ../../doc/" + line.dropFirst(20) : String(line)
        }.joined(separator: "\n")
    }
}
