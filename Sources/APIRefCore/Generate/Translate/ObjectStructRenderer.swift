/// One property of a generated object type.
struct ObjectProperty: Sendable, Hashable {
    /// The Swift name, unique in its type.
    var name: String
    /// The JSON key, exactly as documented.
    var wireName: String
    /// The Swift type without the optional mark.
    var type: String
    var isOptional: Bool
    /// Whether the field is always present, with `null` for no value: a nil property is
    /// written as `null`, never left out.
    var isNullable = false
    var doc: [String]

    /// Whether a nil value is left out of the JSON object (unless it was `null` when decoded).
    var canBeLeftOut: Bool { isOptional && !isNullable }
}

/// Builds the declaration of an object type: its properties, the undocumented keys, a
/// memberwise initializer and the coding that keeps wire names and every other key.
enum ObjectStructRenderer {
    /// The name of the property that remembers which optional fields were `null`.
    static let nullsProperty = "explicitNulls"

    static func declaration(
        name: String, doc: [String], properties: [ObjectProperty], nested: [SwiftDeclaration]
    ) -> SwiftDeclaration {
        let extra = BodyTypeTranslator.extraKeysProperty
        var members: [SwiftDeclaration] = properties.map { property in
            .property(
                SwiftProperty(
                    doc: property.doc, name: property.name,
                    type: property.type + (property.isOptional ? "?" : "")))
        }
        members.append(
            .property(
                SwiftProperty(
                    doc: ["The keys the documentation does not name, kept as they are."], name: extra,
                    type: "[String: JSONValue]")))
        if properties.contains(where: \.canBeLeftOut) {
            members.append(
                .property(
                    SwiftProperty(
                        doc: [
                            "The JSON keys of optional fields that were `null` rather than absent; while such a",
                            "property is `nil`, encoding writes `null` for it again.",
                        ], name: nullsProperty, type: "Set<String>", initial: "[]")))
        }
        members.append(.function(initializer(properties)))
        let known = properties.map { SwiftLiteral.string($0.wireName) }.joined(separator: ", ")
        members.append(
            .property(
                SwiftProperty(
                    access: "private", isStatic: true, isConstant: true, name: "knownKeys", type: "Set<String>",
                    initial: "[\(known)]")))
        members.append(.function(decoder(properties)))
        members.append(.function(encoder(properties)))
        members += nested
        return .structure(SwiftStruct(doc: doc, name: name, conformances: ["APIObject"], members: members))
    }

    private static func initializer(_ properties: [ObjectProperty]) -> SwiftFunction {
        let extra = BodyTypeTranslator.extraKeysProperty
        var parameters = properties.map { property in
            let name = SwiftIdentifier.escaped(property.name)
            return property.isOptional ? "\(name): \(property.type)? = nil" : "\(name): \(property.type)"
        }
        parameters.append("\(extra): [String: JSONValue] = [:]")
        var body = properties.map { property -> CodeLine in
            let name = SwiftIdentifier.escaped(property.name)
            return .line("self.\(name) = \(name)")
        }
        body.append(.line("self.\(extra) = \(extra)"))
        return SwiftFunction(signature: "init(\(parameters.joined(separator: ", ")))", body: body)
    }

    private static func decoder(_ properties: [ObjectProperty]) -> SwiftFunction {
        var body: [CodeLine] = [.line("let container = try decoder.container(keyedBy: AnyCodingKey.self)")]
        for property in properties {
            let call = property.isOptional ? "decodeIfPresent" : "decode"
            body.append(
                .line(
                    "self.\(SwiftIdentifier.escaped(property.name)) = try container.\(call)(\(property.type).self, "
                        + "forKey: \(SwiftLiteral.string(property.wireName)))"))
        }
        body.append(
            .line(
                "self.\(BodyTypeTranslator.extraKeysProperty) = try container.additionalProperties(excluding: "
                    + "Self.knownKeys)"))
        if properties.contains(where: \.canBeLeftOut) {
            body.append(.line("self.\(nullsProperty) = try container.nullKeys(among: Self.knownKeys)"))
        }
        return SwiftFunction(signature: "init(from decoder: any Decoder) throws", body: body)
    }

    private static func encoder(_ properties: [ObjectProperty]) -> SwiftFunction {
        var body: [CodeLine] = [.line("var container = encoder.container(keyedBy: AnyCodingKey.self)")]
        for property in properties {
            let value = "self." + SwiftIdentifier.escaped(property.name)
            let key = SwiftLiteral.string(property.wireName)
            body.append(
                .line(
                    property.canBeLeftOut
                        ? "try container.encode(\(value), forKey: \(key), nullIn: self.\(nullsProperty))"
                        : "try container.encode(\(value), forKey: \(key))"))
        }
        body.append(
            .line(
                "try container.encode(\(BodyTypeTranslator.extraKeysProperty): self.\(BodyTypeTranslator.extraKeysProperty))"
            ))
        return SwiftFunction(signature: "func encode(to encoder: any Encoder) throws", body: body)
    }
}
