/// Findings accepted as they are, recorded by fingerprint so unrelated edits keep them matched.
///
/// The file is JSON, sorted, so it diffs well in review:
///
///     {"version": 1, "findings": [{"fingerprint": "...", "rule": "...", "path": "...",
///       "message": "...", "count": 1}]}
public struct Baseline: Sendable {
    /// How many findings of each fingerprint are accepted.
    public private(set) var counts: [String: Int] = [:]
    private var examples: [String: Diagnostic] = [:]

    public static let invalid = RuleDescriptor(
        "invalid-baseline", .error, "a baseline file that is not what --write-baseline writes")

    public init(_ findings: [Diagnostic]) {
        for finding in findings {
            let fingerprint = Fingerprint.of(finding)
            counts[fingerprint, default: 0] += 1
            if examples[fingerprint] == nil { examples[fingerprint] = finding }
        }
    }

    /// The baseline as the JSON text `--write-baseline` writes.
    public func rendered() -> String {
        let entries = counts.keys.sorted { lhs, rhs in
            let left = examples[lhs].map { ($0.location.path, $0.ruleID, $0.message) } ?? ("", "", "")
            let right = examples[rhs].map { ($0.location.path, $0.ruleID, $0.message) } ?? ("", "", "")
            return left != right ? left < right : lhs < rhs
        }.map { fingerprint -> JSONText in
            let example = examples[fingerprint]
            return .object([
                ("fingerprint", .string(fingerprint)),
                ("rule", .string(example?.ruleID ?? "")),
                ("path", .string(example?.location.path ?? "")),
                ("message", .string(example?.message ?? "")),
                ("count", .integer(counts[fingerprint] ?? 0)),
            ])
        }
        return JSONText.object([("version", .integer(1)), ("findings", .array(entries))]).rendered()
    }

    /// Reads a baseline file written by `--write-baseline`.
    public static func read(bytes: [UInt8], path: String) -> (Baseline?, [Diagnostic]) {
        let (root, problems) = JSONReader.read(bytes: bytes, path: path)
        guard let root else {
            let place = problems.first?.location ?? SourceLocation(path: path)
            let reason = problems.first?.message ?? "empty"
            return (nil, [Diagnostic(invalid, "baseline is not JSON: \(reason)", at: place)])
        }
        let diagnostics: [Diagnostic] = []
        if let version = root.members?.first(where: { $0.key == "version" }) {
            guard case .integer("1") = version.value.kind else {
                return (
                    nil,
                    [
                        Diagnostic(
                            invalid, "baseline version is not 1; write it again with --write-baseline",
                            at: version.value.location)
                    ]
                )
            }
        }
        guard let entries = root.members?.first(where: { $0.key == "findings" }),
            case .array(let items) = entries.value.kind
        else {
            return (nil, diagnostics + [Diagnostic(invalid, "baseline has no 'findings' list", at: root.location)])
        }
        var baseline = Baseline([])
        for item in items {
            let fields = Dictionary((item.members ?? []).map { ($0.key, $0.value) }, uniquingKeysWith: { $1 })
            guard case .string(let fingerprint)? = fields["fingerprint"]?.kind else {
                return (
                    nil, diagnostics + [Diagnostic(invalid, "baseline entry has no fingerprint", at: item.location)]
                )
            }
            var count = 1
            if case .integer(let text)? = fields["count"]?.kind { count = Int(text) ?? 1 }
            guard count > 0 else {
                return (
                    nil, diagnostics + [Diagnostic(invalid, "baseline entry has a count below 1", at: item.location)]
                )
            }
            baseline.counts[fingerprint, default: 0] += count
        }
        return (baseline, diagnostics)
    }

    /// Splits findings into new ones and baselined ones, and counts baselined findings that are
    /// gone (fixed since the baseline was written, so the file can be tightened).
    public func apply(to findings: [Diagnostic]) -> (new: [Diagnostic], baselined: Int, gone: Int) {
        var remaining = counts
        var new: [Diagnostic] = []
        var baselined = 0
        for finding in findings {
            let fingerprint = Fingerprint.of(finding)
            if let left = remaining[fingerprint], left > 0 {
                remaining[fingerprint] = left - 1
                baselined += 1
            } else {
                new.append(finding)
            }
        }
        return (new, baselined, remaining.values.reduce(0, +))
    }
}
