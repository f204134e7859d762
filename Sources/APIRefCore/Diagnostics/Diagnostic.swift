/// One finding about the input: what is wrong, where, under which rule, with notes.
///
/// A reader or rule creates diagnostics through the message factories next to it, so that the
/// wording of each rule lives in one place.
public struct Diagnostic: Sendable, Hashable, Codable {
    /// A secondary message attached to a diagnostic, with its own location.
    public struct Note: Sendable, Hashable, Codable {
        public var message: String
        public var location: SourceLocation?

        public init(_ message: String, at location: SourceLocation? = nil) {
            self.message = message
            self.location = location
        }
    }

    public var severity: Severity
    /// The stable kebab-case id of the rule that produced the finding.
    public var ruleID: String
    public var message: String
    public var location: SourceLocation
    public var notes: [Note]

    public init(
        _ severity: Severity,
        rule ruleID: String,
        _ message: String,
        at location: SourceLocation,
        notes: [Note] = []
    ) {
        self.severity = severity
        self.ruleID = ruleID
        self.message = Self.capped(message)
        self.location = location
        self.notes = notes
    }

    /// The longest message kept; input echoed in a message (a 10 MB line, a path with
    /// thousands of placeholders) is cut so reports stay readable and small.
    public static let messageLimit = 500

    static func capped(_ raw: String) -> String {
        // Input echoed in a message must not break a finding across lines or reach a
        // terminal as an escape sequence: control characters are shown as `\u{1B}`.
        var message = ""
        for scalar in raw.unicodeScalars {
            // Past the limit the message is cut anyway: stop, so a message echoing megabytes
            // of input costs no more than a short one.
            if message.utf8.count > messageLimit { break }
            if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                message += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            } else {
                message.unicodeScalars.append(scalar)
            }
        }
        guard message.utf8.count > messageLimit else { return message }
        var cut = ""
        for character in message {
            if cut.utf8.count + character.utf8.count > messageLimit { break }
            cut.append(character)
        }
        return cut + "…"
    }

    /// Creates a diagnostic with the rule's default severity.
    public init(_ rule: RuleDescriptor, _ message: String, at location: SourceLocation, notes: [Note] = []) {
        self.init(rule.severity, rule: rule.id, message, at: location, notes: notes)
    }
}

extension Diagnostic: Comparable {
    /// Orders findings by file, line and column, then rule and message, so reports are stable.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        if lhs.ruleID != rhs.ruleID { return lhs.ruleID < rhs.ruleID }
        return lhs.message < rhs.message
    }
}
