public import APIRefCore
internal import Synchronization

#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// The `FileProvider` over the real file system, used by the command line and corpus tests.
///
/// It opens only regular files, so a FIFO or device where a file is expected never blocks.
public struct DiskFileProvider: FileProvider {
    /// Files larger than this are refused rather than read into memory: 16 MiB, some 70 times
    /// the largest file of a real reference (nova's parameters.yaml), and small enough that
    /// reading one stays within a second and a bounded amount of memory.
    public static let sizeLimit = 16 * 1024 * 1024

    public init() {}

    public func kind(of path: String) -> FileKind {
        var info = stat()
        guard stat(path, &info) == 0 else {
            // A loop of links, or a folder we may not enter, exists but cannot be used.
            return errno == ENOENT || errno == ENOTDIR ? .missing : .other
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        default: return .other
        }
    }

    public func contents(of path: String) -> FileContents {
        switch kind(of: path) {
        case .missing: return .missing
        case .directory: return .directory
        case .other: return .unreadable("not a regular file")
        case .file: break
        }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .unreadable(String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .unreadable(String(cString: strerror(errno))) }
        guard info.st_mode & S_IFMT == S_IFREG else { return .unreadable("not a regular file") }
        guard Int(info.st_size) <= Self.sizeLimit else {
            return .unreadable("file is larger than \(Self.sizeLimit / 1024 / 1024) MiB")
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(info.st_size))
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return .unreadable(String(cString: strerror(errno)))
            }
            if count == 0 { break }
            bytes += buffer[0..<count]
            if bytes.count > Self.sizeLimit {
                return .unreadable("file is larger than \(Self.sizeLimit / 1024 / 1024) MiB")
            }
        }
        return .bytes(bytes)
    }

    public func entries(of directory: String) -> [String] {
        guard let handle = opendir(directory) else { return [] }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    public func resolvingLinks(_ path: String) -> String {
        // realpath reads every component of the path; the folders of a reference's few
        // hundred files are few, so each is resolved once and the file itself checked alone.
        let parent = Paths.directory(of: path)
        let name = Paths.fileName(of: path)
        var info = stat()
        guard path.hasPrefix("/"), !parent.isEmpty, parent != path, !name.isEmpty, name != ".", name != "..",
            !path.contains("//"), lstat(path, &info) == 0, info.st_mode & S_IFMT != S_IFLNK
        else { return Self.realPath(path) }
        let folder = folders.resolved(parent) { Self.realPath(parent) }
        return folder == "/" ? "/" + name : folder + "/" + name
    }

    private static func realPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Folders already resolved in this provider's run.
    private let folders = ResolvedFolders()

    /// The current working directory, for turning relative arguments into absolute paths.
    public static func currentDirectory() -> String {
        guard let cwd = getcwd(nil, 0) else { return "/" }
        defer { free(cwd) }
        return String(cString: cwd)
    }
}

/// The real paths of folders, remembered for the life of one provider (one run): a link
/// changed while apiref runs is not seen.
private final class ResolvedFolders: Sendable {
    private let paths = Mutex<[String: String]>([:])

    func resolved(_ folder: String, _ resolve: () -> String) -> String {
        if let known = paths.withLock({ $0[folder] }) { return known }
        let found = resolve()
        paths.withLock { $0[folder] = found }
        return found
    }
}
