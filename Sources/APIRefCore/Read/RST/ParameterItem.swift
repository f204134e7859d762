/// Reads the `- name: key` items of a `rest_parameters` directive.
///
///     - OS-DCF:diskConfig: OS-DCF:diskConfig
///     - type : image_type_query
///
/// As with the YAML os-api-ref reads them as, the name ends at the first colon followed by a
/// space (or at a final colon), so names may themselves hold colons, dots, dashes and braces.
public enum ParameterItemReader {
    public static let invalidItem = RuleDescriptor(
        "invalid-parameter-item", .error, "a rest_parameters item that is not of the form '- name: key'")

    /// The references of the directive's items and the findings about malformed ones.
    public static func read(_ directive: RSTDirective) -> (items: [ParameterReference], diagnostics: [Diagnostic]) {
        var items: [ParameterReference] = []
        var diagnostics: [Diagnostic] = []
        for line in directive.contentLines {
            if let item = parse(line) {
                items.append(item)
            } else {
                diagnostics.append(
                    Diagnostic(
                        invalidItem, "item '\(line.text)' is not of the form '- name: key'", at: line.location))
            }
        }
        return (items, diagnostics)
    }

    static func parse(_ line: RSTTextLine) -> ParameterReference? {
        let bytes = Array(line.text.utf8)
        func isSpace(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        guard bytes.count > 2, bytes[0] == UInt8(ascii: "-"), isSpace(bytes[1]) else { return nil }
        var start = 2
        while start < bytes.count, isSpace(bytes[start]) { start += 1 }
        var colon = start
        while colon < bytes.count {
            if bytes[colon] == UInt8(ascii: ":"), colon + 1 == bytes.count || isSpace(bytes[colon + 1]) {
                break
            }
            colon += 1
        }
        guard colon < bytes.count else { return nil }
        let name = String(decoding: bytes[start..<colon], as: UTF8.self).trimmingSpaces()
        var keyStart = colon + 1
        while keyStart < bytes.count, isSpace(bytes[keyStart]) { keyStart += 1 }
        let key = String(decoding: bytes[keyStart...], as: UTF8.self).trimmingSpaces()
        guard !name.isEmpty, !key.isEmpty, !key.contains(" "), !key.contains("\t") else { return nil }
        var nameLocation = line.location
        nameLocation.column = line.location.column.map { $0 + start }
        var keyLocation = line.location
        keyLocation.column = line.location.column.map { $0 + keyStart }
        return ParameterReference(name: name, key: key, location: nameLocation, keyLocation: keyLocation)
    }
}
