/// The `--format json` report: every finding with its notes, rule, severity and fingerprint,
/// and counts by severity.
///
///     {"findings": [{"rule": "undefined-parameter", "severity": "error", "message": "...",
///       "path": "a.inc", "line": 3, "column": 5, "fingerprint": "...", "notes": []}],
///      "summary": {"errors": 1, "warnings": 0, "notes": 0}}
enum JSONReport {
    static func render(_ input: ReportInput) -> String {
        let findings = input.findings.map { finding -> JSONText in
            var members: [(String, JSONText)] = [
                ("rule", .string(finding.ruleID)),
                ("severity", .string(finding.severity.rawValue)),
                ("message", .string(finding.message)),
            ]
            members += location(finding.location)
            members.append(("fingerprint", .string(Fingerprint.of(finding))))
            members.append(
                (
                    "notes",
                    .array(
                        finding.notes.map { note in
                            .object([("message", .string(note.message))] + location(note.location ?? finding.location))
                        })
                ))
            return .object(members)
        }
        func count(_ severity: Severity) -> JSONText {
            .integer(input.findings.filter { $0.severity == severity }.count)
        }
        return JSONText.object([
            ("findings", .array(findings)),
            ("summary", .object([("errors", count(.error)), ("warnings", count(.warning)), ("notes", count(.note))])),
        ]).rendered()
    }

    private static func location(_ location: SourceLocation) -> [(String, JSONText)] {
        var members: [(String, JSONText)] = [("path", .string(location.path))]
        if let line = location.line { members.append(("line", .integer(line))) }
        if let column = location.column { members.append(("column", .integer(column))) }
        return members
    }
}
