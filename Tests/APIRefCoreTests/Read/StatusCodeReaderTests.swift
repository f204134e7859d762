import Testing

@testable import APIRefCore

@Suite struct StatusCodeReaderTests {
    private func lines(_ text: String) -> [RSTTextLine] {
        text.split(separator: "\n").enumerated().map {
            RSTTextLine(String($0.element), at: SourceLocation(path: "a.inc", line: $0.offset + 1, column: 1))
        }
    }

    @Test func readsWrappedErrorCodesWithNames() {
        let (codes, diagnostics) = StatusCodeReader.read(
            paragraph: lines(
                """
                Error response codes: badRequest(400), unauthorized(401), forbidden(403),
                conflict(409), gone(410)
                """))
        #expect(diagnostics.isEmpty)
        #expect(codes.map(\.code) == [400, 401, 403, 409, 410])
        #expect(codes.map(\.name) == ["badRequest", "unauthorized", "forbidden", "conflict", "gone"])
        #expect(codes.allSatisfy { $0.kind == .error })
        #expect(codes[3].location == SourceLocation(path: "a.inc", line: 2, column: 1))
        #expect(codes[1].location == SourceLocation(path: "a.inc", line: 1, column: 40))
    }

    @Test func readsMicroversionRangesSplitOverLines() {
        let (codes, diagnostics) = StatusCodeReader.read(
            paragraph: lines(
                """
                Normal Response Codes: 201 (microversions 1.0 - 1.19), 200 (microversions
                1.20 - )
                """))
        #expect(diagnostics.isEmpty)
        #expect(codes.map(\.code) == [201, 200])
        #expect(
            codes[0].microversions == MicroversionRange(minimum: Microversion("1.0"), maximum: Microversion("1.19")))
        #expect(codes[1].microversions == MicroversionRange(minimum: Microversion("1.20"), maximum: nil))
    }

    @Test func skipsProseAfterACode() {
        let (codes, diagnostics) = StatusCodeReader.read(
            paragraph: lines(
                """
                Error response codes: itemNotFound(404) if the provider does not exist. (If the
                provider has no aggregates, the result is 200 with an empty aggregate list.)
                """))
        #expect(diagnostics.isEmpty)
        #expect(codes.map(\.code) == [404])
    }

    @Test func ignoresOtherLinesAndReportsBadCodes() {
        let (codes, diagnostics) = StatusCodeReader.read(
            paragraph: lines(
                """
                Lists agent builds.
                normal response code: 2000, 204
                """))
        #expect(codes.map(\.code) == [204])
        #expect(
            diagnostics.map(DiagnosticRenderer.text) == [
                "a.inc:2:23: error: status code '2000' is not a code from 100 to 599, optionally 'name(code)' or 'code (microversions A - B)' [invalid-status-code]"
            ])
    }
}
