/// The `--format junit` report: one test suite, one test case per file checked; a file with
/// findings of severity error or warning fails, its failure listing them.
///
///     <testsuites name="apiref" tests="2" failures="1">
///       <testsuite name="apiref" tests="2" failures="1" errors="0" skipped="0">
///         <testcase classname="apiref" name="api-ref/source/a.inc">
///           <failure type="undefined-parameter" message="1 finding">...</failure>
///         </testcase>
enum JUnitReport {
    static func render(_ input: ReportInput) -> String {
        var files = input.checkedFiles
        var byFile: [String: [Diagnostic]] = [:]
        for finding in input.findings {
            if byFile[finding.location.path] == nil, !files.contains(finding.location.path) {
                files.append(finding.location.path)
            }
            byFile[finding.location.path, default: []].append(finding)
        }
        let failing = files.filter { path in byFile[path, default: []].contains { $0.severity != .note } }.count
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<testsuites name=\"apiref\" tests=\"\(files.count)\" failures=\"\(failing)\">\n"
        xml +=
            "  <testsuite name=\"apiref\" tests=\"\(files.count)\" failures=\"\(failing)\" errors=\"0\" skipped=\"0\">\n"
        for path in files {
            let findings = byFile[path, default: []]
            let failures = findings.filter { $0.severity != .note }
            xml += "    <testcase classname=\"apiref\" name=\"\(escape(path))\""
            guard !findings.isEmpty else {
                xml += "/>\n"
                continue
            }
            xml += ">\n"
            let body = findings.map(DiagnosticRenderer.text).joined(separator: "\n")
            if let first = failures.first {
                let summary = "\(failures.count) finding\(failures.count == 1 ? "" : "s")"
                xml +=
                    "      <failure type=\"\(escape(first.ruleID))\" message=\"\(summary)\">\(escape(body))</failure>\n"
            } else {
                xml += "      <system-out>\(escape(body))</system-out>\n"
            }
            xml += "    </testcase>\n"
        }
        xml += "  </testsuite>\n</testsuites>\n"
        return xml
    }

    /// Escapes text for XML content and attributes; characters XML 1.0 forbids become U+FFFD.
    static func escape(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                result += "\u{FFFD}"
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
