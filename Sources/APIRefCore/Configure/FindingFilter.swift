/// Applies the configuration to findings: rule severities, rules turned off, excluded paths and
/// inline suppressions. The baseline is applied after, by the caller.
public struct FindingFilter: Sendable {
    public var configuration: Configuration
    /// Turns a finding's display path into the path the `exclude` patterns are written
    /// against (relative to the configuration file's folder).
    public var excludePath: @Sendable (String) -> String
    /// The suppressions written in each file, by display path.
    public var suppressions: [String: Suppressions]

    public init(
        configuration: Configuration, excludePath: @escaping @Sendable (String) -> String,
        suppressions: [String: Suppressions]
    ) {
        self.configuration = configuration
        self.excludePath = excludePath
        self.suppressions = suppressions
    }

    /// The findings that remain, with their configured severities.
    public func apply(_ findings: [Diagnostic]) -> [Diagnostic] {
        findings.compactMap { finding in
            var finding = finding
            if let configured = configuration.severities[finding.ruleID] {
                guard let severity = configured else { return nil }
                finding.severity = severity
            }
            let excludable = excludePath(finding.location.path)
            if configuration.exclude.contains(where: { $0.matches(excludable) }) { return nil }
            if let suppressions = suppressions[finding.location.path], suppressions.suppresses(finding) { return nil }
            return finding
        }
    }
}
