/// Reads a parameters file (os-api-ref's `parameters.yaml`) into a `ParameterFile`.
///
///     server_id_path:
///       in: path
///       required: true
///       type: string
///       description: |
///         The UUID of the server.
///
/// Entries keep file order and every field. A top-level value that is not a mapping is
/// reported as `parameter-not-mapping`; YAML errors come from `YAMLReader`.
public enum ParametersReader {
    public static let notMapping = RuleDescriptor(
        "parameter-not-mapping", .error, "a parameters file or one of its entries is not a mapping")

    public static func read(_ source: SourceText) -> (file: ParameterFile, diagnostics: [Diagnostic]) {
        var (root, diagnostics) = YAMLReader.read(source)
        var definitions: [ParameterDefinition] = []
        guard let root else {
            let readable = diagnostics.isEmpty
            return (ParameterFile(path: source.path, definitions: [], isReadable: readable), diagnostics)
        }
        guard let pairs = root.pairs else {
            if !root.isNull {
                diagnostics.append(
                    Diagnostic(
                        notMapping, "parameters file holds a \(root.kindName), expected a mapping of parameter names",
                        at: root.location))
            }
            return (ParameterFile(path: source.path, definitions: []), diagnostics)
        }
        for pair in pairs {
            let key = pair.key.scalarText ?? ""
            var definition = ParameterDefinition(key: key, location: pair.key.location, fields: [])
            if let fields = pair.value.pairs {
                definition.fields = fields.map {
                    .init(
                        name: $0.key.scalarText ?? "", value: $0.value, location: $0.key.location, isMerged: $0.isMerged
                    )
                }
            } else {
                definition.malformedValue = pair.value
                diagnostics.append(
                    Diagnostic(
                        notMapping, "parameter '\(key)' is a \(pair.value.kindName), expected a mapping of fields",
                        at: pair.value.location))
            }
            definitions.append(definition)
        }
        return (ParameterFile(path: source.path, definitions: definitions), diagnostics)
    }
}
