/// Decides what each command-line PATH means: documents to read and parameters files to lint.
///
/// - an `.rst` or `.inc` file is a top-level document;
/// - a `.yaml` or `.yml` file is a parameters file, linted on its own;
/// - a directory stands for its documents, as Sphinx sees them: every `.rst` file below it; where
///   there is none, each `.inc` file that no other file there includes. The parameters files
///   below it (`*parameters*.yaml`) are linted too.
public struct InputCollector {
    public struct Inputs: Sendable, Equatable {
        /// Absolute paths of top-level documents, in a stable order.
        public var documents: [String] = []
        /// The documents that are `.inc` files named on their own: other files that share their
        /// parameters files were not read, so unused parameters are not judged for them.
        public var partialDocuments: Set<String> = []
        /// Absolute paths of parameters files to read even if no document names them.
        public var parameterFiles: [String] = []
        /// Paths that are neither documents, parameters files nor directories, with the reason.
        public var rejected: [(path: String, reason: String)] = []
        /// Folders in which no document or parameters file was found.
        public var emptyFolders: [String] = []

        public static func == (lhs: Inputs, rhs: Inputs) -> Bool {
            lhs.documents == rhs.documents && lhs.parameterFiles == rhs.parameterFiles
                && lhs.rejected.map(\.path) == rhs.rejected.map(\.path) && lhs.emptyFolders == rhs.emptyFolders
        }
    }

    /// The most files a directory walk looks at before it stops.
    public static let walkLimit = 100_000

    let files: any FileProvider

    public init(files: any FileProvider) {
        self.files = files
    }

    /// Sorts the given absolute paths into documents and parameters files.
    public func collect(_ paths: [String]) -> Inputs {
        var inputs = Inputs()
        for path in paths {
            switch files.kind(of: path) {
            case .directory:
                let (documents, parameters) = documents(in: path)
                if documents.isEmpty && parameters.isEmpty { inputs.emptyFolders.append(path) }
                inputs.documents += documents
                inputs.parameterFiles += parameters
            case .missing:
                inputs.rejected.append((path, "no such file or directory"))
            case .other:
                inputs.rejected.append((path, "not a regular file or directory"))
            case .file:
                let name = Paths.fileName(of: path).lowercased()
                if name.hasSuffix(".rst") || name.hasSuffix(".inc") {
                    inputs.documents.append(path)
                    if name.hasSuffix(".inc") { inputs.partialDocuments.insert(path) }
                } else if name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
                    inputs.parameterFiles.append(path)
                } else {
                    inputs.rejected.append((path, "not an .rst, .inc or .yaml file"))
                }
            }
        }
        inputs.documents = unique(inputs.documents)
        inputs.parameterFiles = unique(inputs.parameterFiles)
        return inputs
    }

    private func documents(in directory: String) -> (documents: [String], parameters: [String]) {
        let all = walk(directory)
        let rst = all.filter { $0.lowercased().hasSuffix(".rst") }
        let parameters = all.filter {
            let name = Paths.fileName(of: $0).lowercased()
            return name.contains("parameters") && (name.hasSuffix(".yaml") || name.hasSuffix(".yml"))
        }
        if !rst.isEmpty { return (rst, parameters) }
        let incs = all.filter { $0.lowercased().hasSuffix(".inc") }
        var included = Set<String>()
        for inc in incs {
            // A file too long to read is reported when the loader reads it.
            guard case .bytes(let bytes) = files.contents(of: inc),
                SourceText.lineCount(of: bytes) <= ReferenceLoader.lineLimit
            else { continue }
            let (blocks, _) = RSTReader.read(SourceText(path: inc, bytes: bytes))
            for case .directive(let directive) in blocks where directive.name == "include" {
                if let written = directive.arguments.first?.text {
                    included.insert(Paths.resolve(written, against: Paths.directory(of: inc)))
                }
            }
        }
        return (incs.filter { !included.contains($0) }, parameters)
    }

    /// Every file below `directory` that is not a folder, sorted; hidden folders and build
    /// folders skipped, link loops followed once, at most `walkLimit` files.
    func walk(_ directory: String) -> [String] {
        var found: [String] = []
        var pending = [directory]
        var seen = Set<String>()
        while let current = pending.popLast(), found.count < Self.walkLimit {
            guard seen.insert(files.resolvingLinks(current)).inserted else { continue }
            for name in files.entries(of: current).sorted() where !name.hasPrefix(".") {
                let path = current == "/" ? "/" + name : current + "/" + name
                switch files.kind(of: path) {
                case .directory where name != "node_modules":
                    pending.append(path)
                case .file, .other:
                    // A FIFO, device or link loop named like a document is kept, so reading
                    // reports it as not a regular file instead of leaving it out unsaid.
                    found.append(path)
                default:
                    break
                }
            }
        }
        return found.sorted()
    }

    private func unique(_ paths: [String]) -> [String] {
        var seen = Set<String>()
        return paths.filter { seen.insert($0).inserted }
    }
}
