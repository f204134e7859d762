/// Walks one sample beside its body tree.
struct Walker {
    let operation: Operation
    let binding: SampleBinding
    let direction: Direction
    /// The trees of other operations on the same route.
    let alternatives: [BodyNode]
    /// Whether the tree is borrowed from another operation: it may accept fields, but its
    /// required fields are not this operation's to demand.
    var acceptOnly = false
    var diagnostics: [Diagnostic] = []
    /// The most findings one sample gives; past them the walk stops, so that a sample with
    /// a million wrong keys costs no more than one with a thousand.
    static let findingLimit = 1_000
    /// Whether the walk has found as many findings as it reports.
    var isFull: Bool { diagnostics.count >= Self.findingLimit }
    /// The fields already reported as appearing nowhere in the sample: once is enough.
    private var reportedNowhere = Set<String>()
    /// The undocumented fields already reported: a key in every entry of an array is one
    /// mistake of the documentation, reported at its first place.
    private var reportedUndocumented = Set<[String]>()

    init(operation: Operation, binding: SampleBinding, direction: Direction, alternatives: [BodyNode]) {
        self.operation = operation
        self.binding = binding
        self.direction = direction
        self.alternatives = alternatives
    }

    /// The sample's microversion in words, for messages.
    private var versionDescription: String? {
        if let range = binding.range, let low = range.minimum {
            return range.maximum == low ? "microversion \(low)" : "microversions \(low) - \(range.maximum?.text ?? "")"
        }
        if let version = binding.microversion { return "microversion \(version)" }
        return binding.below.map { "a microversion below \($0)" }
    }

    /// Whether the example's caption says the sample leaves keys out.
    private var isPartialSample: Bool {
        let caption = binding.sample.caption?.lowercased() ?? ""
        return caption.contains("missing key") || caption.contains("partial")
    }

    /// Whether the example's caption says the sample is what a user without the admin role
    /// sees (nova's "Show Server Action Details For Non-Admin").
    private var isNonAdminSample: Bool {
        let words = ParameterOwner.words(binding.sample.caption ?? "")
        return zip(words, words.dropFirst()).contains { $0 == "non" && $1.hasPrefix("admin") }
            || words.contains("nonadmin")
    }

    /// Whether a description says only administrators see the field: a sentence with "only"
    /// and an admin word and no alternative ("Appears in the response for administrative users
    /// only.", "Policy defaults enable only users with the administrative role to see ..."),
    /// but not "only users with the administrative role or the owner".
    static func isAdminOnly(_ text: String?) -> Bool {
        guard let text else { return false }
        return text.split(separator: ".").contains { sentence in
            let words = ParameterOwner.words(String(sentence))
            return words.contains("only") && words.contains { $0.hasPrefix("admin") } && !words.contains("or")
        }
    }

    /// Whether a description says the field is sometimes absent: "Will not be present on the
    /// last page of the response.", "It may not appear in the response when its value is
    /// null.", "Will be absent when listing allocations for a consumer".
    static func saysItMayBeAbsent(_ text: String?) -> Bool {
        let words = ParameterOwner.words(text ?? "").joined(separator: " ")
        return ["not be present", "may not appear", "will be absent", "may be absent", "is not present"].contains {
            words.contains($0)
        }
    }

    /// Whether a description says the parameter's name stands for a key chosen at run time.
    static func describesAKey(_ text: String?) -> Bool {
        guard let text = text?.lowercased() else { return false }
        return text.contains("stands for") || text.contains("placeholder") || text.contains("is not the key")
    }

    /// The standard name of a documented type (`list` is `array`), for descriptions.
    static func standardType(_ type: String?) -> String {
        let lowered = type?.lowercased() ?? ""
        return NonstandardTypeRule.aliases[lowered] ?? lowered
    }

    /// Whether a description mentions a JSON type by name, as a word.
    static func description(_ text: String?, names type: String) -> Bool {
        guard let text = text?.lowercased() else { return false }
        let words = Set(text.split { !$0.isLetter }.map(String.init))
        switch type {
        case "string": return words.contains("string") || words.contains("strings")
        case "integer": return words.contains("integer") || words.contains("integers")
        case "float": return words.contains("float") || words.contains("number")
        case "boolean": return words.contains("boolean")
        case "array": return words.contains("array") || words.contains("list")
        case "object": return words.contains("object") || words.contains("dictionary")
        default: return false
        }
    }

    /// Whether a key is quoted in the description of the object or of one of its members
    /// (nova: "you can specify ``OS-SCH-HNT:scheduler_hints`` as the key"; keystone's `extra`:
    /// "such as ``email`` and ``description``").
    static func isNamedInDescriptions(_ key: String, of node: BodyNode) -> Bool {
        let quoted = ["``\(key)``", "`\(key)`", "\"\(key)\""]
        let descriptions = (node.parameters + node.children.flatMap(\.parameters)).compactMap(\.description)
        return descriptions.contains { text in quoted.contains { text.contains($0) } }
    }

    /// Whether any parameter of the tree applies to this sample's microversion.
    func anyApplies(_ node: BodyNode) -> Bool {
        node.parameters.contains(where: applies) || node.children.contains { anyApplies($0) }
    }

    /// - Parameter isMapEntry: whether the value is an entry of a map keyed by UUID, whose
    ///   key may itself be one of the listed names (placement's `consumer_uuid`).
    mutating func check(_ value: JSONNode, node: BodyNode, path: [String], isMapEntry: Bool = false) {
        guard !isFull else { return }
        switch value.kind {
        case .array(let items):
            for item in items { check(item, node: node, path: path, isMapEntry: isMapEntry) }
        case .object(let members):
            checkMembers(members, of: value, node: node, path: path, isMapEntry: isMapEntry)
        default:
            break
        }
    }

    private mutating func checkMembers(
        _ members: [JSONMember], of object: JSONNode, node: BodyNode, path: [String], isMapEntry: Bool
    ) {
        if isFreeForm(node) { return }
        let keys = Set(members.map(\.key))
        // A listed name that the object does not hold, written as a dotted name, may stand for
        // a key chosen at run time (placement's `usages.consumer_type`, `RESOURCE_CLASS`).
        let isObject = node.parameters.contains { ["object", "dict"].contains($0.type?.lowercased() ?? "") }
        let placeholders =
            isObject ? node.children.filter { $0.placement == .dottedName && !keys.contains($0.name) } : []
        var present = keys
        let excused = excusedKeys(members, node: node, keys: keys)
        let wrongContainers = missingContainers(of: node, keys: keys)
        var confirmed = false
        for member in members {
            if isFull { return }
            let memberPath = path + [member.key]
            if let field = excused[member.key] {
                present.insert(field.name)
                check(member.value, node: field, path: memberPath)
                continue
            }
            guard let child = node.child(member.key) else {
                if DynamicKey.isDynamic(member.key) {
                    check(member.value, node: node, path: path, isMapEntry: true)
                    continue
                }
                if placeholders.count == 1, let placeholder = placeholders.first {
                    // The placeholder's type describes the key, not the value: no type check.
                    present.insert(placeholder.name)
                    check(member.value, node: placeholder, path: memberPath)
                    continue
                }
                // A key of a map whose entries are documented (placement's inventories by
                // resource class): checked like an entry.
                if node.isMap, let entry = node.child(BodyTreeBuilder.entryName) {
                    check(member.value, node: entry, path: memberPath)
                    continue
                }
                if alternatives.contains(where: { $0.node(at: memberPath)?.isDocumented ?? false }) { continue }
                if Self.isNamedInDescriptions(member.key, of: node) { continue }
                guard reportedUndocumented.insert(memberPath).inserted else { continue }
                diagnostics.append(
                    .undocumentedField(
                        memberPath, direction: direction, operation: operation, at: member.keyLocation,
                        sample: binding.sample))
                continue
            }
            if child.placement == .structural, child.parameters.isEmpty, !wrongContainers.isEmpty {
                confirmed = true
                diagnostics.append(
                    .undocumentedField(
                        memberPath, direction: direction, operation: operation, at: member.keyLocation,
                        sample: binding.sample))
                continue
            }
            // A listed field the samples place at the top shows the top is where the list's
            // fields sit; a container does not: its entries may be where they sit.
            if path.isEmpty, child.placement == .sample || child.placement == .dottedName,
                !["object", "array"].contains(Self.standardType(child.parameters.first?.type))
            {
                confirmed = true
            }
            checkValue(member, node: child, path: memberPath)
            check(member.value, node: child, path: memberPath)
        }
        // A map keyed by UUID holds the required fields in its entries, checked there.
        if members.allSatisfy({ DynamicKey.isDynamic($0.key) }), node.isMap || !members.isEmpty { return }
        // A sample its caption calls partial (nova's down-cell examples "with missing keys")
        // is not expected to hold every required field.
        if isPartialSample { return }
        // The level of a map keyed by names (its entries are checked under `{key}`).
        if node.isMap, node.child(BodyTreeBuilder.entryName) != nil { return }

        // In an entry of a map keyed by UUID, the key may be the listed name.
        if isMapEntry { confirmed = false }
        demandRequired(of: node, present: present, at: object, path: path, confirmed: confirmed)
    }

    /// Reports the required fields of `node` that the object does not hold.
    ///
    /// A field no sample holds is assumed to sit in the body's wrapper; it is required there.
    /// At the top, where the guess is weakest, it is required only when the object is
    /// `confirmed` as the level the list describes: it holds a listed name that the samples
    /// place there, or a key that stands where a listed container should.
    private mutating func demandRequired(
        of node: BodyNode, present: Set<String>, at object: JSONNode, path: [String], confirmed: Bool
    ) {
        for child in node.children
        where !present.contains(child.name) && (child.placement != .assumed || !path.isEmpty || confirmed) {
            guard let parameter = child.parameters.first(where: { $0.isRequired && appliesWithCertainty($0) }) else {
                continue
            }
            let isPlaced = child.placement != .assumed
            // A dotted name whose first part is not listed is reported once, as
            // `unplaced-parameter`.
            if !isPlaced, child.name.contains(".") { continue }
            if acceptOnly { continue }
            // A field only administrators see is not expected in a sample captioned as what
            // other users see.
            if isNonAdminSample, child.parameters.contains(where: { Self.isAdminOnly($0.description) }) { continue }
            // A description may say when the field is absent ("Will not be present on the last
            // page"), which the table's `required` cannot.
            if child.parameters.contains(where: { Self.saysItMayBeAbsent($0.description) }) { continue }
            // A name that stands for a key is held by a key the list does not name.
            if !isPlaced, path.isEmpty, child.parameters.contains(where: { Self.describesAKey($0.description) }) {
                continue
            }
            // "Appears nowhere" is said of the whole sample: once, not for each array element.
            if !isPlaced, !reportedNowhere.insert(child.name).inserted { continue }
            diagnostics.append(
                .missingRequired(
                    isPlaced ? path + [child.name] : [child.name], parameter: parameter, binding: binding,
                    isPlaced: isPlaced, at: object.location))
        }
    }

    /// The listed containers (objects and arrays) that are required, apply to this sample and
    /// that no sample places: a key holding listed names where one of them should stand is
    /// more likely a wrong name for it than an implied wrapper (heat's `software_deployment`
    /// for `software_deployments`).
    private func missingContainers(of node: BodyNode, keys: Set<String>) -> [BodyNode] {
        node.children.filter { child in
            child.placement == .assumed && !keys.contains(child.name)
                && !child.parameters.contains(where: { Self.describesAKey($0.description) })
                && child.parameters.contains { parameter in
                    parameter.isRequired && appliesWithCertainty(parameter)
                        && ["object", "array"].contains(Self.standardType(parameter.type))
                }
        }
    }

    /// Keys the list does not name that stand for a listed field no sample places, when the
    /// field's description says its name stands for a key, one key per field and of its type:
    /// nova's `network_label` "stands for the name of a network" and the sample holds
    /// `private`. A key that is a near miss of the field's name is a typo and is not taken.
    private func excusedKeys(_ members: [JSONMember], node: BodyNode, keys: Set<String>) -> [String: BodyNode] {
        var spare = members.filter { node.child($0.key) == nil && !DynamicKey.isDynamic($0.key) }
        let spareNames = spare.map(\.key)
        var excused: [String: BodyNode] = [:]
        for child in node.children
        where child.placement == .assumed && !keys.contains(child.name) && !child.name.contains(".")
            && child.parameters.contains(where: { Self.describesAKey($0.description) })
        {
            if EditDistance.suggestion(for: child.name, among: spareNames) != nil { continue }
            guard
                let index = spare.firstIndex(where: { member in
                    child.parameters.contains { TypeMatcher.matches($0.type, member.value) != false }
                })
            else { continue }
            excused[spare[index].key] = child
            spare.remove(at: index)
        }
        return excused
    }

    /// Whether a node takes any content at this sample's microversion: documented, with no
    /// member that applies here placed by a sample or a dotted name.
    private func isFreeForm(_ node: BodyNode) -> Bool {
        guard !node.parameters.isEmpty else { return false }
        if node.isDescribedMap { return true }
        return !node.children.contains { $0.placement != .assumed && anyApplies($0) }
    }

    private mutating func checkValue(_ member: JSONMember, node: BodyNode, path: [String]) {
        guard !node.parameters.isEmpty else { return }
        let applicable = node.parameters.filter(applies)
        // A listed member that applies implies its parent does (placement documents
        // `usages.consumer_type` for 1.38 without listing `usages` again).
        if applicable.isEmpty, node.children.contains(where: { anyApplies($0) }) { return }
        guard !applicable.isEmpty else {
            if let version = versionDescription {
                diagnostics.append(
                    .outsideMicroversion(path, version: version, parameters: node.parameters, at: member.keyLocation))
            }
            return
        }
        let verdicts = applicable.map { TypeMatcher.matches($0.type, member.value) }
        if verdicts.contains(where: { $0 != false }) { return }
        // The description may accept a second type the table cannot state (nova's
        // `networks` takes the strings "auto" and "none"; `volume_size` a string).
        if applicable.contains(where: { parameter in
            Self.description(parameter.description, names: member.value.typeName)
                && Self.description(parameter.description, names: Self.standardType(parameter.type))
        }) {
            return
        }
        if let parameter = applicable.first {
            diagnostics.append(
                .typeMismatch(path, found: member.value.typeName, parameter: parameter, at: member.value.location))
        }
    }

    /// Whether a parameter applies to this sample's microversion (any, when it is unknown).
    private func applies(_ parameter: BodyParameter) -> Bool {
        if let below = binding.below {
            return parameter.microversions.minimum.map { $0 < below } ?? true
        }
        if let range = binding.range { return parameter.microversions.overlaps(range) }
        guard let version = binding.microversion else { return true }
        return contains(parameter.microversions, version)
    }

    /// Whether a parameter surely applies: at a known version, or with no bounds at all.
    private func appliesWithCertainty(_ parameter: BodyParameter) -> Bool {
        if binding.below != nil {
            return parameter.microversions.minimum == nil && parameter.microversions.maximum == nil
        }
        if let range = binding.range {
            return parameter.microversions.intersection(range) == range
        }
        guard let version = binding.microversion else {
            return parameter.microversions.minimum == nil && parameter.microversions.maximum == nil
        }
        return contains(parameter.microversions, version)
    }

    private func contains(_ range: MicroversionRange, _ version: Microversion) -> Bool {
        if let minimum = range.minimum, version < minimum { return false }
        if let maximum = range.maximum, maximum < version { return false }
        return true
    }

}
