/// The model as JSON, in document order, for `apiref dump` and for tests that pin the model.
///
/// Locations are `path:line:col` strings; parameters files come after the documents, in path
/// order, with every field of every entry as written.
public enum ModelDump {
    public static func json(_ reference: APIReference) -> JSONText {
        .object([
            ("documents", .array(reference.documents.map(document))),
            (
                "parameterFiles",
                .array(
                    reference.parameterFiles.keys.sorted().compactMap {
                        reference.parameterFiles[$0].map(parameterFile)
                    })
            ),
        ])
    }

    static func document(_ document: Document) -> JSONText {
        .object([
            ("path", .string(document.path)),
            ("title", document.title.map(JSONText.string) ?? .null),
            ("includes", .array(document.includedFiles.map(JSONText.string))),
            ("groups", .array(document.groups.map(group))),
            ("looseParameterLists", .array(document.looseParameterLists.map(parameterList))),
            ("looseSamples", .array(document.looseSamples.map(sample))),
        ])
    }

    static func group(_ group: Group) -> JSONText {
        .object([
            ("title", .string(group.title)),
            ("location", .string(group.location.description)),
            ("operations", .array(group.operations.map(operation))),
        ])
    }

    static func operation(_ operation: Operation) -> JSONText {
        .object([
            ("title", .string(operation.title)),
            ("location", .string(operation.location.description)),
            ("method", .string(operation.method)),
            ("path", .string(operation.path.text)),
            ("placeholders", .array(operation.path.placeholders.map { .string($0.name) })),
            ("microversions", range(operation.microversions)),
            ("parameterLists", .array(operation.parameterLists.map(parameterList))),
            ("statusCodes", .array(operation.statusCodes.map(statusCode))),
            ("samples", .array(operation.samples.map(sample))),
        ])
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
