/// The settings of `.apiref.yaml`, read with libyaml.
///
///     root: .                        # the project root, relative to this file
///     rules:
///       unused-parameter: off        # error, warning, note or off
///       nonstandard-type: error
///     exclude:
///       - api-ref/source/legacy/**   # paths relative to this file
///
/// Unknown keys, unknown rule ids and bad values are reported with their line as
/// `invalid-config`, and the rest of the file still applies.
public struct Configuration: Sendable {
    public static let fileName = ".apiref.yaml"

    public static let invalid = RuleDescriptor(
        "invalid-config", .error, "an .apiref.yaml key, rule id or value that apiref does not know")

    /// A rule's severity as configured; `nil` means the rule is off.
    public var severities: [String: Severity?] = [:]
    public var exclude: [Glob] = []
    /// The project root as written, relative to the configuration file's folder.
    public var root: String?

    public init() {}

    /// Reads a configuration file.
    public static func read(_ source: SourceText) -> (Configuration, [Diagnostic]) {
        var configuration = Configuration()
        var (root, diagnostics) = YAMLReader.read(source)
        guard let root else { return (configuration, diagnostics) }
        guard let pairs = root.pairs else {
            if !root.isNull {
                diagnostics.append(Diagnostic(invalid, "configuration must be a mapping", at: root.location))
            }
            return (configuration, diagnostics)
        }
        let known = Set(RuleCatalog.all.map(\.id))
        for pair in pairs {
            switch pair.key.scalarText ?? "" {
            case "root":
                guard let text = pair.value.scalarText, !pair.value.isNull else {
                    diagnostics.append(Diagnostic(invalid, "'root' must be a folder path", at: pair.value.location))
                    continue
                }
                configuration.root = text
            case "rules":
                guard let rules = pair.value.pairs else {
                    if !pair.value.isNull {
                        diagnostics.append(
                            Diagnostic(
                                invalid, "'rules' must be a mapping of rule ids to severities", at: pair.value.location)
                        )
                    }
                    continue
                }
                for rule in rules {
                    let id = rule.key.scalarText ?? ""
                    guard known.contains(id) else {
                        var notes: [Diagnostic.Note] = []
                        if let guess = EditDistance.suggestion(for: id, among: known.sorted()) {
                            notes.append(.init("did you mean '\(guess)'?"))
                        }
                        diagnostics.append(
                            Diagnostic(invalid, "unknown rule '\(id)'", at: rule.key.location, notes: notes))
                        continue
                    }
                    // `off` is a Boolean to YAML 1.1, so the text decides, not the type.
                    let value = rule.value.scalarText?.lowercased() ?? "a \(rule.value.kindName)"
                    if value == "off" || value == "false" || value == "no" {
                        configuration.severities[id] = .some(nil)
                    } else if let severity = Severity(rawValue: value) {
                        configuration.severities[id] = severity
                    } else {
                        diagnostics.append(
                            Diagnostic(
                                invalid, "severity of '\(id)' is '\(value)'; expected error, warning, note or off",
                                at: rule.value.location))
                    }
                }
            case "exclude":
                let items: [YAMLNode] = if case .sequence(let nodes) = pair.value.kind { nodes } else { [pair.value] }
                for item in items {
                    guard let text = item.scalarText, !text.isEmpty else {
                        diagnostics.append(
                            Diagnostic(invalid, "an 'exclude' entry must be a path pattern", at: item.location))
                        continue
                    }
                    configuration.exclude.append(Glob(text))
                }
            default:
                diagnostics.append(
                    Diagnostic(
                        invalid, "unknown key '\(pair.key.scalarText ?? "")'; expected root, rules or exclude",
                        at: pair.key.location))
            }
        }
        return (configuration, diagnostics)
    }
}
