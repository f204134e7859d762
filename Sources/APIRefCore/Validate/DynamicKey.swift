/// Recognises object keys that are values rather than names: placement and nova key maps by
/// UUID (`"allocations": {"4e061c03-...": {"resources": ...}}`).
///
/// Such a key is passed through like an array index, both when the body tree is inferred and
/// when a sample is checked, so `allocations.resources` matches the entries of the map.
enum DynamicKey {
    /// Whether `key` is a UUID, with or without hyphens.
    static func isDynamic(_ key: String) -> Bool {
        let bytes = Array(key.utf8)
        func isHex(_ byte: UInt8) -> Bool {
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
                || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
        }
        if bytes.count == 32 { return bytes.allSatisfy(isHex) }
        guard bytes.count == 36 else { return false }
        for (offset, byte) in bytes.enumerated() {
            if [8, 13, 18, 23].contains(offset) {
                guard byte == UInt8(ascii: "-") else { return false }
            } else if !isHex(byte) {
                return false
            }
        }
        return true
    }
}
