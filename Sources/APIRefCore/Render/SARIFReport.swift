/// The `--format sarif` report: SARIF 2.1.0 with every rule and its description in the tool
/// section, one result per finding, notes as related locations and the fingerprint as a
/// partial fingerprint, so code-scanning services track findings across commits.
enum SARIFReport {
    static let schema = "https://json.schemastore.org/sarif-2.1.0.json"

    static func render(_ input: ReportInput) -> String {
        let rules = RuleCatalog.all
        let ruleIndex = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })
        let results = input.findings.map { finding -> JSONText in
            var members: [(String, JSONText)] = [("ruleId", .string(finding.ruleID))]
            if let index = ruleIndex[finding.ruleID] { members.append(("ruleIndex", .integer(index))) }
            members += [
                ("level", .string(level(finding.severity))),
                ("message", .object([("text", .string(finding.message))])),
                ("locations", .array([location(finding.location, message: nil)])),
            ]
            if !finding.notes.isEmpty {
                members.append(
                    (
                        "relatedLocations",
                        .array(
                            finding.notes.enumerated().map { index, note in
                                var related = location(note.location ?? finding.location, message: note.message)
                                if case .object(var fields) = related {
                                    fields.insert(("id", .integer(index + 1)), at: 0)
                                    related = .object(fields)
                                }
                                return related
                            })
                    ))
            }
            members.append(("partialFingerprints", .object([("apiref/v1", .string(Fingerprint.of(finding)))])))
            return .object(members)
        }
        let driver = JSONText.object([
            ("name", .string("apiref")),
            ("informationUri", .string("https://docs.openstack.org/os-api-ref/")),
            (
                "rules",
                .array(
                    rules.map { rule in
                        .object([
                            ("id", .string(rule.id)),
                            ("shortDescription", .object([("text", .string(rule.summary))])),
                            ("defaultConfiguration", .object([("level", .string(level(rule.severity)))])),
                        ])
                    })
            ),
        ])
        return JSONText.object([
            ("$schema", .string(schema)),
            ("version", .string("2.1.0")),
            (
                "runs",
                .array([
                    .object([
                        ("tool", .object([("driver", driver)])),
                        ("columnKind", .string("utf16CodeUnits")),
                        ("results", .array(results)),
                    ])
                ])
            ),
        ]).rendered()
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "note"
        }
    }

    private static func location(_ location: SourceLocation, message: String?) -> JSONText {
        var physical: [(String, JSONText)] = [("artifactLocation", .object([("uri", .string(uri(location.path)))]))]
        if let line = location.line {
            var region: [(String, JSONText)] = [("startLine", .integer(line))]
            if let column = location.column { region.append(("startColumn", .integer(column))) }
            physical.append(("region", .object(region)))
        }
        var members: [(String, JSONText)] = [("physicalLocation", .object(physical))]
        if let message { members.append(("message", .object([("text", .string(message))]))) }
        return .object(members)
    }

    /// A relative path as a URI reference: `%`, spaces and other reserved bytes escaped.
    static func uri(_ path: String) -> String {
        var result = ""
        for byte in path.utf8 {
            let isUnreserved =
                (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || [UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/")]
                    .contains(byte)
            if isUnreserved {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return result
    }
}
