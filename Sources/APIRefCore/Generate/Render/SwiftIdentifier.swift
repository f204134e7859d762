/// Turns names from the documentation (`OS-DCF:diskConfig`, `server_id`, `List Agent Builds`)
/// into Swift identifiers: ASCII letters, digits and underscores only, never a keyword left
/// bare, never starting with a digit.
///
///     OS-DCF:diskConfig -> osDCFDiskConfig      List Agent Builds -> ListAgentBuilds
///     server_id         -> serverID             default           -> `default`
enum SwiftIdentifier {
    /// Words kept upper case wherever they stand, as Swift's API guidelines spell acronyms.
    static let acronyms: Set<String> = ["id", "ids", "uuid", "url", "uri", "ip", "api", "http", "https", "json", "md5"]

    /// Swift keywords that a backtick makes usable as a property or parameter name.
    static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout",
        "internal", "let", "open", "operator", "private", "precedencegroup", "protocol", "public", "rethrows",
        "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue", "default",
        "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw", "switch",
        "where", "while", "as", "false", "is", "nil", "super", "throws", "true", "try", "await", "async", "any",
        "some", "package", "consume", "copy", "discard", "each", "borrowing", "consuming", "_",
    ]

    /// Names a backtick does not make safe as a member (`self`, `Type`) or that the generated
    /// code itself uses; a trailing underscore is added to them.
    static let reservedMembers: Set<String> = ["self", "Self", "Type", "Protocol", "init", "deinit", "subscript"]

    /// The words of a name: split at every character that is not an ASCII letter or digit,
    /// and between a lower-case letter or digit and an upper-case one (`diskConfig`).
    static func words(_ name: String) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        var previousIsLowerOrDigit = false
        for byte in name.utf8 {
            let isUpper = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
            let isLower = byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
            let isDigit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
            // Bytes of non-ASCII characters are never letters here: they part words.
            guard isUpper || isLower || isDigit else {
                if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
                current = []
                previousIsLowerOrDigit = false
                continue
            }
            if isUpper, previousIsLowerOrDigit {
                words.append(String(decoding: current, as: UTF8.self))
                current = []
            }
            current.append(byte)
            previousIsLowerOrDigit = isLower || isDigit
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }

    /// `UpperCamelCase`, for type names; `fallback` when the name has no usable character.
    static func typeName(_ name: String, fallback: String = "Value") -> String {
        let joined = words(name).map(capitalized).joined()
        return safe(joined.isEmpty ? fallback : joined)
    }

    /// `lowerCamelCase`, for properties, parameters and methods; `fallback` when the name has no
    /// usable character.
    static func memberName(_ name: String, fallback: String = "value") -> String {
        let parts = words(name)
        guard let first = parts.first else { return fallback }
        let head = acronyms.contains(first.lowercased()) && parts.count > 1 ? first.lowercased() : lowered(first)
        return safe(head + parts.dropFirst().map(capitalized).joined())
    }

    /// The identifier as it is written in code: keywords in backticks.
    static func escaped(_ identifier: String) -> String {
        keywords.contains(identifier) ? "`\(identifier)`" : identifier
    }

    /// The identifier as an argument label at a call site (`path(class: ...)`), where only
    /// `inout`, `var` and `let` need backticks; the compiler warns about any other.
    static func argumentLabel(_ identifier: String) -> String {
        ["inout", "var", "let"].contains(identifier) ? "`\(identifier)`" : identifier
    }

    /// An identifier that does not start with a digit and is not one of the reserved names.
    private static func safe(_ identifier: String) -> String {
        var result = identifier
        if result.first?.isNumber ?? false { result = "_" + result }
        if reservedMembers.contains(result) { result += "_" }
        return result
    }

    private static func capitalized(_ word: String) -> String {
        if acronyms.contains(word.lowercased()) { return word.uppercased() }
        // A word written all in capitals (`OS`, `DCF`) keeps them.
        if word.allSatisfy({ $0.isUppercase || $0.isNumber }) { return word }
        return word.prefix(1).uppercased() + word.dropFirst()
    }

    private static func lowered(_ word: String) -> String {
        if word.allSatisfy({ $0.isUppercase || $0.isNumber }) { return word.lowercased() }
        return word.prefix(1).lowercased() + word.dropFirst()
    }

    /// A plural noun's singular, for the element type of an array (`servers` -> `server`,
    /// `policies` -> `policy`, `addresses` -> `address`); `nil` when the name is not plural.
    static func singular(_ name: String) -> String? {
        let lowered = name.lowercased()
        if lowered.hasSuffix("ies"), name.count > 3 { return String(name.dropLast(3)) + "y" }
        if lowered.hasSuffix("sses") || lowered.hasSuffix("xes") || lowered.hasSuffix("ches")
            || lowered.hasSuffix("shes")
        {
            return String(name.dropLast(2))
        }
        if lowered.hasSuffix("s"), !lowered.hasSuffix("ss"), !lowered.hasSuffix("us"), !lowered.hasSuffix("is"),
            name.count > 1
        {
            return String(name.dropLast())
        }
        return nil
    }
}

/// Hands out identifiers unique within one scope, in the order they are asked for, so the
/// same input always gives the same names: the second `name` becomes `name2`.
struct IdentifierScope {
    private var taken: Set<String>

    init(reserving names: Set<String> = []) {
        taken = names
    }

    /// A name unique in this scope, based on `candidate`; it is taken from then on.
    mutating func claim(_ candidate: String) -> String {
        var name = candidate
        var counter = 2
        while taken.contains(name) {
            name = candidate + String(counter)
            counter += 1
        }
        taken.insert(name)
        return name
    }

    func contains(_ name: String) -> Bool {
        taken.contains(name)
    }
}
