/// Translates an inferred body tree into Swift types: a struct for each object, arrays and
/// dictionaries of them, scalars from the documented `type`, and `JSONValue` where the
/// documentation leaves the content open.
///
/// The samples of the operation and direction are walked beside the tree, so that:
/// - a value the samples show with another JSON type than documented (nova's `networks`,
///   "a list ... or the string auto") becomes `JSONValue`, and an undocumented type takes the
///   type the samples show;
/// - a documented required field is optional when a sample leaves it out or sets it to `null`,
///   or when it does not exist in every microversion the samples cover;
/// - maps keyed by UUID or by names chosen at run time become `[String: Entry]`.
struct BodyTypeTranslator {
    /// The microversions the operation's samples of this direction cover; a field is required
    /// only when it is required across all of them.
    var coveredRange: MicroversionRange
    /// The doc lines of descriptions, shared by every operation of the run.
    let docs: DocTextCache

    /// Names a nested type may not take, as they would hide the types the code uses.
    static let reservedTypeNames: Set<String> = [
        "String", "Int", "Double", "Bool", "Data", "Set", "Array", "Dictionary", "Optional", "Decoder", "Encoder",
        "Swift", "Foundation", "Error", "Sendable", "Hashable", "Codable", "JSONValue", "AnyCodingKey", "APIObject",
        "CodingKeys", "Type", "Protocol", "Self",
    ]

    /// The name of the property that keeps undocumented keys.
    static let extraKeysProperty = "additionalProperties"

    /// A Swift type and the nested declarations it needs.
    struct Translation {
        var type: String
        var declarations: [SwiftDeclaration] = []
    }

    /// The type of the value at `node`, given every value the samples hold there.
    /// - Parameters:
    ///   - name: the name a struct for this node takes, made unique in `scope`, the names of the
    ///     enclosing type, when one is needed.
    func translate(_ node: BodyNode, values: [JSONNode], name: String, scope: inout IdentifierScope) -> Translation {
        let nonNull = values.filter { $0.kind != .null }
        let kinds = Set(nonNull.map(\.typeName))
        let documented = Set(node.parameters.map { Self.standardType($0.type) })
        let known = documented.subtracting(["unknown"])
        if known.count > 1, known != ["integer", "float"] { return Translation(type: "JSONValue") }
        let declared = known.count == 2 ? "float" : known.first
        switch declared {
        case "string": return kinds.isSubset(of: ["string"]) ? Translation(type: "String") : .json
        case "integer": return kinds.isSubset(of: ["integer"]) ? Translation(type: "Int") : .json
        case "float": return kinds.isSubset(of: ["integer", "float"]) ? Translation(type: "Double") : .json
        case "boolean": return kinds.isSubset(of: ["boolean"]) ? Translation(type: "Bool") : .json
        case "object":
            return kinds.isSubset(of: ["object"]) ? object(node, values: nonNull, name: name, scope: &scope) : .json
        case "array":
            return kinds.isSubset(of: ["array"]) ? array(node, values: nonNull, name: name, scope: &scope) : .json
        case "none": return .json
        default: break
        }
        // No type the generator reads (none written, or `enum`, `datestamp`...): the samples decide.
        switch kinds {
        case ["string"]: return Translation(type: "String")
        case ["integer"]: return Translation(type: "Int")
        case ["float"], ["integer", "float"]: return Translation(type: "Double")
        case ["boolean"]: return Translation(type: "Bool")
        case ["object"]: return object(node, values: nonNull, name: name, scope: &scope)
        case ["array"]: return array(node, values: nonNull, name: name, scope: &scope)
        case []: return node.children.isEmpty ? .json : object(node, values: [], name: name, scope: &scope)
        default: return .json
        }
    }

    /// A documented type's standard name (`list` is `array`), or `unknown`.
    static func standardType(_ type: String?) -> String {
        guard let lowered = type?.lowercased() else { return "unknown" }
        if NonstandardTypeRule.standardTypes.contains(lowered) { return lowered }
        return NonstandardTypeRule.aliases[lowered] ?? "unknown"
    }

    private func object(_ node: BodyNode, values: [JSONNode], name: String, scope: inout IdentifierScope)
        -> Translation
    {
        let members = values.flatMap { $0.members ?? [] }
        if node.isMap {
            // The entries of a map keyed at run time: by name (`{key}` stands for every entry) or
            // by UUID (the node's own children are the members of each entry).
            let entry = node.child(BodyTreeBuilder.entryName) ?? node
            let entryValues = members.map(\.value)
            let fields = entry.children.filter { $0.name != BodyTreeBuilder.entryName }
            guard !fields.isEmpty, entryValues.allSatisfy({ $0.members != nil }) else {
                return Translation(type: "[String: JSONValue]")
            }
            let entryName = scope.claim(Self.elementName(name, suffix: "Entry"))
            let structure = self.structure(fields, values: entryValues, name: entryName, doc: [])
            return Translation(type: "[String: \(entryName)]", declarations: [structure])
        }
        let fields = node.children.filter { $0.name != BodyTreeBuilder.entryName }
        let documented = fields.filter(\.isDocumented)
        // Where samples show the object but none of its listed members, the members describe
        // its entries (nova's `extra_specs`, listed with `key` and `value`): a free-form map.
        let describesEntries = !values.isEmpty && documented.allSatisfy { $0.placement == .assumed }
        if documented.isEmpty || node.isDescribedMap || describesEntries {
            return Translation(type: "[String: JSONValue]")
        }
        let structName = scope.claim(name)
        return Translation(
            type: structName, declarations: [structure(fields, values: values, name: structName, doc: [])])
    }

    private func array(_ node: BodyNode, values: [JSONNode], name: String, scope: inout IdentifierScope)
        -> Translation
    {
        let elements = values.flatMap { value -> [JSONNode] in
            if case .array(let items) = value.kind { return items }
            return []
        }
        let fields = node.children.filter { $0.name != BodyTreeBuilder.entryName }
        if fields.contains(where: \.isDocumented) {
            guard elements.allSatisfy({ $0.members != nil }) else { return Translation(type: "[JSONValue]") }
            let elementName = scope.claim(Self.elementName(name, suffix: "Item"))
            let structure = self.structure(fields, values: elements, name: elementName, doc: [])
            return Translation(type: "[\(elementName)]", declarations: [structure])
        }
        let kinds = Set(elements.map(\.typeName))
        switch kinds {
        case ["string"]: return Translation(type: "[String]")
        case ["integer"]: return Translation(type: "[Int]")
        case ["float"], ["integer", "float"]: return Translation(type: "[Double]")
        case ["boolean"]: return Translation(type: "[Bool]")
        case ["object"]: return Translation(type: "[[String: JSONValue]]")
        default: return Translation(type: "[JSONValue]")
        }
    }

    /// The name of the element type of an array or map named `name`: its singular when it has
    /// one (`Servers` -> `Server`), else the name with `suffix`.
    static func elementName(_ name: String, suffix: String) -> String {
        if let singular = SwiftIdentifier.singular(name), !reservedTypeNames.contains(singular),
            singular.first?.isLetter ?? false
        {
            return singular
        }
        return name + suffix
    }

    /// A struct with a property for each field, the values being every object the samples hold
    /// at this place. A dotted name that could not be placed (nova's `security_group.name`,
    /// reported as `unplaced-parameter`) gets no property: no JSON object holds that key.
    func structure(_ fields: [BodyNode], values: [JSONNode], name: String, doc: [String]) -> SwiftDeclaration {
        let fields = fields.filter { !($0.placement == .assumed && $0.name.contains(".")) }
        var scope = IdentifierScope(
            reserving: Self.reservedTypeNames.union([
                Self.extraKeysProperty, ObjectStructRenderer.nullsProperty, "knownKeys",
            ]))
        var properties: [ObjectProperty] = []
        var nested: [SwiftDeclaration] = []
        for field in fields {
            let fieldValues = values.compactMap { object in object.members?.first { $0.key == field.name }?.value }
            let member = scope.claim(SwiftIdentifier.memberName(field.name))
            let translation = translate(
                field, values: fieldValues, name: SwiftIdentifier.typeName(field.name), scope: &scope)
            nested += translation.declarations
            let presence = presence(field, values: values)
            properties.append(
                ObjectProperty(
                    name: member, wireName: field.name, type: translation.type, isOptional: presence != .required,
                    isNullable: presence == .nullable,
                    doc: documentation(of: field)
                        + (presence == .nullable
                            ? ["", "Always present in the JSON object: `nil` is written as `null`."] : [])))
        }
        return ObjectStructRenderer.declaration(name: name, doc: doc, properties: properties, nested: nested)
    }

    /// How a field appears in the objects of its place.
    enum Presence {
        /// Always there with a value: a non-optional property.
        case required
        /// Always there, but sometimes `null`: an optional property written as `null` when nil.
        case nullable
        /// May be left out: an optional property left out when nil.
        case optional
    }

    /// Whether the field must be present: documented as required over every covered
    /// microversion, placed by a sample or a dotted name, and present in every object the
    /// samples hold at its place; `nullable` when some of them hold `null`.
    func presence(_ field: BodyNode, values: [JSONNode]) -> Presence {
        guard field.placement == .sample || field.placement == .dottedName,
            field.parameters.contains(where: { $0.isRequired && covers($0.microversions) })
        else { return .optional }
        var sawNull = false
        for object in values {
            guard let member = object.members?.first(where: { $0.key == field.name }) else { return .optional }
            if member.value.kind == .null { sawNull = true }
        }
        return sawNull ? .nullable : .required
    }

    private func covers(_ range: MicroversionRange) -> Bool {
        if let low = range.minimum {
            guard let covered = coveredRange.minimum, low <= covered else { return false }
        }
        if let high = range.maximum {
            guard let covered = coveredRange.maximum, covered <= high else { return false }
        }
        return true
    }

    /// The doc lines of a field: each distinct description with the microversions it applies to.
    func documentation(of node: BodyNode) -> [String] {
        var lines: [String] = []
        var seen: Set<String> = []
        for parameter in node.parameters {
            let text = docs.lines(parameter.description)
            let availability = DocText.availability(parameter.microversions)
            let key = text.joined(separator: "\n") + (availability ?? "")
            guard seen.insert(key).inserted else { continue }
            if !lines.isEmpty { lines.append("") }
            lines += text
            if let availability {
                if !text.isEmpty { lines.append("") }
                lines.append(availability)
            }
        }
        return lines
    }
}

extension BodyTypeTranslator.Translation {
    static let json = Self(type: "JSONValue")
}
