import Testing

@testable import APIRefCore

/// Where flat names go in the body tree, and the findings that follow: each case is the
/// minimal input of a misreading found in the corpus (keystone's tokens, nova's volumes).
@Suite struct BodyPlacementTests {
    func definition(_ key: String, type: String, required: Bool = true, description: String = "A field.") -> String {
        ValidationConventionTests.definition(key, type: type, required: required, description: description)
    }

    /// The exact findings `apiref validate` prints for one operation `GET /a` with one list and
    /// its samples.
    static func validate(parameters: String, part: String = "Response", list: [String], samples: [String: String])
        -> [String]
    {
        var lines = ["Things", "======", "", "Show", "----", "", ".. rest_method:: GET /a", "", part]
        lines += [String(repeating: "~", count: part.count), "", ".. rest_parameters:: parameters.yaml", ""]
        lines += list.map { "  - \($0)" } + [""]
        for name in samples.keys.sorted() { lines += [".. literalinclude:: ../../doc/\(name)", ""] }
        var files = ["parameters.yaml": parameters, "api-ref/source/index.rst": lines.joined(separator: "\n")]
        for (name, text) in samples { files["doc/\(name)"] = text }
        return TestProject(files).validate()
    }

    static let tokenParameters = [
        ("catalog", "array", false, "A catalog list."), ("token", "object", true, "A token object."),
        ("user", "object", true, "A user object."), ("user_id", "string", true, "The ID of the user."),
    ].map { ValidationConventionTests.definition($0.0, type: $0.1, required: $0.2, description: $0.3) }.joined()

    /// keystone's token: `catalog[]` and `user` both hold an `id`, at the same depth. The key
    /// `user_id` names the owner, so `catalog` stays free-form and `user` is checked.
    @Test func aFlatNameGoesToTheObjectItsKeyNames() {
        let sample = #"{"token": {"catalog": [{"id": "c1", "endpoints": []}], "user": {"id": "u1", "extra": 1}}}"#
        for catalog in ["catalog", "zcat"] {
            let parameters = Self.tokenParameters.replacingOccurrences(of: "catalog:", with: "\(catalog):")
            let findings = Self.validate(
                parameters: parameters, list: ["token: token", "user: user", "\(catalog): \(catalog)", "id: user_id"],
                samples: ["resp.json": sample.replacingOccurrences(of: "\"catalog\"", with: "\"\(catalog)\"")])
            #expect(
                findings == [
                    "doc/resp.json:1:\(catalog == "catalog" ? 77 : 74): error: field 'token.user.extra' of the response sample is not documented for 'GET /a' [undocumented-field]\napi-ref/source/index.rst:19:21: note: sample included here"
                ])
        }
    }

    /// keystone's scoped request: the scope's `project` holds an `id` shallower than the user
    /// does. The description ("The ID of the user.") names the owner; the free-form `scope`
    /// stays free-form.
    @Test func aFlatNameGoesToTheObjectItsDescriptionNamesThoughDeeper() {
        let parameters =
            definition("auth", type: "object") + definition("identity", type: "object")
            + definition("scope", type: "object", required: false) + definition("user", type: "object")
            + definition("uid", type: "string", required: false, description: "The ID of the user.")
        let sample = """
            {"auth": {"identity": {"password": {"user": {"id": "u1", "password": "p"}}},
             "scope": {"project": {"id": "p1", "domain": {"id": "d1"}}}}}
            """
        #expect(
            Self.validate(
                parameters: parameters, part: "Request",
                list: ["auth: auth", "identity: identity", "user: user", "id: uid", "scope: scope"],
                samples: ["req.json": sample])
                == [
                    "doc/req.json:1:58: error: field 'auth.identity.password.user.password' of the request sample is not documented for 'GET /a' [undocumented-field]\napi-ref/source/index.rst:20:21: note: sample included here"
                ])
    }

    /// A name the samples hold in several objects the definition names (keystone's
    /// `prior_role` and its `implies` roles, "An implied role object.") is documented in each.
    @Test func aFlatNameIsDocumentedInEachObjectOfItsOwner() {
        let parameters =
            definition("inferences", type: "array")
            + definition("implies", type: "array", description: "Implied role objects.")
            + definition("prior_role", type: "object") + definition("role_id", type: "string")
        let sample = #"{"inferences": [{"prior_role": {"id": "a", "x": 1}, "implies": [{"id": "b", "x": 2}]}]}"#
        #expect(
            Self.validate(
                parameters: parameters,
                list: ["inferences: inferences", "prior_role: prior_role", "implies: implies", "id: role_id"],
                samples: ["resp.json": sample])
                == [
                    "doc/resp.json:1:44: error: field 'inferences.prior_role.x' of the response sample is not documented for 'GET /a' [undocumented-field]\napi-ref/source/index.rst:19:21: note: sample included here",
                    "doc/resp.json:1:77: error: field 'inferences.implies.x' of the response sample is not documented for 'GET /a' [undocumented-field]\napi-ref/source/index.rst:19:21: note: sample included here",
                ])
    }

    /// A name the samples hold only outside its owner (the user is given by `id`, the scope's
    /// project by `name`) is assumed in the owner rather than placed in the project.
    @Test func aFlatNameHeldOnlyOutsideItsOwnerIsAssumedInTheOwner() {
        let parameters =
            definition("auth", type: "object") + definition("scope", type: "object", required: false)
            + definition("user", type: "object") + definition("user_id", type: "string", required: false)
            + definition("user_name", type: "string", required: false)
        let sample = #"{"auth": {"user": {"id": "u1"}, "scope": {"project": {"name": "p", "domain": {}}}}}"#
        #expect(
            Self.validate(
                parameters: parameters, part: "Request",
                list: ["auth: auth", "user: user", "id: user_id", "name: user_name", "scope: scope"],
                samples: ["req.json": sample]) == [])
    }

    /// nova's volume: `attachments.id` is listed, and so is the volume's flat `id`. The flat
    /// name does not merge into the dotted one, so an attachment without `id` is fine.
    @Test func aDottedNameKeepsItsPlace() {
        let parameters =
            definition("attachment_id", type: "string", required: false)
            + definition("attachments", type: "array") + definition("volume", type: "object")
            + definition("identifier", type: "string", description: "The ID.")
        #expect(
            Self.validate(
                parameters: parameters,
                list: [
                    "volume: volume", "attachments: attachments", "attachments.id: attachment_id", "id: identifier",
                ],
                samples: [
                    "a.json": #"{"volume": {"id": "v1", "attachments": [{"id": "a1"}]}}"#,
                    "b.json": #"{"volume": {"id": "v2", "attachments": [{}]}}"#,
                ]) == [])
    }

    /// keystone's service update lists `type` before the `service` wrapper; where a name is
    /// listed does not change where it is assumed.
    @Test func aNameListedBeforeTheWrapperIsAssumedInIt() {
        let parameters =
            definition("service", type: "object") + definition("service_description", type: "string", required: false)
            + definition("service_name", type: "string") + definition("service_type", type: "string")
        let expected = [
            "doc/req.json:1:13: error: required field 'name' appears nowhere in the request sample [missing-required-field]\napi-ref/source/index.rst:LIST:5: note: 'name' is documented as required here",
            "doc/req.json:1:13: error: required field 'type' appears nowhere in the request sample [missing-required-field]\napi-ref/source/index.rst:TYPE:5: note: 'type' is documented as required here",
        ]
        let orders = [
            ["type: service_type", "service: service", "description: service_description", "name: service_name"],
            ["service: service", "description: service_description", "name: service_name", "type: service_type"],
        ]
        for list in orders {
            let line = { (name: String) in 14 + list.firstIndex { $0.hasPrefix(name + ":") }! }
            #expect(
                Self.validate(
                    parameters: parameters, part: "Request", list: list,
                    samples: ["req.json": #"{"service": {"description": "x"}}"#])
                    == expected.map {
                        $0.replacingOccurrences(of: "LIST", with: "\(line("name"))")
                            .replacingOccurrences(of: "TYPE", with: "\(line("type"))")
                    })
        }
    }
}
