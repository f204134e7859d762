/// The identity of a rule: its stable id, default severity and a one-line summary.
///
/// Ids are kebab-case strings that users type in CI filters; they never change once published.
public struct RuleDescriptor: Sendable, Hashable {
    public var id: String
    public var severity: Severity
    public var summary: String

    public init(_ id: String, _ severity: Severity, _ summary: String) {
        self.id = id
        self.severity = severity
        self.summary = summary
    }
}
