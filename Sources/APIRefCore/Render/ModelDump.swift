/// The model as JSON, in document order, for `apiref dump` and for tests that pin the model.
///
/// Locations are `path:line:col` strings; parameters files come after the documents, in path
/// order, with every field of every entry as written.
public enum ModelDump {
    /// The model; with `validation`, each operation also shows its inferred body trees and
    /// each sample the microversion it was bound to and the rule that gave it.
    public static func json(_ reference: APIReference, validation: SampleValidator.Result? = nil) -> JSONText {
        .object([
            (
                "documents",
                .array(
                    reference.documents.enumerated().map { index, item in
                        document(item, results: validation?.operations[index])
                    })
            ),
            (
                "parameterFiles",
                .array(
                    reference.parameterFiles.keys.sorted().compactMap {
                        reference.parameterFiles[$0].map(parameterFile)
                    })
            ),
        ])
    }

    static func document(_ document: Document, results: [SampleValidator.OperationResult]?) -> JSONText {
        .object([
            ("path", .string(document.path)),
            ("title", document.title.map(JSONText.string) ?? .null),
            ("includes", .array(document.includedFiles.map(JSONText.string))),
            ("groups", .array(groups(document, results: results))),
            ("looseParameterLists", .array(document.looseParameterLists.map(parameterList))),
            ("looseSamples", .array(document.looseSamples.map(sample))),
        ])
    }

    static func groups(_ document: Document, results: [SampleValidator.OperationResult]?) -> [JSONText] {
        var index = 0
        return document.groups.map { group in
            .object([
                ("title", .string(group.title)),
                ("location", .string(group.location.description)),
                (
                    "operations",
                    .array(
                        group.operations.map { item in
                            defer { index += 1 }
                            return operation(item, result: results.flatMap { index < $0.count ? $0[index] : nil })
                        })
                ),
            ])
        }
    }

    static func operation(_ operation: Operation, result: SampleValidator.OperationResult?) -> JSONText {
        var members = operationMembers(operation)
        if let result {
            members.append(("requestBody", body(result.request)))
            members.append(("responseBody", body(result.response)))
            members.append(("sampleBindings", .array(result.bindings.map(binding))))
        }
        return .object(members)
    }

    static func body(_ node: BodyNode) -> JSONText {
        var members: [(String, JSONText)] = [
            ("name", .string(node.name)), ("placement", .string(node.placement.rawValue)),
        ]
        if node.isMap { members.append(("map", .bool(true))) }
        if !node.parameters.isEmpty {
            members.append(
                (
                    "parameters",
                    .array(
                        node.parameters.map { parameter in
                            .object([
                                ("name", .string(parameter.name)),
                                ("key", .string(parameter.key)),
                                ("type", parameter.type.map(JSONText.string) ?? .null),
                                ("required", .bool(parameter.isRequired)),
                                ("microversions", range(parameter.microversions)),
                            ])
                        })
                ))
        }
        if !node.children.isEmpty { members.append(("children", .array(node.children.map(body)))) }
        return .object(members)
    }

    static func binding(_ binding: SampleBinding) -> JSONText {
        var members: [(String, JSONText)] = [
            ("path", .string(binding.sample.resolvedPath)),
            ("direction", binding.direction.map { .string($0.rawValue) } ?? .null),
            ("microversion", binding.microversion.map { .string($0.text) } ?? .null),
            ("versionRule", .string(binding.versionRule.rawValue)),
        ]
        if let below = binding.below { members.append(("below", .string(below.text))) }
        return .object(members)
    }

    static func operationMembers(_ operation: Operation) -> [(String, JSONText)] {
        [
            ("title", .string(operation.title)),
            ("location", .string(operation.location.description)),
            ("method", .string(operation.method)),
            ("path", .string(operation.path.text)),
            ("placeholders", .array(operation.path.placeholders.map { .string($0.name) })),
            ("microversions", range(operation.microversions)),
            ("parameterLists", .array(operation.parameterLists.map(parameterList))),
            ("statusCodes", .array(operation.statusCodes.map(statusCode))),
            ("samples", .array(operation.samples.map(sample))),
        ]
    }

    static func parameterList(_ list: ParameterList) -> JSONText {
        .object([
            ("direction", .string(list.direction.rawValue)),
            ("file", list.resolvedPath.map(JSONText.string) ?? .null),
            ("location", .string(list.location.description)),
            (
                "items",
                .array(
                    list.items.map { item in
                        .object([
                            ("name", .string(item.name)),
                            ("key", .string(item.key)),
                            ("location", .string(item.location.description)),
                        ])
                    })
            ),
        ])
    }

    static func statusCode(_ code: StatusCode) -> JSONText {
        var members: [(String, JSONText)] = [("code", .integer(code.code)), ("kind", .string(code.kind.rawValue))]
        if let name = code.name { members.append(("name", .string(name))) }
        if code.microversions != .all { members.append(("microversions", range(code.microversions))) }
        members.append(("location", .string(code.location.description)))
        return .object(members)
    }

    static func sample(_ sample: SampleReference) -> JSONText {
        .object([
            ("path", .string(sample.resolvedPath)),
            ("direction", sample.direction.map { .string($0.rawValue) } ?? .null),
            ("location", .string(sample.location.description)),
            ("caption", sample.caption.map(JSONText.string) ?? .null),
        ])
    }

    static func range(_ range: MicroversionRange) -> JSONText {
        .object([
            ("min", range.minimum.map { .string($0.text) } ?? .null),
            ("max", range.maximum.map { .string($0.text) } ?? .null),
        ])
    }

    static func parameterFile(_ file: ParameterFile) -> JSONText {
        .object([
            ("path", .string(file.path)),
            (
                "definitions",
                .array(
                    file.definitions.map { definition in
                        .object([
                            ("key", .string(definition.key)),
                            ("location", .string(definition.location.description)),
                            ("fields", .object(definition.fields.map { ($0.name, yaml($0.value)) })),
                        ])
                    })
            ),
        ])
    }

    static func yaml(_ node: YAMLNode) -> JSONText {
        switch node.kind {
        case .scalar(let text, _):
            if node.isNull { return .null }
            if let value = node.boolValue { return .bool(value) }
            return .string(text)
        case .sequence(let items):
            return .array(items.map(yaml))
        case .mapping(let pairs):
            return .object(pairs.map { ($0.key.scalarText ?? "", yaml($0.value)) })
        }
    }
}
