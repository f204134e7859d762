/// The samples of a reference, each read once and parsed when it is JSON.
public struct SampleLibrary: Sendable {
    /// What reading one sample file gave.
    public enum Content: Sendable {
        case json(JSONNode)
        /// Not JSON by design (`.txt` transcripts, curl commands, XML): skipped.
        case notJSON
        /// Missing, unreadable or not valid JSON; already reported.
        case unusable
    }

    /// The parsed samples, keyed by absolute path.
    public private(set) var contents: [String: Content] = [:]

    public static let notJSON = RuleDescriptor(
        "non-json-sample", .note, "a sample that is not JSON (an HTTP transcript, XML, a command) is not validated")

    /// Reads every sample included by an operation of the reference.
    public static func load(_ reference: APIReference, files: any FileProvider) -> (SampleLibrary, [Diagnostic]) {
        var library = SampleLibrary()
        var diagnostics: [Diagnostic] = []
        let samples = reference.documents.flatMap { $0.operations.flatMap(\.samples) + $0.looseSamples }
        for sample in samples where library.contents[sample.absolutePath] == nil {
            let (content, found) = read(sample, files: files)
            library.contents[sample.absolutePath] = content
            diagnostics += found
        }
        return (library, diagnostics)
    }

    public func content(of sample: SampleReference) -> Content? {
        contents[sample.absolutePath]
    }

    private static func read(_ sample: SampleReference, files: any FileProvider) -> (Content, [Diagnostic]) {
        // Missing files, folders, FIFOs and devices were reported by the reader; a FIFO is
        // never opened, as reading it would block.
        guard files.kind(of: sample.absolutePath) == .file else { return (.unusable, []) }
        let bytes: [UInt8]
        switch files.contents(of: sample.absolutePath) {
        case .bytes(let read):
            bytes = read
        case .unreadable(let reason):
            return (
                .unusable, [.unreadableFile("cannot read '\(sample.resolvedPath)': \(reason)", at: sample.location)]
            )
        case .missing, .directory:
            // Reported by the reader as `missing-file` or `unreadable-file`.
            return (.unusable, [])
        }
        if !looksLikeJSON(sample, bytes: bytes) {
            let what = Paths.fileName(of: sample.resolvedPath)
            return (.notJSON, [Diagnostic(notJSON, "sample '\(what)' is not JSON; not validated", at: sample.location)])
        }
        var diagnostics: [Diagnostic] = []
        if let bad = SourceText.firstInvalidByte(in: bytes[...], path: sample.resolvedPath) {
            diagnostics.append(.invalidEncoding(at: bad))
        }
        let (root, found) = JSONReader.read(bytes: bytes, path: sample.resolvedPath)
        diagnostics += found
        guard let root, !found.contains(where: { $0.ruleID == JSONReader.syntax.id }) else {
            return (.unusable, diagnostics)
        }
        return (.json(root), diagnostics)
    }

    /// Whether a sample is meant to be JSON: a `.json` file, or another file (no `.txt`,
    /// `.xml`, `.sh`...) whose text starts with `{` or `[`.
    static func looksLikeJSON(_ sample: SampleReference, bytes: [UInt8]) -> Bool {
        let name = Paths.fileName(of: sample.resolvedPath).lowercased()
        let language = sample.options["language"]?.lowercased()
        if name.hasSuffix(".json") { return true }
        if ["json", "javascript"].contains(language ?? ""), !name.hasSuffix(".txt"), !name.hasSuffix(".xml") {
            let first = bytes.first { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }
            return first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
        }
        return false
    }
}
