/// What reading a file gave.
public enum FileContents: Sendable {
    case bytes([UInt8])
    case missing
    case directory
    /// The file exists but could not be read; the reason is for the user.
    case unreadable(String)
}

/// The kind of thing at a path.
public enum FileKind: Sendable {
    case file
    case directory
    case missing
    /// Something else: a FIFO, a socket, a device.
    case other
}

/// The library's only access to files; the command line gives it the disk, tests give it memory.
///
/// Every path given is absolute and normalised (no `.` or `..` components).
public protocol FileProvider: Sendable {
    func contents(of path: String) -> FileContents
    func kind(of path: String) -> FileKind
    /// The names (not paths) of the entries of a directory, in any order.
    func entries(of directory: String) -> [String]
    /// The path with every symbolic link resolved, or the path itself when it has none.
    func resolvingLinks(_ path: String) -> String
}
