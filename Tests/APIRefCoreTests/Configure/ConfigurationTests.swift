import Testing

@testable import APIRefCore

@Suite struct ConfigurationTests {
    @Test func readsSeveritiesExclusionsAndRoot() {
        let (configuration, findings) = Configuration.read(
            SourceText(
                path: ".apiref.yaml",
                text: """
                    root: docs
                    rules:
                      unused-parameter: off
                      nonstandard-type: error
                    exclude:
                      - api-ref/source/legacy/**

                    """))
        #expect(findings.isEmpty)
        #expect(configuration.root == "docs")
        #expect(configuration.severities["unused-parameter"] == .some(nil))
        #expect(configuration.severities["nonstandard-type"] == .some(.error))
        #expect(configuration.exclude.map(\.pattern) == ["api-ref/source/legacy/**"])
    }

    @Test func reportsUnknownKeysRulesAndSeveritiesWithTheirLines() {
        let (_, findings) = Configuration.read(
            SourceText(
                path: ".apiref.yaml",
                text: """
                    rules:
                      unused-paramter: off
                      nonstandard-type: loud
                    exlude: []

                    """))
        #expect(
            findings.map(DiagnosticRenderer.text) == [
                ".apiref.yaml:2:3: error: unknown rule 'unused-paramter' [invalid-config]\n.apiref.yaml:2:3: note: did you mean 'unused-parameter'?",
                ".apiref.yaml:3:21: error: severity of 'nonstandard-type' is 'loud'; expected error, warning, note or off [invalid-config]",
                ".apiref.yaml:4:1: error: unknown key 'exlude'; expected root, rules or exclude [invalid-config]",
            ])
    }

    @Test(arguments: [
        ("api-ref/source/legacy/**", "api-ref/source/legacy/a/b.inc", true),
        ("api-ref/source/legacy/", "api-ref/source/legacy/b.inc", true),
        ("doc/*-v2*.json", "doc/server-v237.json", true),
        ("doc/*.json", "doc/sub/x.json", false),
        ("**/parameters.yaml", "api-ref/source/parameters.yaml", true),
        ("a?c", "abc", true),
    ])
    func matchesGlobs(_ pattern: String, _ path: String, _ expected: Bool) {
        #expect(Glob(pattern).matches(path) == expected)
    }

    @Test func filtersBySeverityExclusionAndSuppression() {
        var configuration = Configuration()
        configuration.severities = ["unused-parameter": Severity?.none, "nonstandard-type": Severity.error]
        configuration.exclude = [Glob("legacy/**")]
        let rst = Suppressions(rst: [
            "Title", "=====", "", ".. apiref: ignore undefined-parameter", ".. rest_parameters:: parameters.yaml", "",
            "   - a: b", "", "Other", "=====",
        ])
        let filter = FindingFilter(
            configuration: configuration, excludePath: { $0 }, suppressions: ["a.inc": rst])
        let findings = [
            Diagnostic(.warning, rule: "unused-parameter", "x", at: SourceLocation(path: "p.yaml", line: 1)),
            Diagnostic(.warning, rule: "nonstandard-type", "x", at: SourceLocation(path: "p.yaml", line: 2)),
            Diagnostic(.error, rule: "undefined-parameter", "x", at: SourceLocation(path: "legacy/b.inc", line: 3)),
            Diagnostic(.error, rule: "undefined-parameter", "x", at: SourceLocation(path: "a.inc", line: 7)),
            Diagnostic(.error, rule: "undefined-parameter", "x", at: SourceLocation(path: "a.inc", line: 9)),
            Diagnostic(.error, rule: "undocumented-path-parameter", "x", at: SourceLocation(path: "a.inc", line: 5)),
        ]
        let kept = filter.apply(findings).map { "\($0.location.description) \($0.severity.rawValue) \($0.ruleID)" }
        #expect(
            kept == [
                "p.yaml:2 error nonstandard-type", "a.inc:9 error undefined-parameter",
                "a.inc:5 error undocumented-path-parameter",
            ])
    }

    @Test func suppressesYAMLEntriesByCommentOnOrAboveTheKey() {
        let suppressions = Suppressions(yaml: [
            "# apiref: ignore unused-parameter", "a:", "  in: body",
            "b:  # apiref: ignore nonstandard-type, unused-parameter",
            "  type: list", "c:", "  in: body",
        ])
        func suppressed(_ rule: String, _ line: Int) -> Bool {
            suppressions.suppresses(
                Diagnostic(.warning, rule: rule, "x", at: SourceLocation(path: "p.yaml", line: line)))
        }
        #expect(suppressed("unused-parameter", 2))
        #expect(suppressed("unused-parameter", 3))
        #expect(!suppressed("nonstandard-type", 2))
        #expect(suppressed("nonstandard-type", 5))
        #expect(suppressed("unused-parameter", 4))
        #expect(!suppressed("unused-parameter", 6))
    }

    @Test func baselinesMatchByFingerprintAndCountWhatIsGone() {
        let old = [
            Diagnostic(
                .error, rule: "undefined-parameter", "parameter 'a' is not defined",
                at: SourceLocation(path: "x.inc", line: 3)),
            Diagnostic(
                .error, rule: "undefined-parameter", "parameter 'b' is not defined",
                at: SourceLocation(path: "x.inc", line: 4)),
        ]
        let baseline = Baseline(old)
        let (read, problems) = Baseline.read(bytes: Array(baseline.rendered().utf8), path: "baseline.json")
        #expect(problems.isEmpty)
        let now = [
            Diagnostic(
                .error, rule: "undefined-parameter", "parameter 'a' is not defined",
                at: SourceLocation(path: "x.inc", line: 30)),
            Diagnostic(
                .error, rule: "undefined-parameter", "parameter 'c' is not defined",
                at: SourceLocation(path: "x.inc", line: 31)),
        ]
        let (new, baselined, gone) = read?.apply(to: now) ?? ([], 0, 0)
        #expect(new.map(\.message) == ["parameter 'c' is not defined"])
        #expect(baselined == 1)
        #expect(gone == 1)
    }
}
