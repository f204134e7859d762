/// Renders findings as `path:line:col: severity: message [rule-id]`, each note on its own line.
public enum DiagnosticRenderer {
    public static func text(_ diagnostic: Diagnostic) -> String {
        var lines = [
            "\(diagnostic.location.description): \(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.ruleID)]"
        ]
        for note in diagnostic.notes {
            let location = (note.location ?? diagnostic.location).description
            lines.append("\(location): note: \(note.message)")
        }
        return lines.joined(separator: "\n")
    }

    /// A one-line count of the findings by severity: `2 errors, 1 warning`, with
    /// `, 3 notes` only when findings of severity note were reported (notes attached to a
    /// finding are part of it and are not counted).
    public static func summary(_ diagnostics: [Diagnostic]) -> String {
        func count(_ severity: Severity, _ word: String) -> String {
            let number = diagnostics.filter { $0.severity == severity }.count
            return "\(number) \(word)\(number == 1 ? "" : "s")"
        }
        var parts = [count(.error, "error"), count(.warning, "warning")]
        if diagnostics.contains(where: { $0.severity == .note }) { parts.append(count(.note, "note")) }
        return parts.joined(separator: ", ")
    }
}
