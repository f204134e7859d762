import Testing

@testable import APIRefCore

@Suite struct SourceTextTests {
    @Test func splitsEveryKindOfLineEnd() {
        let source = SourceText(path: "a.rst", bytes: Array("one\r\ntwo\rthree\nfour".utf8))
        #expect(source.lines == ["one", "two", "three", "four"])
        #expect(source.text == "one\ntwo\nthree\nfour\n")
    }

    @Test func dropsByteOrderMark() {
        let source = SourceText(path: "a.rst", bytes: [0xEF, 0xBB, 0xBF] + Array("Title".utf8))
        #expect(source.lines == ["Title"])
        #expect(source.invalidEncoding == nil)
    }

    @Test func reportsFirstInvalidByteWithLineAndByteColumn() {
        let bytes = Array("ok\nxé".utf8) + [0xFF] + Array("z".utf8)
        let source = SourceText(path: "a.rst", bytes: bytes)
        #expect(source.invalidEncoding == SourceLocation(path: "a.rst", line: 2, column: 4))
        #expect(source.lines[1] == "xé\u{FFFD}z")
    }

    @Test func rejectsOverlongAndSurrogateSequences() {
        #expect(SourceText(path: "a", bytes: [0xC0, 0x80]).invalidEncoding?.column == 1)
        #expect(SourceText(path: "a", bytes: [0x41, 0xED, 0xA0, 0x80]).invalidEncoding?.column == 2)
    }
}
