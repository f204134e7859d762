/// Finds the project root and a document's source root, the two places paths are judged by.
///
/// The project root, unless given, is the nearest ancestor of the input that holds
/// `.apiref.yaml`; else the folder that holds the nearest `api-ref` folder (os-api-ref's
/// layout, `REPO/api-ref/source`); else the nearest ancestor holding `.git`; else the input's
/// own folder. Nothing outside the project root is read.
public struct ProjectLayout: Sendable {
    public let root: String

    public init(root: String) {
        self.root = Paths.normalize(root)
    }

    /// Finds the root for an input path (absolute, normalised), probing with `files`.
    public static func discover(for path: String, files: any FileProvider) -> ProjectLayout {
        let start = files.kind(of: path) == .directory ? path : Paths.directory(of: path)
        let ancestors = Self.ancestors(of: start)
        if let marked = ancestors.first(where: { files.kind(of: $0 + "/.apiref.yaml") == .file }) {
            return ProjectLayout(root: marked)
        }
        if let apiRef = ancestors.first(where: { Paths.fileName(of: $0) == "api-ref" }) {
            return ProjectLayout(root: Paths.directory(of: apiRef))
        }
        if let repository = ancestors.first(where: { files.kind(of: $0 + "/.git") != .missing }) {
            return ProjectLayout(root: repository)
        }
        return ProjectLayout(root: start)
    }

    /// The documentation source root of a document, which a leading `/` in a path names: the
    /// `api-ref/source` folder it lies in, or else the document's own folder.
    public func sourceRoot(forDocument path: String) -> String {
        let directory = Paths.directory(of: path)
        for ancestor in Self.ancestors(of: directory) where Paths.isWithin(ancestor, root: root) {
            if Paths.fileName(of: ancestor) == "source", Paths.fileName(of: Paths.directory(of: ancestor)) == "api-ref"
            {
                return ancestor
            }
        }
        return directory
    }

    /// `path` and its parents, nearest first, up to `/`.
    public static func ancestors(of path: String) -> [String] {
        var result = [path]
        var current = path
        while current != "/" {
            current = Paths.directory(of: current)
            result.append(current)
        }
        return result
    }

    /// The folders searched for a parameters file named `name` by a document in `directory`:
    /// the document's folder, then each parent up to the project root.
    public func parameterFileCandidates(_ name: String, documentDirectory directory: String) -> [String] {
        Self.ancestors(of: directory)
            .filter { Paths.isWithin($0, root: root) }
            .map { Paths.resolve(name, against: $0) }
    }
}
