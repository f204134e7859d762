/// How a file was written, kept when it is rewritten: a byte-order mark, CRLF line ends and
/// whether it ends with a newline.
struct FileStyle {
    let hasByteOrderMark: Bool
    let usesCRLF: Bool
    let hasFinalNewline: Bool

    init(_ bytes: [UInt8]) {
        hasByteOrderMark = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        var crlf = false
        for index in bytes.indices.dropFirst() where bytes[index] == 0x0A && bytes[index - 1] == 0x0D {
            crlf = true
            break
        }
        usesCRLF = crlf
        hasFinalNewline = bytes.last == 0x0A || bytes.last == 0x0D || bytes.isEmpty
    }

    /// The bytes of text (with `\n` line ends and a final newline) in this style.
    func apply(to text: String) -> [UInt8] {
        var body = text
        if !hasFinalNewline, body.hasSuffix("\n") { body.removeLast() }
        var bytes: [UInt8] = hasByteOrderMark ? [0xEF, 0xBB, 0xBF] : []
        for byte in body.utf8 {
            if byte == 0x0A, usesCRLF { bytes.append(0x0D) }
            bytes.append(byte)
        }
        return bytes
    }
}
