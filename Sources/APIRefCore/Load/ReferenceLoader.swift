/// Reads documents and parameters files into an `APIReference`, reporting what it meets.
///
/// All paths it is given are absolute and normalised; it names files in diagnostics through
/// `displayPath`. Every file is read at most once per run. A bad file is reported and reading
/// goes on with the rest.
public struct ReferenceLoader {
    public let files: any FileProvider
    public let layout: ProjectLayout
    let displayPath: @Sendable (String) -> String
    var sink = DiagnosticCollector()
    var parameterFiles: [String: ParameterFile] = [:]
    var documents: [Document] = []
    private var rstCache: [String: [RSTBlock]] = [:]
    /// Where each `rest_parameters` file name resolved from each folder, found or not; every
    /// operation names the same file, so this saves most of the path work.
    var parameterFileLookups: [String: String?] = [:]
    private var realRoot: String

    /// The deepest nesting of includes followed before giving up.
    public static let includeDepthLimit = 32
    /// The most includes one document may expand, repeats counted: files that include each
    /// other twice at every level would otherwise grow the document exponentially.
    public static let includeCountLimit = 2_000
    private var includeCount = 0
    /// The most lines a file may have, and a document with its includes expanded (repeats
    /// counted): the costliest lines (parameter items, status codes) take one or two
    /// microseconds each, so this keeps a run within a second. nova's documents and
    /// parameters file together have some 20,000 lines.
    public static let lineLimit = 500_000
    private var expandedLines = 0
    /// The most bytes a document may expand to, includes repeated counted: one file may hold
    /// 16 MiB, but a 10 MB file included 2,000 times would be 20 GB to assemble.
    public static let expansionByteLimit = 16 * 1024 * 1024
    private var expandedBytes = 0
    /// The files read so far, `nil` for one refused for its length.
    private var sources: [String: SourceText?] = [:]

    public init(files: any FileProvider, layout: ProjectLayout, displayPath: @escaping @Sendable (String) -> String) {
        self.files = files
        self.layout = layout
        self.displayPath = displayPath
        realRoot = files.resolvingLinks(layout.root)
    }

    /// The reference read so far and every finding, in file, line and column order.
    public func finish() -> (reference: APIReference, diagnostics: [Diagnostic]) {
        var byDisplay: [String: ParameterFile] = [:]
        for file in parameterFiles.values { byDisplay[file.path] = file }
        return (APIReference(documents: documents, parameterFiles: byDisplay), sink.sortedUnique)
    }

    /// Reads a top-level document and everything it includes.
    /// - Parameter isPartial: whether the document is an `.inc` named on its own, so files
    ///   sharing its parameters files may not have been read.
    public mutating func loadDocument(at path: String, isPartial: Bool = false) {
        guard let source = readSource(path, referencedAt: nil, directive: nil) else { return }
        let context = DocumentContext(
            path: path, directory: Paths.directory(of: path), sourceRoot: layout.sourceRoot(forDocument: path))
        var included: [String] = []
        includeCount = 0
        expandedLines = source.lines.count
        expandedBytes = source.text.utf8.count
        let blocks = expandIncludes(source, context: context, stack: [path], included: &included, isRepeat: false)
        var document = assemble(blocks, context: context)
        document.includedFiles = included.map(displayPath)
        document.isPartial = isPartial
        documents.append(document)
    }

    /// Reads a parameters file on its own (or returns the copy already read).
    @discardableResult
    public mutating func loadParameterFile(at path: String) -> ParameterFile? {
        if let file = parameterFiles[path] { return file }
        guard let source = readSource(path, referencedAt: nil, directive: nil) else { return nil }
        let (file, diagnostics) = ParametersReader.read(source)
        diagnostics.forEach { sink.report($0) }
        // A `rest_status_code` file (keys are status codes) found among the inputs is not a
        // parameters file; it is left out rather than linted as one.
        if !file.definitions.isEmpty,
            file.definitions.allSatisfy({ Int($0.key).map { (100...599).contains($0) } ?? false })
        {
            return nil
        }
        parameterFiles[path] = file
        return file
    }

    // MARK: - Files

    /// Reads a file as text, reporting a missing, unreadable or badly encoded one.
    /// - Parameter location: where the file was named (a directive), or `nil` for an input.
    mutating func readSource(_ path: String, referencedAt location: SourceLocation?, directive: String?) -> SourceText?
    {
        let shown = displayPath(path)
        guard isConfined(path, referencedAt: location, directive: directive) else { return nil }
        switch files.kind(of: path) {
        case .missing:
            if let location, let directive {
                sink.report(.missingFile(shown, directive: directive, at: location))
            } else {
                sink.report(.unreadableFile("file does not exist", at: SourceLocation(path: shown)))
            }
            return nil
        case .directory:
            sink.report(
                .unreadableFile(
                    "'\(shown)' is a directory, expected a file", at: location ?? SourceLocation(path: shown)))
            return nil
        case .other:
            sink.report(
                .unreadableFile("'\(shown)' is not a regular file", at: location ?? SourceLocation(path: shown)))
            return nil
        case .file:
            break
        }
        // A file included again is not read again: a 10 MB file included 2,000 times would
        // otherwise be read 2,000 times.
        if let cached = sources[path] {
            guard let source = cached else {
                sink.report(tooManyLines(shown, at: location))
                return nil
            }
            if let bad = source.invalidEncoding { sink.report(.invalidEncoding(at: bad)) }
            return source
        }
        switch files.contents(of: path) {
        case .bytes(let bytes):
            guard SourceText.lineCount(of: bytes) <= Self.lineLimit else {
                sources[path] = .some(nil)
                sink.report(tooManyLines(shown, at: location))
                return nil
            }
            let source = SourceText(path: shown, bytes: bytes)
            sources[path] = source
            if let bad = source.invalidEncoding { sink.report(.invalidEncoding(at: bad)) }
            return source
        case .missing:
            sink.report(.unreadableFile("file does not exist", at: location ?? SourceLocation(path: shown)))
        case .directory:
            sink.report(
                .unreadableFile(
                    "'\(shown)' is a directory, expected a file", at: location ?? SourceLocation(path: shown)))
        case .unreadable(let reason):
            sink.report(
                .unreadableFile("cannot read '\(shown)': \(reason)", at: location ?? SourceLocation(path: shown)))
        }
        return nil
    }

    private func tooManyLines(_ shown: String, at location: SourceLocation?) -> Diagnostic {
        .unreadableFile(
            "'\(shown)' has more than \(Self.lineLimit) lines; not read", at: location ?? SourceLocation(path: shown))
    }

    /// Whether `path`, with its links resolved, lies inside the project root; reports it if not.
    mutating func isConfined(_ path: String, referencedAt location: SourceLocation?, directive: String?) -> Bool {
        guard let location else {
            // An input itself: it may be a link found in a folder; what it points to must be
            // inside the root too.
            guard files.kind(of: path) != .missing, !Paths.isWithin(files.resolvingLinks(path), root: realRoot) else {
                return true
            }
            // A parameters file given on the command line may lie outside the root, not only
            // link out of it.
            let message =
                Paths.isWithin(path, root: layout.root)
                ? "'\(displayPath(path))' links to '\(files.resolvingLinks(path))', outside the project root '\(displayPath(layout.root))'; not read"
                : "'\(displayPath(path))' lies outside the project root '\(displayPath(layout.root))'; not read"
            sink.report(Diagnostic(ReaderRules.outsideRoot, message, at: SourceLocation(path: displayPath(path))))
            return false
        }
        let inside =
            Paths.isWithin(path, root: layout.root)
            && (files.kind(of: path) == .missing || Paths.isWithin(files.resolvingLinks(path), root: realRoot))
        if !inside {
            sink.report(
                .outsideRoot(
                    displayPath(path), directive: directive ?? "include", root: displayPath(layout.root), at: location))
        }
        return inside
    }

    // MARK: - Includes

    private mutating func expandIncludes(
        _ source: SourceText, context: DocumentContext, stack: [String], included: inout [String], isRepeat: Bool
    ) -> [RSTBlock] {
        let blocks = parsedBlocks(source, path: stack[stack.count - 1])
        var result: [RSTBlock] = []
        for block in blocks {
            guard case .directive(let directive) = block, directive.name == "include" else {
                result.append(block)
                continue
            }
            let argument = directive.arguments.first
            let location = argument?.location ?? directive.location
            guard let written = argument?.text, !written.isEmpty else {
                sink.report(Diagnostic(ReaderRules.rstSyntax, "directive 'include' names no file", at: location))
                continue
            }
            let target = context.resolve(written)
            if stack.contains(target) {
                sink.report(.includeCycle(displayPath(target), at: location))
                continue
            }
            guard stack.count < Self.includeDepthLimit else {
                sink.report(
                    Diagnostic(
                        ReaderRules.includeCycle,
                        "includes nest deeper than \(Self.includeDepthLimit) files; '\(written)' not read",
                        at: location))
                continue
            }
            let repeated = included.contains(target)
            if repeated, !isRepeat {
                // Inside a file that is itself included again, every include repeats; the
                // outer repeat is the one to fix.
                sink.report(
                    Diagnostic(
                        ReaderRules.duplicateInclude,
                        "'\(displayPath(target))' is already included by this document; its operations appear twice",
                        at: location))
            }
            includeCount += 1
            guard includeCount <= Self.includeCountLimit else {
                if includeCount == Self.includeCountLimit + 1 {
                    sink.report(
                        Diagnostic(
                            ReaderRules.includeCycle,
                            "the document expands more than \(Self.includeCountLimit) includes; '\(written)' and later ones not read",
                            at: location))
                }
                continue
            }
            guard let text = readSource(target, referencedAt: location, directive: "include") else { continue }
            expandedLines += text.lines.count
            expandedBytes += text.text.utf8.count
            guard expandedLines <= Self.lineLimit, expandedBytes <= Self.expansionByteLimit else {
                // Reported once: the includes after it are not read either.
                includeCount = Self.includeCountLimit + 1
                let size =
                    expandedLines > Self.lineLimit
                    ? "\(Self.lineLimit) lines" : "\(Self.expansionByteLimit / 1024 / 1024) MiB"
                sink.report(
                    Diagnostic(
                        ReaderRules.includeCycle,
                        "the document expands to more than \(size); '\(written)' and later includes not read",
                        at: location))
                continue
            }
            included.append(target)
            result += expandIncludes(
                text, context: context, stack: stack + [target], included: &included, isRepeat: isRepeat || repeated)
        }
        return result
    }

    private mutating func parsedBlocks(_ source: SourceText, path: String) -> [RSTBlock] {
        if let cached = rstCache[path] { return cached }
        let (blocks, diagnostics) = RSTReader.read(source)
        diagnostics.forEach { sink.report($0) }
        rstCache[path] = blocks
        return blocks
    }
}

/// Where a document's relative paths start from.
struct DocumentContext {
    let path: String
    /// The top-level document's folder, which relative paths resolve against, as Sphinx does.
    let directory: String
    /// What a leading `/` names.
    let sourceRoot: String

    func resolve(_ written: String) -> String {
        if written.hasPrefix("/") {
            return Paths.normalize(sourceRoot + written)
        }
        return Paths.resolve(written, against: directory)
    }
}

extension Diagnostic {
    static func missingFile(_ path: String, directive: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(ReaderRules.missingFile, "file '\(path)' named by '\(directive)' does not exist", at: location)
    }

    static func includeCycle(_ path: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            ReaderRules.includeCycle, "'\(path)' is already being included; include cycle not followed", at: location)
    }

    static func outsideRoot(_ path: String, directive: String, root: String, at location: SourceLocation) -> Diagnostic
    {
        Diagnostic(
            ReaderRules.outsideRoot, "'\(directive)' names '\(path)', outside the project root '\(root)'; not read",
            at: location)
    }
}
