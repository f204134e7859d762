import Testing

@testable import APIRefCore

@Suite struct MicroversionTests {
    @Test func comparesComponentsAsNumbersNotDecimals() throws {
        let v2_2 = try #require(Microversion("2.2"))
        let v2_10 = try #require(Microversion("2.10"))
        let v2_20 = try #require(Microversion("2.20"))
        #expect(v2_2 < v2_10)
        #expect(v2_10 < v2_20)
        #expect(!(v2_20 < v2_2))
        #expect(Microversion("2.0") == Microversion("2"))
    }

    @Test(arguments: ["", "2.", ".2", "v2.1", "2.x", "2,1", "1.2.3.4.5"])
    func rejectsMalformedVersions(_ text: String) {
        #expect(Microversion(text) == nil)
    }

    @Test func rangesOverlapUnlessDisjoint() {
        let early = MicroversionRange(minimum: Microversion("2.1"), maximum: Microversion("2.9"))
        let late = MicroversionRange(minimum: Microversion("2.10"), maximum: nil)
        #expect(!early.overlaps(late))
        #expect(early.overlaps(.all))
        #expect(late.overlaps(MicroversionRange(minimum: nil, maximum: Microversion("2.10"))))
    }
}
