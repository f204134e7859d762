import Foundation
import Testing

@testable import APIRefCore

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Each format on one small input, asserting the whole output.
@Suite struct ReportFormatTests {
    static let findings = [
        Diagnostic(
            .error, rule: "undefined-parameter", "parameter 'nmae' is not defined in 'parameters.yaml'",
            at: SourceLocation(path: "api-ref/source/a.inc", line: 12, column: 11),
            notes: [.init("did you mean 'name'?", at: SourceLocation(path: "parameters.yaml", line: 7, column: 1))]),
        Diagnostic(
            .warning, rule: "unused-parameter", "parameter 'old, \"x\" <y>' is defined but no document uses it",
            at: SourceLocation(path: "parameters.yaml", line: 30, column: 1)),
    ]
    static let input = ReportInput(
        findings: findings, checkedFiles: ["api-ref/source/index.rst", "api-ref/source/a.inc", "parameters.yaml"])

    @Test func rendersJSON() {
        let first = Fingerprint.of(Self.findings[0])
        let second = Fingerprint.of(Self.findings[1])
        #expect(
            ReportRenderer.render(Self.input, as: .json) == """
                {
                  "findings": [
                    {
                      "rule": "undefined-parameter",
                      "severity": "error",
                      "message": "parameter 'nmae' is not defined in 'parameters.yaml'",
                      "path": "api-ref/source/a.inc",
                      "line": 12,
                      "column": 11,
                      "fingerprint": "\(first)",
                      "notes": [
                        {
                          "message": "did you mean 'name'?",
                          "path": "parameters.yaml",
                          "line": 7,
                          "column": 1
                        }
                      ]
                    },
                    {
                      "rule": "unused-parameter",
                      "severity": "warning",
                      "message": "parameter 'old, \\"x\\" <y>' is defined but no document uses it",
                      "path": "parameters.yaml",
                      "line": 30,
                      "column": 1,
                      "fingerprint": "\(second)",
                      "notes": []
                    }
                  ],
                  "summary": {
                    "errors": 1,
                    "warnings": 1,
                    "notes": 0
                  }
                }

                """)
    }

    @Test func rendersGitHubAnnotations() {
        #expect(
            ReportRenderer.render(Self.input, as: .github) == """
                ::error file=api-ref/source/a.inc,line=12,col=11,title=undefined-parameter::parameter 'nmae' is not defined in 'parameters.yaml'%0Anote: did you mean 'name'? (parameters.yaml:7:1)
                ::warning file=parameters.yaml,line=30,col=1,title=unused-parameter::parameter 'old, "x" <y>' is defined but no document uses it

                """)
    }

    @Test func rendersJUnitWithACaseForEveryFile() throws {
        let xml = ReportRenderer.render(Self.input, as: .junit)
        #expect(
            xml == """
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuites name="apiref" tests="3" failures="2">
                  <testsuite name="apiref" tests="3" failures="2" errors="0" skipped="0">
                    <testcase classname="apiref" name="api-ref/source/index.rst"/>
                    <testcase classname="apiref" name="api-ref/source/a.inc">
                      <failure type="undefined-parameter" message="1 finding">api-ref/source/a.inc:12:11: error: parameter &apos;nmae&apos; is not defined in &apos;parameters.yaml&apos; [undefined-parameter]
                parameters.yaml:7:1: note: did you mean &apos;name&apos;?</failure>
                    </testcase>
                    <testcase classname="apiref" name="parameters.yaml">
                      <failure type="unused-parameter" message="1 finding">parameters.yaml:30:1: warning: parameter &apos;old, &quot;x&quot; &lt;y&gt;&apos; is defined but no document uses it [unused-parameter]</failure>
                    </testcase>
                  </testsuite>
                </testsuites>

                """)
        let parser = XMLParser(data: Data(xml.utf8))
        #expect(parser.parse())
    }

    @Test func rendersSARIFWithRulesAndFingerprints() throws {
        let text = ReportRenderer.render(Self.input, as: .sarif)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["version"] as? String == "2.1.0")
        #expect(object["$schema"] as? String == "https://json.schemastore.org/sarif-2.1.0.json")
        let run = try #require((object["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "apiref")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.map { $0["id"] as? String } == RuleCatalog.all.map(\.id))
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 2)
        let first = results[0]
        #expect(first["ruleId"] as? String == "undefined-parameter")
        #expect(first["ruleIndex"] as? Int == RuleCatalog.all.firstIndex { $0.id == "undefined-parameter" })
        #expect(first["level"] as? String == "error")
        let location = try #require(
            (first["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect((location["artifactLocation"] as? [String: Any])?["uri"] as? String == "api-ref/source/a.inc")
        #expect((location["region"] as? [String: Any])?["startLine"] as? Int == 12)
        let related = try #require(first["relatedLocations"] as? [[String: Any]])
        #expect((related.first?["message"] as? [String: Any])?["text"] as? String == "did you mean 'name'?")
        let fingerprints = try #require(first["partialFingerprints"] as? [String: String])
        #expect(fingerprints["apiref/v1"] == Fingerprint.of(Self.findings[0]))
    }

    @Test func fingerprintsIgnoreLinesButNotNames() {
        var moved = Self.findings[0]
        moved.location.line = 400
        #expect(Fingerprint.of(moved) == Fingerprint.of(Self.findings[0]))
        var renamed = Self.findings[0]
        renamed.message = "parameter 'nmae2' is not defined in 'parameters.yaml'"
        #expect(Fingerprint.of(renamed) != Fingerprint.of(Self.findings[0]))
    }
}
