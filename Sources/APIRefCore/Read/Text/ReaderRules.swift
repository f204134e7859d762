/// The rules whose findings come from reading files rather than from checking the model.
public enum ReaderRules {
    public static let unreadableFile = RuleDescriptor(
        "unreadable-file", .error, "a file cannot be read: missing, a directory, or not permitted")
    public static let noDocuments = RuleDescriptor(
        "no-documents", .error, "a folder given as input holds no document and no parameters file")
    public static let invalidEncoding = RuleDescriptor(
        "invalid-encoding", .error, "a file is not valid UTF-8; bad bytes are read as U+FFFD")
    public static let rstSyntax = RuleDescriptor(
        "rst-syntax", .error, "RST that cannot be read as os-api-ref means it (a malformed directive)")
    public static let yamlSyntax = RuleDescriptor(
        "yaml-syntax", .error, "a YAML file that libyaml cannot parse, with the position it gives")
    public static let unindentedContent = RuleDescriptor(
        "unindented-directive-content", .warning,
        "directive options or items sit flush left; they were read as the directive's content")
    public static let missingFile = RuleDescriptor(
        "missing-file", .error,
        "an include, literalinclude, parameters or status file that does not exist")
    public static let includeCycle = RuleDescriptor(
        "include-cycle", .error, "a file includes itself, directly or through other files")
    public static let duplicateInclude = RuleDescriptor(
        "duplicate-include", .warning, "a document includes the same file twice, so its operations appear twice")
    public static let outsideRoot = RuleDescriptor(
        "outside-root", .error, "an include, sample or parameters path that leads outside the project root")
    public static let invalidStatusCode = RuleDescriptor(
        "invalid-status-code", .error, "a status code entry that is not a code from 100 to 599")

    static let all: [RuleDescriptor] = [
        unreadableFile, noDocuments, invalidEncoding, rstSyntax, yamlSyntax, unindentedContent, missingFile,
        includeCycle, duplicateInclude, outsideRoot, invalidStatusCode,
    ]
}

extension Diagnostic {
    static func invalidEncoding(at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            ReaderRules.invalidEncoding, "file is not valid UTF-8; the bad bytes were read as U+FFFD", at: location)
    }

    static func unreadableFile(_ reason: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(ReaderRules.unreadableFile, reason, at: location)
    }
}
