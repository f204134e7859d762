/// Finds sample files that no document includes.
///
/// The sample trees are the `api_samples` or `samples` folders that hold the included samples
/// (nova's `doc/api_samples`, keystone's `v3/samples`); every `.json`, `.txt` or `.xml` file
/// in them that no `literalinclude` names is reported as a note, and JSON ones are read so
/// broken files are found too. Off unless asked: some services keep such files on purpose.
public enum UnincludedSamples {
    public static func find(
        _ reference: APIReference, library: SampleLibrary, files: any FileProvider,
        displayPath: (String) -> String
    ) -> [Diagnostic] {
        let included = Set(library.contents.keys)
        var roots = Set<String>()
        for path in included {
            var current = Paths.directory(of: path)
            while current != "/" {
                let name = Paths.fileName(of: current)
                if name == "api_samples" || name == "samples" {
                    roots.insert(current)
                    break
                }
                current = Paths.directory(of: current)
            }
        }
        // A root inside another root is already covered.
        let outer = roots.filter { root in !roots.contains { $0 != root && Paths.isWithin(root, root: $0) } }
        var diagnostics: [Diagnostic] = []
        for root in outer.sorted() {
            for path in walk(root, files: files) where !included.contains(path) {
                let shown = displayPath(path)
                diagnostics.append(
                    Diagnostic(
                        ValidationRules.unincludedSample, "sample file is not included by any document",
                        at: SourceLocation(path: shown)))
                guard path.lowercased().hasSuffix(".json"), case .bytes(let bytes) = files.contents(of: path) else {
                    continue
                }
                diagnostics += JSONReader.read(bytes: bytes, path: shown).diagnostics
            }
        }
        return diagnostics
    }

    private static func walk(_ directory: String, files: any FileProvider) -> [String] {
        var found: [String] = []
        var pending = [directory]
        while let current = pending.popLast(), found.count < InputCollector.walkLimit {
            for name in files.entries(of: current).sorted() where !name.hasPrefix(".") {
                let path = current + "/" + name
                switch files.kind(of: path) {
                case .directory:
                    pending.append(path)
                case .file:
                    let lowered = name.lowercased()
                    if lowered.hasSuffix(".json") || lowered.hasSuffix(".txt") || lowered.hasSuffix(".xml") {
                        found.append(path)
                    }
                default:
                    break
                }
            }
        }
        return found.sorted()
    }
}
