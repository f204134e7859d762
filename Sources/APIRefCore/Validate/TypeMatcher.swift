/// Compares a sample value with a documented `type`.
///
/// `null` fits every type (os-api-ref cannot mark a field nullable and services return `null`
/// for unset values); an integer fits `float`; known aliases (`list`, `dict`, `bool`, `int`,
/// `uuid`) count as their standard type; other types (`enum`, `datestamp`) are not checked.
enum TypeMatcher {
    /// Whether a value fits a documented type: `true`, `false`, or `nil` when the type is not
    /// one apiref can check.
    static func matches(_ type: String?, _ value: JSONNode) -> Bool? {
        guard let type else { return nil }
        let lowered = type.lowercased()
        let standard =
            NonstandardTypeRule.standardTypes.contains(lowered)
            ? lowered : NonstandardTypeRule.aliases[lowered]
        guard let standard else { return nil }
        if case .null = value.kind { return true }
        switch (standard, value.kind) {
        case ("string", .string), ("integer", .integer), ("float", .float), ("float", .integer),
            ("boolean", .bool), ("object", .object), ("array", .array):
            return true
        default:
            return false
        }
    }
}
