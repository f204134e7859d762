/// A finding's identity that survives unrelated edits: its rule, its file and the names it
/// quotes, but not its line or column.
///
///     undefined-parameter|api-ref/source/flavors.inc|flavor_nme|parameters.yaml  ->  "9f3c2a..."
public enum Fingerprint {
    /// The fingerprint of a finding as 16 hexadecimal digits (64-bit FNV-1a).
    public static func of(_ diagnostic: Diagnostic) -> String {
        let key = ([diagnostic.ruleID, diagnostic.location.path] + quotedNames(in: diagnostic.message))
            .joined(separator: "|")
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// The texts in single quotes in a message: the names a finding is about.
    static func quotedNames(in message: String) -> [String] {
        var names: [String] = []
        var current: String?
        for character in message {
            if character == "'" {
                if let name = current {
                    names.append(name)
                    current = nil
                } else {
                    current = ""
                }
            } else if current != nil {
                current?.append(character)
            }
        }
        return names
    }
}
