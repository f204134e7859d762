/// Names the generated file of each documentation file from the set of their paths alone, so
/// a build plugin knows the names before anything is read.
///
/// A file is named after the document, its extension replaced: `os-agents.inc` gives
/// `os-agents.swift`. Where two names would be the same (ignoring case, for file systems that
/// do), parent folders are added, joined by `_`, until they differ (`v3/index.rst` and
/// `v3-ext/index.rst` give `v3_index.swift` and `v3-ext_index.swift`); where the whole paths
/// still agree but for the extension, it is kept (`index.rst.swift`). The shared support
/// file's name is never given to a document.
///
/// The SwiftPM build plugin repeats this rule (a plugin cannot link the library); change both.
public enum OutputFileNaming {
    /// The output file name of each path (relative paths with `/`), keyed by path.
    public static func names(for paths: [String]) -> [String: String] {
        let unique = Array(Set(paths)).sorted()
        var depth = Dictionary(uniqueKeysWithValues: unique.map { ($0, 1) })
        var keepsExtension: Set<String> = []
        func name(_ path: String) -> String {
            let parts = path.split(separator: "/").map(String.init)
            var tail = parts.suffix(depth[path] ?? 1)
            if !keepsExtension.contains(path), var last = tail.last, let dot = last.lastIndex(of: "."),
                dot != last.startIndex
            {
                last = String(last[..<dot])
                tail[tail.endIndex - 1] = last
            }
            return tail.joined(separator: "_") + ".swift"
        }
        while true {
            var byName: [String: [String]] = [:]
            for path in unique { byName[name(path).lowercased(), default: []].append(path) }
            byName[RuntimeSupport.fileName.lowercased(), default: []].append("")
            let clashes = byName.values.filter { $0.count > 1 }
            guard !clashes.isEmpty else { break }
            var changed = false
            for group in clashes {
                for path in group where !path.isEmpty {
                    let count = path.split(separator: "/").count
                    if (depth[path] ?? 1) < count {
                        depth[path, default: 1] += 1
                        changed = true
                    } else if keepsExtension.insert(path).inserted {
                        changed = true
                    }
                }
            }
            // Paths that agree even with their extensions differ only in case: no name can
            // tell them apart on every file system, so the later ones take a number.
            guard changed else { break }
        }
        var result: [String: String] = [:]
        var taken: Set<String> = [RuntimeSupport.fileName.lowercased()]
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
