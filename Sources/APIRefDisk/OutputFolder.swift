import APIRefCore

#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// The folder generated files go to: created when missing, its stale files removed.
public enum OutputFolder {
    public enum Failure: Error, CustomStringConvertible {
        case cannotCreate(path: String, reason: String)
        case cannotRemove(path: String, reason: String)

        public var description: String {
            switch self {
            case .cannotCreate(let path, let reason): "cannot create folder '\(path)': \(reason)"
            case .cannotRemove(let path, let reason): "cannot remove '\(path)': \(reason)"
            }
        }
    }

    /// Creates `path` and any missing parent folders.
    public static func create(_ path: String) throws(Failure) {
        let files = DiskFileProvider()
        if files.kind(of: path) == .directory { return }
        let parent = Paths.directory(of: path)
        if parent != path, !parent.isEmpty { try create(parent) }
        if mkdir(path, 0o755) != 0, errno != EEXIST {
            throw .cannotCreate(path: path, reason: String(cString: strerror(errno)))
        }
    }

    /// Removes one file.
    public static func remove(_ path: String) throws(Failure) {
        if unlink(path) != 0, errno != ENOENT {
            throw .cannotRemove(path: path, reason: String(cString: strerror(errno)))
        }
    }
}
