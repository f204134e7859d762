/// Translates one operation into its request and response types.
///
/// The request holds the path, query and header parameters as properties and the body as
/// `Body`; it knows its route, builds its concrete path (percent-encoding each value), its
/// query items and header fields, and decodes itself from a `RouteMatch`. The response holds
/// the status code, the response headers and `Body`, and encodes itself for the router.
struct OperationTranslator {
    /// What the translation of one operation gives.
    struct Translation {
        var declarations: [SwiftDeclaration]
        /// The top-level key of the request body that tells this operation from others on
        /// its route (nova's actions), if the request has a body.
        var bodyKey: String?
        var hasRequestBody: Bool
        var hasResponseBody: Bool
    }

    /// A path, query or header parameter of the request or a header of the response.
    private struct FieldParameter {
        var name: String
        var wireName: String
        var type: String
        var isOptional: Bool
        var isList: Bool
        var location: String
        var doc: [String]
    }

    let operation: Operation
    let result: SampleValidator.OperationResult
    let context: LintContext
    /// The JSON samples of the operation that validation found clean, by direction.
    let samples: [Direction: [JSONNode]]
    /// The names of its types: `ListAgentBuilds` gives `ListAgentBuildsRequest` and
    /// `ListAgentBuildsResponse`.
    let baseName: String
    /// Where the operation is documented, for the provenance line.
    let sourceName: String
    /// The doc lines of descriptions, shared by every operation of the run.
    let docs: DocTextCache

    static let reservedRequestMembers: Set<String> = ["route", "path", "queryItems", "headerFields", "body", "match"]
    static let reservedResponseMembers: Set<String> = ["status", "successCodes", "errorCodes", "body", "output"]

    func translate() -> Translation {
        let (requestBody, bodyKey) = body(.request)
        let (responseBody, _) = body(.response)
        return Translation(
            declarations: [request(body: requestBody), response(body: responseBody)], bodyKey: bodyKey,
            hasRequestBody: !requestBody.isEmpty, hasResponseBody: !responseBody.isEmpty)
    }

    private var summary: String {
        "'\(operation.title)': `\(operation.method) \(operation.path.text)`."
    }

    private func typeDoc(_ first: String) -> [String] {
        var lines = [first]
        if let availability = DocText.availability(operation.microversions) { lines += ["", availability] }
        lines += ["", "Generated from '\(operation.method) \(operation.path.text)' in \(sourceName)."]
        return lines
    }

    // MARK: - Bodies

    /// The declarations of `Body` for one direction (a struct, or an alias of an array or of
    /// `JSONValue`) with what they need, and the request's distinguishing key.
    private func body(_ direction: Direction) -> (declarations: [SwiftDeclaration], key: String?) {
        let tree = direction == .request ? result.request : result.response
        let shown = samples[direction] ?? []
        let translator = BodyTypeTranslator(coveredRange: coveredRange(direction), docs: docs)
        var scope = IdentifierScope(
            reserving: BodyTypeTranslator.reservedTypeNames.union(["Body", "Request", "Response"]))
        let doc = ["The \(direction.rawValue) body of \(summary)"]
        // A body that is a bare array (glance's locations) is described by the one listed
        // array that no sample holds as a key.
        if !shown.isEmpty, shown.allSatisfy({ if case .array = $0.kind { true } else { false } }),
            let array = tree.children.first(where: { node in
                !node.isSeen && node.parameters.contains { BodyTypeTranslator.standardType($0.type) == "array" }
            })
        {
            let element = translator.translate(
                array, values: shown, name: SwiftIdentifier.typeName(array.name), scope: &scope)
            return (element.declarations + [.typeAlias(doc: doc, name: "Body", type: element.type)], nil)
        }
        let objects = !shown.isEmpty && shown.allSatisfy { $0.members != nil }
        // A body keyed by UUIDs (placement's allocations by consumer): a map of entries.
        if tree.isMap, objects {
            let map = translator.translate(tree, values: shown, name: "Body", scope: &scope)
            return (map.declarations + [.typeAlias(doc: doc, name: "Body", type: map.type)], nil)
        }
        // Listed fields that no sample holds, beside samples whose keys are accepted all the
        // same (nova's extra spec shown by key, listed as `key` and `value`): the fields
        // describe the entries of a map, not its keys.
        if objects, tree.isDocumented, tree.children.filter(\.isDocumented).allSatisfy({ $0.placement == .assumed }) {
            let described = doc + ["", "Its keys are chosen at run time; the documentation describes its entries."]
            return ([.typeAlias(doc: described, name: "Body", type: "[String: JSONValue]")], nil)
        }
        if tree.isDocumented, shown.allSatisfy({ $0.members != nil }) {
            let fields = tree.children.filter(\.isDocumented)
            let structure = translator.structure(fields, values: shown, name: "Body", doc: doc)
            return ([structure], direction == .request ? distinguishingKey(tree) : nil)
        }
        if !shown.isEmpty || tree.isDocumented {
            let untyped = doc + ["", "The documentation does not describe its fields."]
            return ([.typeAlias(doc: untyped, name: "Body", type: "JSONValue")], nil)
        }
        return ([], nil)
    }

    /// The top-level key a request body of this operation holds: the first documented one a
    /// sample or a dotted name places, else the first documented one.
    private func distinguishingKey(_ tree: BodyNode) -> String? {
        let documented = tree.children.filter { !$0.parameters.isEmpty }
        return (documented.first { $0.placement == .sample || $0.placement == .dottedName } ?? documented.first)?.name
    }

    /// The microversions a decoded body may come from: every one the operation serves, widened
    /// to any a sample of the direction shows beyond them. A client meets responses of all of
    /// them, so a field that some lack (nova's `flavor.vcpus`, from 2.47) is optional.
    private func coveredRange(_ direction: Direction) -> MicroversionRange {
        let bindings = result.bindings.filter { $0.direction == direction }
        let lows = bindings.compactMap { $0.range?.minimum ?? $0.microversion }
        let highs = bindings.compactMap { $0.range.map { $0.maximum } ?? $0.microversion }
        return MicroversionRange(
            minimum: operation.microversions.minimum.map { ([$0] + lows).min() ?? $0 },
            maximum: operation.microversions.maximum.map { ([$0] + highs).max() ?? $0 })
    }

    // MARK: - Parameters

    /// The path, query and header parameters of a direction, in list order, each name once.
    private func fieldParameters(_ direction: Direction, scope: inout IdentifierScope) -> [FieldParameter] {
        var fields: [FieldParameter] = []
        var seen: Set<String> = []
        if direction == .request {
            for placeholder in operation.path.placeholders where seen.insert("path " + placeholder.name).inserted {
                let definition = definitions(direction).first { $0.reference.name == placeholder.name }?.definition
                fields.append(
                    FieldParameter(
                        name: scope.claim(SwiftIdentifier.memberName(placeholder.name)), wireName: placeholder.name,
                        type: BodyTypeTranslator.standardType(definition?.type) == "integer" ? "Int" : "String",
                        isOptional: false, isList: false, location: "path",
                        doc: docs.lines(definition?.description)))
            }
        }
        for (reference, definition) in definitions(direction) {
            guard let placement = definition.placement, placement == .query || placement == .header,
                seen.insert(placement.rawValue + " " + reference.name).inserted
            else { continue }
            let type = BodyTypeTranslator.standardType(definition.type)
            let isList = placement == .query && type == "array"
            let scalar =
                placement == .header
                ? "String" : ["integer": "Int", "float": "Double", "boolean": "Bool"][type] ?? "String"
            var doc = docs.lines(definition.description)
            if let availability = DocText.availability(definition.microversions) {
                doc += doc.isEmpty ? [availability] : ["", availability]
            }
            fields.append(
                FieldParameter(
                    name: scope.claim(SwiftIdentifier.memberName(reference.name)), wireName: reference.name,
                    type: isList ? "[String]" : scalar, isOptional: !isList && !(definition.isRequired ?? false),
                    isList: isList, location: placement.rawValue, doc: doc))
        }
        return fields
    }

    private func definitions(_ direction: Direction) -> [(
        reference: ParameterReference, definition: ParameterDefinition
    )] {
        operation.parameterLists.filter { $0.direction == direction }.flatMap { list in
            list.items.compactMap { item in context.definition(of: item, in: list).map { (item, $0) } }
        }
    }

    private func property(_ field: FieldParameter) -> SwiftDeclaration {
        .property(SwiftProperty(doc: field.doc, name: field.name, type: field.type + (field.isOptional ? "?" : "")))
    }

    private func parameter(_ field: FieldParameter) -> String {
        let name = SwiftIdentifier.escaped(field.name)
        if field.isList { return "\(name): \(field.type) = []" }
        return field.isOptional ? "\(name): \(field.type)? = nil" : "\(name): \(field.type)"
    }

    // MARK: - Request

    private func request(body: [SwiftDeclaration]) -> SwiftDeclaration {
        var scope = IdentifierScope(reserving: Self.reservedRequestMembers)
        let fields = fieldParameters(.request, scope: &scope)
        let hasBody = !body.isEmpty
        var members: [SwiftDeclaration] = [
            .property(
                SwiftProperty(
                    doc: ["The method and path template of the operation."], isStatic: true, isConstant: true,
                    name: "route", type: "HTTPRoute",
                    initial: "HTTPRoute(method: \(SwiftLiteral.string(operation.method.uppercased())), "
                        + "template: \(SwiftLiteral.string(operation.path.text)))"))
        ]
        members += fields.map(property)
        if hasBody { members.append(.property(SwiftProperty(doc: ["The request body."], name: "body", type: "Body"))) }
        var parameters = fields.map(parameter)
        var assignments = fields.map {
            CodeLine.line("self.\(SwiftIdentifier.escaped($0.name)) = \(SwiftIdentifier.escaped($0.name))")
        }
        if hasBody {
            parameters.append("body: Body")
            assignments.append(.line("self.body = body"))
        }
        members.append(
            .function(SwiftFunction(signature: "init(\(parameters.joined(separator: ", ")))", body: assignments)))
        members += pathFunctions(fields.filter { $0.location == "path" })
        members.append(listProperty("queryItems", type: "[QueryItem]", fields.filter { $0.location == "query" }))
        members.append(headerProperty(fields.filter { $0.location == "header" }))
        var decoding = fields.map { field -> CodeLine in
            let call = field.isList ? "list" : field.isOptional ? "optional" : "required"
            return .line(
                "self.\(SwiftIdentifier.escaped(field.name)) = try match.\(call)(\(SwiftLiteral.string(field.wireName)), "
                    + "in: .\(field.location))")
        }
        if hasBody { decoding.append(.line("self.body = try match.body(Body.self)")) }
        members.append(
            .function(
                SwiftFunction(
                    doc: ["Reads the request from a request the router matched to this operation's route."],
                    signature: "init(_ match: RouteMatch) throws", body: decoding)))
        members += body
        return .structure(
            SwiftStruct(
                doc: typeDoc("The request of \(summary)"), name: baseName + "Request",
                conformances: ["Sendable", "Hashable"], members: members))
    }

    /// `static func path(...)`, building the concrete path from typed values, and `var path`.
    private func pathFunctions(_ fields: [FieldParameter]) -> [SwiftDeclaration] {
        var pieces: [String] = []
        var literal = ""
        var rest = Substring(operation.path.text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            literal += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            if let field = fields.first(where: { $0.wireName == name }) {
                pieces.append(SwiftLiteral.string(literal))
                pieces.append("PathEncoding.segment(\(SwiftIdentifier.escaped(field.name)).routeText)")
                literal = ""
            } else {
                literal += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        literal += rest
        if !literal.isEmpty || pieces.isEmpty { pieces.append(SwiftLiteral.string(literal)) }
        let labels = fields.map { "\(SwiftIdentifier.escaped($0.name)): \($0.type)" }.joined(separator: ", ")
        let arguments = fields.map {
            "\(SwiftIdentifier.argumentLabel($0.name)): self.\(SwiftIdentifier.escaped($0.name))"
        }
        .joined(separator: ", ")
        // Joined by appending, one piece a statement, to keep type-checking quick.
        var body: [CodeLine] = [.line(pieces.count == 1 ? "return \(pieces[0])" : "var path = \(pieces[0])")]
        if pieces.count > 1 {
            body += pieces.dropFirst().map { .line("path += \($0)") }
            body.append(.line("return path"))
        }
        return [
            .function(
                SwiftFunction(
                    doc: ["The concrete path for these values, each percent-encoded."],
                    signature: "static func path(\(labels)) -> String", body: body)),
            .property(
                SwiftProperty(
                    doc: ["The concrete path of this request."], name: "path", type: "String",
                    getter: [.line("Self.path(\(arguments))")])),
        ]
    }

    private func listProperty(_ name: String, type: String, _ fields: [FieldParameter]) -> SwiftDeclaration {
        guard !fields.isEmpty else {
            return .property(
                SwiftProperty(
                    doc: ["The query parameters of this request: none."], name: name, type: type, getter: [.line("[]")])
            )
        }
        var body: [CodeLine] = [.line("var items: \(type) = []")]
        for field in fields {
            let property = "self." + SwiftIdentifier.escaped(field.name)
            let wire = SwiftLiteral.string(field.wireName)
            if field.isList {
                body.append(.line("items += \(property).map { QueryItem(name: \(wire), value: $0.routeText) }"))
            } else if field.isOptional {
                body.append(
                    .block(
                        "if let value = \(property) {",
                        [.line("items.append(QueryItem(name: \(wire), value: value.routeText))")]))
            } else {
                body.append(.line("items.append(QueryItem(name: \(wire), value: \(property).routeText))"))
            }
        }
        body.append(.line("return items"))
        return .property(
            SwiftProperty(doc: ["The query parameters of this request."], name: name, type: type, getter: body))
    }

    private func headerProperty(_ fields: [FieldParameter]) -> SwiftDeclaration {
        .property(
            SwiftProperty(
                doc: ["The header fields of this request."], name: "headerFields", type: "[String: String]",
                getter: headerLines(fields)))
    }

    private func headerLines(_ fields: [FieldParameter], extra: [CodeLine] = []) -> [CodeLine] {
        if fields.isEmpty, extra.isEmpty { return [.line("return [:]")] }
        var body: [CodeLine] = [.line("var fields: [String: String] = [:]")] + extra
        for field in fields {
            let property = "self." + SwiftIdentifier.escaped(field.name)
            let wire = SwiftLiteral.string(field.wireName)
            if field.isOptional {
                body.append(.block("if let value = \(property) {", [.line("fields[\(wire)] = value")]))
            } else {
                body.append(.line("fields[\(wire)] = \(property)"))
            }
        }
        body.append(.line("return fields"))
        return body
    }

    // MARK: - Response

    private func response(body: [SwiftDeclaration]) -> SwiftDeclaration {
        var scope = IdentifierScope(reserving: Self.reservedResponseMembers)
        let headers = fieldParameters(.response, scope: &scope).filter { $0.location == "header" }
        let hasBody = !body.isEmpty
        let success = operation.statusCodes.filter { $0.kind == .success }.map(\.code)
        let errors = operation.statusCodes.filter { $0.kind == .error }.map(\.code)
        let codes = { (codes: [Int]) in "[" + Self.unique(codes).map(String.init).joined(separator: ", ") + "]" }
        var members: [SwiftDeclaration] = [
            .property(
                SwiftProperty(
                    doc: ["The status codes the documentation lists for success."], isStatic: true,
                    isConstant: true, name: "successCodes", type: "[Int]", initial: codes(success))),
            .property(
                SwiftProperty(
                    doc: ["The status codes the documentation lists for errors."], isStatic: true, isConstant: true,
                    name: "errorCodes", type: "[Int]", initial: codes(errors))),
            .property(SwiftProperty(doc: ["The HTTP status code."], name: "status", type: "Int")),
        ]
        members += headers.map(property)
        if hasBody { members.append(.property(SwiftProperty(doc: ["The response body."], name: "body", type: "Body"))) }
        var parameters = ["status: Int = \(success.first ?? 200)"] + headers.map(parameter)
        var assignments: [CodeLine] = [.line("self.status = status")]
        assignments += headers.map {
            .line("self.\(SwiftIdentifier.escaped($0.name)) = \(SwiftIdentifier.escaped($0.name))")
        }
        if hasBody {
            parameters.append("body: Body")
            assignments.append(.line("self.body = body"))
        }
        members.append(
            .function(SwiftFunction(signature: "init(\(parameters.joined(separator: ", ")))", body: assignments)))
        var output: [CodeLine]
        if hasBody || !headers.isEmpty {
            output = headerLines(
                headers, extra: hasBody ? [.line("fields[\"Content-Type\"] = \"application/json\"")] : [])
            output.removeLast()
            output.append(
                .line(
                    hasBody
                        ? "return RouterOutput(status: status, headers: fields, body: try JSONCoding.encode(body))"
                        : "return RouterOutput(status: status, headers: fields)"))
        } else {
            output = [.line("RouterOutput(status: status)")]
        }
        members.append(
            .function(
                SwiftFunction(
                    doc: ["The response as the router sends it: status, header fields and the encoded body."],
                    signature: "func output() throws -> RouterOutput", body: output)))
        members += body
        return .structure(
            SwiftStruct(
                doc: typeDoc("The response of \(summary)"), name: baseName + "Response",
                conformances: ["Sendable", "Hashable"], members: members))
    }

    private static func unique(_ codes: [Int]) -> [Int] {
        var seen: Set<Int> = []
        return codes.filter { seen.insert($0).inserted }
    }
}
