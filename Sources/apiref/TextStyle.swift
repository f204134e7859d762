import APIRefCore

/// The text format, with ANSI colour when standard error is a terminal and `NO_COLOR` is not set.
enum TextStyle {
    static func render(_ diagnostic: Diagnostic, colour: Bool) -> String {
        let plain = DiagnosticRenderer.text(diagnostic)
        guard colour else { return plain }
        let code: String
        switch diagnostic.severity {
        case .error: code = "31"
        case .warning: code = "33"
        case .note: code = "36"
        }
        let word = diagnostic.severity.rawValue
        let bold = "\u{1B}[1m"
        let reset = "\u{1B}[0m"
        var lines = plain.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let marker = Array(": \(word): ".utf8)
        if let first = lines.first {
            let bytes = Array(first.utf8)
            var index = 0
            while index + marker.count <= bytes.count, Array(bytes[index..<index + marker.count]) != marker {
                index += 1
            }
            if index + marker.count <= bytes.count {
                let head = String(decoding: bytes[..<index], as: UTF8.self)
                let tail = String(decoding: bytes[(index + marker.count)...], as: UTF8.self)
                lines[0] = bold + head + reset + ": \u{1B}[1;\(code)m\(word)\(reset): " + tail
            }
        }
        return lines.joined(separator: "\n")
    }
}
