/// Flags a `type` outside string, integer, float, boolean, object, array and none, with the
/// standard name for known aliases; validation and code generation read only the standard set.
///
///     parameters.yaml:20:9: warning: parameter 'networks' has type 'list'; use 'array' [nonstandard-type]
struct NonstandardTypeRule: LintRule {
    static let descriptor = RuleDescriptor(
        "nonstandard-type", .warning, "a parameter type outside string, integer, float, boolean, object, array, none")

    static let standardTypes: Set<String> = ["string", "integer", "float", "boolean", "object", "array", "none"]

    /// Names seen in real parameters files and the standard type each one means.
    static let aliases: [String: String] = [
        "list": "array", "dict": "object", "bool": "boolean", "int": "integer", "uuid": "string", "str": "string",
        "number": "float", "double": "float", "null": "none", "hash": "object", "map": "object",
    ]

    func check(_ context: LintContext) -> [Diagnostic] {
        context.parameterFiles.flatMap(\.definitions).compactMap { definition in
            guard let field = definition.field("type") else { return nil }
            guard let type = field.value.scalarText else {
                return Diagnostic(
                    Self.descriptor, "parameter '\(definition.key)' has a \(field.value.kindName) as its type",
                    at: field.value.location)
            }
            guard !Self.standardTypes.contains(type) else { return nil }
            let lowered = type.lowercased()
            let hint = Self.standardTypes.contains(lowered) ? lowered : Self.aliases[lowered]
            let message =
                hint.map { "parameter '\(definition.key)' has type '\(type)'; use '\($0)'" }
                ?? "parameter '\(definition.key)' has type '\(type)'; expected string, integer, float, boolean, object, array or none"
            return Diagnostic(Self.descriptor, message, at: field.value.location)
        }
    }
}
