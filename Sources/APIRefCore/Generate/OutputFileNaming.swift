/// Names the generated file of each documentation file from the set of their paths alone, so
/// a build plugin knows the names before anything is read.
///
/// A file is named after the document, its extension replaced: `os-agents.inc` gives
/// `os-agents.swift`. Where two names would be the same (ignoring case, for file systems that
/// do), parent folders are added, joined by `_`, until they differ (`v3/index.rst` and
/// `v3-ext/index.rst` give `v3_index.swift` and `v3-ext_index.swift`); where the whole paths
/// still agree but for the extension, it is kept (`index.rst.swift`); paths that differ only in
/// case take a number (`Index-2.swift`). The shared support file's name and `main.swift` (which
/// would turn a module's file into top-level code) are never given to a document.
///
/// This file is compiled into the library and, through a symbolic link, into the build plugin,
/// which cannot link the library: it depends on nothing else.
public enum OutputFileNaming {
    /// The name of the support file every generated module shares.
    public static let supportFileName = "APIRefSupport.swift"

    /// Names no document's file may take.
    static let reservedNames: Set<String> = [supportFileName.lowercased(), "main.swift"]

    /// The output file name of each path (relative paths with `/`), keyed by path.
    public static func names(for paths: [String]) -> [String: String] {
        let unique = Array(Set(paths)).sorted()
        var depth = Dictionary(uniqueKeysWithValues: unique.map { ($0, 1) })
        var keepsExtension: Set<String> = []
        func name(_ path: String) -> String {
            let parts = path.split(separator: "/").map(String.init)
            var tail = parts.suffix(depth[path] ?? 1)
            if !keepsExtension.contains(path), let last = tail.last, let dot = last.lastIndex(of: "."),
                dot != last.startIndex
            {
                tail[tail.endIndex - 1] = String(last[..<dot])
            }
            return tail.joined(separator: "_") + ".swift"
        }
        while true {
            var byName: [String: [String]] = [:]
            for path in unique { byName[name(path).lowercased(), default: []].append(path) }
            for reserved in reservedNames { byName[reserved, default: []].append("") }
            var changed = false
            for group in byName.values where group.count > 1 {
                for path in group where !path.isEmpty {
                    if (depth[path] ?? 1) < path.split(separator: "/").count {
                        depth[path, default: 1] += 1
                        changed = true
                    } else if keepsExtension.insert(path).inserted {
                        changed = true
                    }
                }
            }
            // Paths that agree even with their extensions differ only in case: no name can
            // tell them apart on every file system, so the later ones take a number below.
            guard changed else { break }
        }
        var result: [String: String] = [:]
        var taken = reservedNames
        for path in unique {
            var candidate = name(path)
            var counter = 2
            while taken.contains(candidate.lowercased()) {
                candidate = String(name(path).dropLast(".swift".count)) + "-\(counter).swift"
                counter += 1
            }
            taken.insert(candidate.lowercased())
            result[path] = candidate
        }
        return result
    }
}
