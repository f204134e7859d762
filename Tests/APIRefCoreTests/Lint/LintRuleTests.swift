import Testing

@testable import APIRefCore

/// Each case is a small project and the exact lines `apiref lint` prints for it.
@Suite struct LintRuleTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let files: [String: String]
        let expected: [String]
        var testDescription: String { name }
    }

    static let goodParameters = """
        server_id:
          description: |
            The server.
          in: path
          required: true
          type: string
        name:
          description: |
            The name.
          in: body
          required: true
          type: string

        """

    static func document(_ body: String) -> String {
        """
        =======
         Title
        =======

        Show Server
        ===========

        \(body)

        """
    }

    static let cases: [Case] = [
        Case(
            name: "clean document",
            files: [
                "api-ref/source/index.rst": document(
                    """
                    .. rest_method:: PUT /servers/{server_id}

                    Request
                    -------

                    .. rest_parameters:: parameters.yaml

                      - server_id: server_id
                      - name: name
                    """),
                "parameters.yaml": goodParameters,
            ],
            expected: []),
        Case(
            name: "undefined parameter with suggestion",
            files: [
                "api-ref/source/index.rst": document(
                    """
                    .. rest_method:: PUT /servers/{server_id}

                    .. rest_parameters:: parameters.yaml

                      - server_id: server_id
                      - name: nmae
                    """),
                "parameters.yaml": goodParameters,
            ],
            expected: [
                "api-ref/source/index.rst:13:11: error: parameter 'nmae' is not defined in 'parameters.yaml' [undefined-parameter]\nparameters.yaml:7:1: note: did you mean 'name'?",
                "parameters.yaml:7:1: warning: parameter 'name' is defined but no document uses it [unused-parameter]",
            ]),
        Case(
            name: "path placeholders",
            files: [
                "api-ref/source/index.rst": document(
                    """
                    .. rest_method:: GET /servers/{server_id}/ips/{network_label}

                    .. rest_parameters:: parameters.yaml

                      - server_id: server_id
                      - other_id: server_id
                      - name: name
                    """),
                "parameters.yaml": goodParameters,
            ],
            expected: [
                "api-ref/source/index.rst:8:47: error: path placeholder 'network_label' of 'GET /servers/{server_id}/ips/{network_label}' is not documented by an 'in: path' parameter [undocumented-path-parameter]",
                "api-ref/source/index.rst:13:5: error: path parameter 'other_id' is not a placeholder of '/servers/{server_id}/ips/{network_label}' [path-parameter-not-in-url]",
            ]),
        Case(
            name: "placeholder bound to a body parameter",
            files: [
                "api-ref/source/index.rst": document(
                    """
                    .. rest_method:: GET /servers/{name}

                    .. rest_parameters:: parameters.yaml

                      - name: name
                      - server_id: server_id
                    """),
                "parameters.yaml": goodParameters,
            ],
            expected: [
                "api-ref/source/index.rst:13:5: error: path parameter 'server_id' is not a placeholder of '/servers/{name}' [path-parameter-not-in-url]",
                "api-ref/source/index.rst:12:11: error: placeholder 'name' is bound to 'name', which is 'in: body', not 'in: path' [placeholder-not-path]",
            ].sorted()),
        Case(
            name: "bad method and path",
            files: [
                "api-ref/source/index.rst": document(
                    """
                    .. rest_method:: FETCH servers/{id

                    Other
                    =====

                    .. rest_method:: get /servers
                    """),
                "parameters.yaml": goodParameters,
            ],
            expected: [
                "api-ref/source/index.rst:8:18: error: 'FETCH' is not an HTTP method [invalid-http-method]",
                "api-ref/source/index.rst:8:24: error: path 'servers/{id' is malformed: path does not start with '/' [invalid-path]",
                "api-ref/source/index.rst:13:18: error: HTTP method 'get' should be written 'GET' [invalid-http-method]",
            ]),
        Case(
            name: "repeated placeholder",
            files: [
                "api-ref/source/index.rst": document(
                    """
                    .. rest_method:: GET /servers/{server_id}/tags/{server_id}

                    .. rest_parameters:: parameters.yaml

                      - server_id: server_id
                    """),
                "parameters.yaml": goodParameters,
            ],
            expected: [
                "api-ref/source/index.rst:8:22: error: path '/servers/{server_id}/tags/{server_id}' is malformed: placeholder '{server_id}' appears twice [invalid-path]",
                "parameters.yaml:7:1: warning: parameter 'name' is defined but no document uses it [unused-parameter]",
            ]),
        Case(
            name: "duplicate operation",
            files: [
                "api-ref/source/index.rst": """
                ===
                 T
                ===

                List
                ====

                .. rest_method:: GET /servers

                List
                ====

                .. rest_method:: GET /servers

                """
            ],
            expected: [
                "api-ref/source/index.rst:10:1: warning: 'GET /servers' is documented twice for the same microversions [duplicate-operation]\napi-ref/source/index.rst:5:1: note: first documented here"
            ]),
        Case(
            name: "parameters file field checks",
            files: [
                "api-ref/source/index.rst": document(
                    """
                    .. rest_method:: GET /servers

                    .. rest_parameters:: parameters.yaml

                      - a: a
                      - b: b
                      - c: c
                      - d: d
                    """),
                "parameters.yaml": """
                a:
                  description: A.
                  in: querry
                  required: ture
                  type: list
                b:
                  descripition: B.
                  in: body
                  requried: true
                  type: string
                c:
                  description: C.
                  in: body
                  required: false
                  typ: string
                  min_version: 2.30
                  max_version: 2.4
                d:
                  description: D.
                  in: body
                  required: false
                  type: Integer
                  min_version: v2.1

                """,
            ],
            expected: [
                "parameters.yaml:3:7: error: parameter 'a' has 'in: querry'; expected header, path, query or body [invalid-parameter-in]\nparameters.yaml:3:7: note: did you mean 'query'?",
                "parameters.yaml:4:13: error: 'required' of parameter 'a' is 'ture'; expected true or false [invalid-required]",
                "parameters.yaml:5:9: warning: parameter 'a' has type 'list'; use 'array' [nonstandard-type]",
                "parameters.yaml:6:1: warning: parameter 'b' has no 'description' field [missing-parameter-field]",
                "parameters.yaml:6:1: warning: parameter 'b' has no 'required' field [missing-parameter-field]",
                "parameters.yaml:7:3: warning: field 'descripition' of parameter 'b' looks misspelt; did you mean 'description'? [misspelt-parameter-field]",
                "parameters.yaml:9:3: warning: field 'requried' of parameter 'b' looks misspelt; did you mean 'required'? [misspelt-parameter-field]",
                "parameters.yaml:11:1: warning: parameter 'c' has no 'type' field [missing-parameter-field]",
                "parameters.yaml:15:3: warning: field 'typ' of parameter 'c' looks misspelt; did you mean 'type'? [misspelt-parameter-field]",
                "parameters.yaml:16:16: error: parameter 'c' has min_version 2.30 above max_version 2.4 [inverted-microversion-range]",
                "parameters.yaml:22:9: warning: parameter 'd' has type 'Integer'; use 'integer' [nonstandard-type]",
                "parameters.yaml:23:16: error: 'min_version' of parameter 'd' is 'v2.1'; expected a version such as '2.1' [invalid-microversion]",
            ]),
        Case(
            name: "parameters out of order",
            files: [
                "api-ref/source/index.rst": document(
                    """
                    .. rest_method:: GET /servers/{server_id}

                    .. rest_parameters:: parameters.yaml

                      - name: name
                      - server_id: server_id
                      - alpha: alpha
                    """),
                "parameters.yaml": """
                name:
                  description: N.
                  in: body
                  required: true
                  type: string
                server_id:
                  description: S.
                  in: path
                  required: true
                  type: string
                Zeta:
                  description: Z.
                  in: query
                  required: false
                  type: string
                alpha:
                  description: A.
                  in: query
                  required: false
                  type: string

                """,
            ],
            expected: [
                "parameters.yaml:16:1: warning: parameter 'alpha' comes after 'Zeta'; entries of one section go in case-insensitive alphabetical order [parameter-order]",
                "parameters.yaml:6:1: warning: parameter 'server_id' (in: path) comes after 'name' (in: body); header, path, query and body entries go in that order [parameter-order]",
                "parameters.yaml:11:1: warning: parameter 'Zeta' is defined but no document uses it [unused-parameter]",
            ].sorted { lhs, rhs in lineOf(lhs) < lineOf(rhs) }),
        Case(
            name: "missing files and bad items",
            files: [
                "api-ref/source/index.rst": document(
                    """
                    .. include:: missing.inc

                    .. rest_method:: GET /servers

                    .. rest_parameters:: nowhere.yaml

                      - name:key

                    .. literalinclude:: ../../doc/nothing.json
                    """)
            ],
            expected: [
                "api-ref/source/index.rst:8:14: error: file 'api-ref/source/missing.inc' named by 'include' does not exist [missing-file]",
                "api-ref/source/index.rst:12:22: error: parameters file 'nowhere.yaml' named by 'rest_parameters' does not exist [missing-file]\napi-ref/source/index.rst:12:22: note: looked in 'api-ref/source' and its parents up to '.'",
                "api-ref/source/index.rst:14:3: error: item '- name:key' is not of the form '- name: key' [invalid-parameter-item]",
                "api-ref/source/index.rst:16:21: error: file 'doc/nothing.json' named by 'literalinclude' does not exist [missing-file]",
            ]),
        Case(
            name: "include cycles, repeats and paths outside the root",
            files: [
                "api-ref/source/index.rst": """
                .. include:: a.inc
                .. include:: a.inc
                .. include:: ../../../etc/passwd
                """,
                "api-ref/source/a.inc": ".. include:: b.inc\n",
                "api-ref/source/b.inc": ".. include:: a.inc\n",
            ],
            expected: [
                "api-ref/source/b.inc:1:14: error: 'api-ref/source/a.inc' is already being included; include cycle not followed [include-cycle]",
                "api-ref/source/index.rst:2:14: warning: 'api-ref/source/a.inc' is already included by this document; its operations appear twice [duplicate-include]",
                "api-ref/source/index.rst:3:14: error: 'include' names '../etc/passwd', outside the project root '.'; not read [outside-root]",
            ]),
        Case(
            name: "broken YAML and empty parameters",
            files: [
                "api-ref/source/index.rst": document(
                    """
                    .. rest_method:: GET /servers

                    .. rest_parameters:: broken.yaml

                      - name: name

                    .. rest_parameters:: empty.yaml

                      - name: name
                    """),
                "broken.yaml": "name:\n  in: body\n bad: [\n",
                "empty.yaml": "# nothing yet\n",
            ],
            expected: [
                "broken.yaml:3:2: error: did not find expected key while parsing a block mapping [yaml-syntax]",
                "empty.yaml: error: parameters file defines no parameters [empty-parameters-file]",
                "api-ref/source/index.rst:16:11: error: parameter 'name' is not defined in 'empty.yaml' [undefined-parameter]",
            ].sorted()),
        Case(
            name: "rest_method versions and extra text",
            files: [
                "api-ref/source/index.rst": """
                Title
                =====

                .. rest_method:: GET /a extra

                B
                =

                .. rest_method:: GET /b
                   min_version: 2.10
                   max_version: 2.5

                C
                =

                .. rest_method:: GET /c
                   min_version: 2.x

                """
            ],
            expected: [
                "api-ref/source/index.rst:4:25: error: 'rest_method' has text after its path: 'extra' [invalid-path]",
                "api-ref/source/index.rst:10:17: error: operation has min_version 2.10 above max_version 2.5 [inverted-microversion-range]",
                "api-ref/source/index.rst:17:17: error: 'min_version' of 'rest_method' is '2.x'; expected a version such as '2.1' [invalid-microversion]",
            ]),
        Case(
            name: "same route with other placeholder names",
            files: [
                "api-ref/source/index.rst": """
                T
                =

                Show Request
                ------------

                .. rest_method:: GET /transfers/{request_id}

                Show Accept
                -----------

                .. rest_method:: GET /transfers/{accept_id}

                """
            ],
            expected: [
                "api-ref/source/index.rst:9:1: warning: 'GET /transfers/{accept_id}' is the same route as 'GET /transfers/{request_id}' for the same microversions; one of the paths is likely wrong [duplicate-operation]\napi-ref/source/index.rst:4:1: note: first documented here",
                "api-ref/source/index.rst:12:33: error: path placeholder 'accept_id' of 'GET /transfers/{accept_id}' is not documented by an 'in: path' parameter [undocumented-path-parameter]",
                "api-ref/source/index.rst:7:33: error: path placeholder 'request_id' of 'GET /transfers/{request_id}' is not documented by an 'in: path' parameter [undocumented-path-parameter]",
            ].sorted { lineOf($0) < lineOf($1) }),
        Case(
            name: "quoted required",
            files: [
                "api-ref/source/index.rst": document(
                    """
                    .. rest_method:: GET /a

                    .. rest_parameters:: parameters.yaml

                      - a: a
                    """),
                "parameters.yaml": "a:\n  description: A.\n  in: query\n  required: \"true\"\n  type: string\n",
            ],
            expected: [
                "parameters.yaml:4:13: error: 'required' of parameter 'a' is the quoted string 'true'; write true without quotes [invalid-required]"
            ]),
    ]

    static func lineOf(_ rendered: String) -> Int {
        Int(rendered.split(separator: ":")[1]) ?? 0
    }

    @Test(arguments: cases)
    func printsExactFindings(_ testCase: Case) {
        let printed = TestProject(testCase.files).lint()
        #expect(printed == testCase.expected)
    }

    @Test func everyRuleHasAUniqueKebabCaseID() {
        let ids = RuleCatalog.all.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { $0.allSatisfy { $0.isLowercase || $0 == "-" } })
        #expect(ids.count == 47)
        #expect(ids.contains("undocumented-field") && ids.contains("json-syntax") && ids.contains("unplaced-parameter"))
    }
}
