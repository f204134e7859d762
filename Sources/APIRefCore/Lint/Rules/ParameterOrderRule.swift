/// Flags an entry out of os-api-ref order: header, path, query, then body entries, each
/// section in case-insensitive alphabetical order. os-api-ref warns about it without a line;
/// `apiref fmt` will fix it.
///
///     parameters.yaml:88:1: warning: parameter 'limit' (in: query) comes after 'name' (in: body); header, path, query and body entries go in that order [parameter-order]
struct ParameterOrderRule: LintRule {
    static let descriptor = RuleDescriptor(
        "parameter-order", .warning, "entries not in header, path, query, body order, alphabetical within each")

    func check(_ context: LintContext) -> [Diagnostic] {
        context.parameterFiles.flatMap { file -> [Diagnostic] in
            var previous: (key: String, placement: ParameterPlacement)?
            var findings: [Diagnostic] = []
            for definition in file.definitions {
                guard let placement = definition.placement else { continue }
                defer { previous = (definition.key, placement) }
                guard let before = previous else { continue }
                if placement.order < before.placement.order {
                    findings.append(
                        Diagnostic(
                            Self.descriptor,
                            "parameter '\(definition.key)' (in: \(placement.rawValue)) comes after '\(before.key)' "
                                + "(in: \(before.placement.rawValue)); header, path, query and body entries go in that order",
                            at: definition.location))
                } else if placement == before.placement, definition.key.lowercased() < before.key.lowercased() {
                    findings.append(
                        Diagnostic(
                            Self.descriptor,
                            "parameter '\(definition.key)' comes after '\(before.key)'; "
                                + "entries of one section go in case-insensitive alphabetical order",
                            at: definition.location))
                }
            }
            return findings
        }
    }
}
