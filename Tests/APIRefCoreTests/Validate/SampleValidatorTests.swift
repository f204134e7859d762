import Testing

@testable import APIRefCore

/// Small projects with samples, and the exact lines `apiref validate` prints for them.
@Suite struct SampleValidatorTests {
    static let parameters = """
        server_id:
          description: The server.
          in: path
          required: true
          type: string
        flavorRef:
          description: The flavor.
          in: body
          required: true
          type: string
        metadata:
          description: Free-form metadata.
          in: body
          required: false
          type: object
        min_count:
          description: How many.
          in: body
          required: false
          type: integer
        networks:
          description: The networks.
          in: body
          required: false
          type: array
        network_uuid:
          description: A network.
          in: body
          required: true
          type: string
        server:
          description: The server object.
          in: body
          required: true
          type: object
        tags:
          description: Tags.
          in: body
          required: false
          type: array
          min_version: 2.52

        """

    static func project(_ samples: [String: String], list: String = "") -> TestProject {
        var files = [
            "parameters.yaml": parameters,
            "api-ref/source/index.rst": """
            Servers
            =======

            Create Server
            -------------

            .. rest_method:: POST /servers

            Request
            ~~~~~~~

            .. rest_parameters:: parameters.yaml

              - server: server
              - flavorRef: flavorRef
              - metadata: metadata
              - min_count: min_count
              - networks: networks
              - networks.uuid: network_uuid
              - tags: tags
            \(list)

            .. literalinclude:: ../../doc/req.json

            """,
        ]
        for (name, text) in samples { files["doc/\(name)"] = text }
        return TestProject(files)
    }

    func validate(_ project: TestProject) -> [String] {
        project.validate()
    }

    @Test func acceptsASampleThatMatchesItsList() {
        let sample = """
            {"server": {"flavorRef": "1", "metadata": {"any": "thing"}, "min_count": 2,
             "networks": [{"uuid": "n1"}, {"uuid": null}]}}
            """
        #expect(validate(Self.project(["req.json": sample])) == [])
    }

    /// A key that every entry of an array holds is one mistake, reported at its first place.
    @Test func reportsAnUndocumentedKeyOfArrayEntriesOnce() {
        let sample = """
            {"server": {"flavorRef": "1",
             "networks": [{"uuid": "n1", "port": "p"}, {"uuid": "n2", "port": "q"}]}}
            """
        #expect(
            validate(Self.project(["req.json": sample]))
                == [
                    "doc/req.json:2:30: error: field 'server.networks.port' of the request sample is not documented for 'POST /servers' [undocumented-field]\napi-ref/source/index.rst:23:21: note: sample included here"
                ])
    }

    @Test func reportsUndocumentedMissingAndMistypedFields() {
        let sample = """
            {"server": {"metadata": [], "min_count": 2.5, "flavor_ref": "1",
             "networks": [{"port": "p"}]}}
            """
        #expect(
            validate(Self.project(["req.json": sample])) == [
                "doc/req.json:1:12: error: required field 'flavorRef' appears nowhere in the request sample [missing-required-field]\napi-ref/source/index.rst:15:5: note: 'flavorRef' is documented as required here",
                "doc/req.json:1:25: error: field 'server.metadata' is an array in the sample; documented as 'object' [type-mismatch]\napi-ref/source/index.rst:16:5: note: 'metadata' is documented here",
                "doc/req.json:1:42: error: field 'server.min_count' is a float in the sample; documented as 'integer' [type-mismatch]\napi-ref/source/index.rst:17:5: note: 'min_count' is documented here",
                "doc/req.json:1:47: error: field 'server.flavor_ref' of the request sample is not documented for 'POST /servers' [undocumented-field]\napi-ref/source/index.rst:23:21: note: sample included here",
                "doc/req.json:2:15: error: required field 'server.networks.uuid' is missing from the request sample [missing-required-field]\napi-ref/source/index.rst:19:5: note: 'networks.uuid' is documented as required here",
                "doc/req.json:2:16: error: field 'server.networks.port' of the request sample is not documented for 'POST /servers' [undocumented-field]\napi-ref/source/index.rst:23:21: note: sample included here",
            ])
    }

    @Test func checksMicroversionsFromTheSamplesFolder() {
        let project = TestProject([
            "parameters.yaml": Self.parameters,
            "api-ref/source/index.rst": """
            Servers
            =======

            Create Server
            -------------

            .. rest_method:: POST /servers

            Request
            ~~~~~~~

            .. rest_parameters:: parameters.yaml

              - server: server
              - flavorRef: flavorRef
              - tags: tags

            .. literalinclude:: ../../doc/v2.1/req.json

            .. literalinclude:: ../../doc/v2.52/req.json

            """,
            "doc/v2.1/req.json": #"{"server": {"flavorRef": "1", "tags": []}}"#,
            "doc/v2.52/req.json": #"{"server": {"flavorRef": "1", "tags": []}}"#,
        ])
        #expect(
            validate(project) == [
                "doc/v2.1/req.json:1:31: warning: field 'server.tags' appears in a sample of microversion 2.1; documented for microversions 2.52 - [field-outside-microversion]\napi-ref/source/index.rst:16:5: note: 'tags' is documented here"
            ])
    }

    @Test func skipsSamplesThatAreNotJSONAndReportsBrokenOnes() {
        let project = Self.project(
            ["req.json": "{\"server\": {\"flavorRef\": \"1\",}}"],
            list: """

                .. literalinclude:: ../../doc/req.txt
                """)
        var files = project.files
        files.files["/project/doc/req.txt"] = Array("POST /servers HTTP/1.1\n".utf8)
        let withText = TestProject(files: files)
        #expect(
            validate(withText) == [
                "api-ref/source/index.rst:22:21: note: sample 'req.txt' is not JSON; not validated [non-json-sample]",
                "doc/req.json:1:30: error: expected a key in double quotes [json-syntax]",
            ])
    }

    @Test func bindsMicroversionsByFolderNameAndCaption() {
        let operation = Operation(
            title: "t", location: SourceLocation(path: "a"), method: "GET",
            path: PathTemplate("/a", at: SourceLocation(path: "a")),
            methodLocation: SourceLocation(path: "a"), microversions: .all, parameterLists: [], statusCodes: [],
            samples: [])
        func sample(_ path: String, caption: String? = nil) -> SampleReference {
            SampleReference(
                writtenPath: path, resolvedPath: path, absolutePath: "/" + path, direction: .response,
                location: SourceLocation(path: "a"), options: [:], caption: caption)
        }
        let folder = MicroversionBinder.bind(sample("doc/servers/v2.47/server-get-resp.json"), operation: operation)
        #expect(folder.microversion?.text == "2.47")
        #expect(folder.versionRule == .folder)
        let name = MicroversionBinder.bind(sample("doc/servers/server-get-resp-v237.json"), operation: operation)
        #expect(name.microversion?.text == "2.37")
        let placement = MicroversionBinder.bind(
            sample("samples/get-allocation_candidates-1.19.json"), operation: operation)
        #expect(placement.microversion?.text == "1.19")
        let caption = MicroversionBinder.bind(
            sample("doc/x.json", caption: "**Example Show Server (v2.32)**"), operation: operation)
        #expect(caption.microversion?.text == "2.32")
        #expect(caption.versionRule == .caption)
        let none = MicroversionBinder.bind(sample("doc/x.json"), operation: operation)
        #expect(none.versionRule == .unknown)
    }
}
