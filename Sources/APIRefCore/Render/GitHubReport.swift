/// The `--format github` report: one GitHub Actions workflow command per finding, so findings
/// show as annotations on the changed files.
///
///     ::error file=api-ref/source/a.inc,line=3,col=5,title=undefined-parameter::parameter 'x' is not defined
enum GitHubReport {
    static func render(_ input: ReportInput) -> String {
        input.findings.map { finding in
            let command: String
            switch finding.severity {
            case .error: command = "error"
            case .warning: command = "warning"
            case .note: command = "notice"
            }
            var properties = ["file=\(escapeProperty(finding.location.path))"]
            if let line = finding.location.line { properties.append("line=\(line)") }
            if let column = finding.location.column { properties.append("col=\(column)") }
            properties.append("title=\(escapeProperty(finding.ruleID))")
            var message = finding.message
            for note in finding.notes {
                message += "\nnote: \(note.message)" + (note.location.map { " (\($0.description))" } ?? "")
            }
            return "::\(command) \(properties.joined(separator: ","))::\(escapeData(message))\n"
        }.joined()
    }

    /// Escapes a message as the workflow command syntax requires.
    static func escapeData(_ text: String) -> String {
        text.replacingAll("%", with: "%25").replacingAll("\r", with: "%0D").replacingAll("\n", with: "%0A")
    }

    /// Escapes a property value, where `:` and `,` separate too.
    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingAll(":", with: "%3A").replacingAll(",", with: "%2C")
    }
}

extension String {
    /// The string with every occurrence of `target` replaced (no Foundation needed).
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        for character in self {
            if character == target { result += replacement } else { result.append(character) }
        }
        return result
    }
}
