import APIRefCore
import APIRefDisk
import Foundation

/// Files held in memory under absolute paths, for tests that need no disk.
struct MemoryFileProvider: FileProvider {
    var files: [String: [UInt8]]

    init(_ files: [String: String]) {
        self.files = files.mapValues { Array($0.utf8) }
    }

    init(bytes: [String: [UInt8]]) {
        files = bytes
    }

    func contents(of path: String) -> FileContents {
        if let bytes = files[path] { return .bytes(bytes) }
        return kind(of: path) == .directory ? .directory : .missing
    }

    func kind(of path: String) -> FileKind {
        if files[path] != nil { return .file }
        let prefix = path == "/" ? "/" : path + "/"
        return files.keys.contains { $0.hasPrefix(prefix) } ? .directory : .missing
    }

    func entries(of directory: String) -> [String] {
        let prefix = directory == "/" ? "/" : directory + "/"
        var names = Set<String>()
        for path in files.keys where path.hasPrefix(prefix) {
            if let name = path.dropFirst(prefix.count).split(separator: "/").first { names.insert(String(name)) }
        }
        return names.sorted()
    }

    func resolvingLinks(_ path: String) -> String { path }
}

/// A small project in memory, rooted at `/project`, linted as the command line would.
struct TestProject {
    static let root = "/project"
    let files: MemoryFileProvider

    init(_ files: [String: String]) {
        self.files = MemoryFileProvider(
            Dictionary(uniqueKeysWithValues: files.map { (Self.root + "/" + $0.key, $0.value) }))
    }

    init(files: MemoryFileProvider) {
        self.files = files
    }

    /// Reads the given project-relative inputs (default: `api-ref/source`).
    func read(_ inputs: [String] = ["api-ref/source"]) -> (reference: APIReference, diagnostics: [Diagnostic]) {
        let collected = InputCollector(files: files).collect(inputs.map { Self.root + "/" + $0 })
        return ReferenceReader.read(collected, files: files, root: Self.root) { Paths.relative($0, to: Self.root) }
    }

    /// Every finding of reading and linting, rendered as the command line prints them.
    func lint(_ inputs: [String] = ["api-ref/source"]) -> [String] {
        let (reference, diagnostics) = read(inputs)
        var collector = DiagnosticCollector()
        (diagnostics + Linter.lint(reference)).forEach { collector.report($0) }
        return collector.sortedUnique.map(DiagnosticRenderer.text)
    }

    /// Every finding of reading the samples and validating them, as the command line prints
    /// them (reading findings of the documents left out).
    func validate() -> [String] {
        let (reference, _) = read()
        let (library, readFindings) = SampleLibrary.load(reference, files: files)
        let result = SampleValidator.validate(reference, samples: library)
        var collector = DiagnosticCollector()
        (readFindings + result.diagnostics).forEach { collector.report($0) }
        return collector.sortedUnique.map(DiagnosticRenderer.text)
    }
}

/// Where the shared corpus and seed are: `../shared` beside the checkout, found from this
/// source file, or the folder `APIREF_SHARED` names.
enum SharedFiles {
    static let packageRoot = Paths.normalize(Paths.directory(of: #filePath) + "/../../..")
    static let shared: String = {
        if let folder = ProcessInfo.processInfo.environment["APIREF_SHARED"], !folder.isEmpty {
            return Paths.normalize(Paths.resolve(folder, against: DiskFileProvider.currentDirectory()))
        }
        return Paths.normalize(packageRoot + "/../shared")
    }()
    static let corpus = shared + "/corpus"
    static let seed = shared + "/seed/os-agents.inc"
}

/// The disk with some files replaced in memory: a scratch copy without copying anything.
struct OverlayFileProvider: FileProvider {
    let base: any FileProvider
    var overrides: [String: [UInt8]]

    func contents(of path: String) -> FileContents {
        if let bytes = overrides[path] { return .bytes(bytes) }
        return base.contents(of: path)
    }

    func kind(of path: String) -> FileKind {
        overrides[path] != nil ? .file : base.kind(of: path)
    }

    func entries(of directory: String) -> [String] { base.entries(of: directory) }

    func resolvingLinks(_ path: String) -> String { base.resolvingLinks(path) }
}
