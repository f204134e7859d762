/// Writes text from the documentation into generated code so that it can never end the
/// literal or comment it stands in, nor hide what the code does.
enum SwiftLiteral {
    /// A one-line string literal: quotes, backslashes and every character outside printable
    /// ASCII-safe text (control characters, line and paragraph separators, bidirectional
    /// controls) written as escapes.
    ///
    ///     say "hi"\ -> "say \"hi\"\\"
    static func string(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }) {
            return "\"" + text + "\""
        }
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            default:
                if isUnsafe(scalar) {
                    output += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output + "\""
    }

    /// One line of a `///` comment: unsafe characters shown as `U+202E`, so a description
    /// cannot start a new line of code or reorder what a reader sees.
    static func commentLine(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
        var output = ""
        for scalar in text.unicodeScalars {
            if scalar == "\t" {
                output += " "
            } else if isUnsafe(scalar) {
                output += "U+" + String(scalar.value, radix: 16, uppercase: true)
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    /// Control characters, line and paragraph separators, bidirectional and other invisible
    /// format characters, and code points Unicode does not assign.
    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        // Printable ASCII, nearly all of the text, is decided without a property lookup.
        if scalar.value >= 0x20 && scalar.value < 0x7F { return false }
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .unassigned, .surrogate, .privateUse:
            return true
        default:
            return false
        }
    }
}
