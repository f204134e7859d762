#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// Writes files whole or not at all: into a temporary file beside the target, then renamed.
public enum AtomicFile {
    public enum Failure: Error, CustomStringConvertible {
        case cannotWrite(path: String, reason: String)

        public var description: String {
            switch self {
            case .cannotWrite(let path, let reason): "cannot write '\(path)': \(reason)"
            }
        }
    }

    /// Writes `bytes` to `path` unless the file already holds exactly them.
    ///
    /// A symbolic link is followed and its target written; an existing file keeps its
    /// permissions; something that is not a regular file (a FIFO, `/dev/stdout`) is written
    /// in place, since it cannot be replaced.
    /// - Returns: whether the file changed.
    @discardableResult
    public static func write(_ bytes: [UInt8], to path: String) throws(Failure) -> Bool {
        let files = DiskFileProvider()
        let target = files.kind(of: path) == .missing ? path : files.resolvingLinks(path)
        var info = stat()
        let exists = stat(target, &info) == 0
        if exists, info.st_mode & S_IFMT != S_IFREG {
            guard info.st_mode & S_IFMT != S_IFDIR else { throw .cannotWrite(path: path, reason: "it is a directory") }
            let descriptor = open(target, O_WRONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw .cannotWrite(path: path, reason: String(cString: strerror(errno))) }
            defer { close(descriptor) }
            try writeAll(bytes, to: descriptor, path: path)
            return true
        }
        if case .bytes(let existing) = files.contents(of: target), existing == bytes { return false }
        let temporary = target + ".apiref-\(getpid()).tmp"
        let mode: mode_t = exists ? info.st_mode & 0o7777 : 0o644
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard descriptor >= 0 else { throw .cannotWrite(path: path, reason: String(cString: strerror(errno))) }
        do {
            try writeAll(bytes, to: descriptor, path: path)
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        if exists { fchmod(descriptor, mode) }
        let synced = fsync(descriptor) == 0
        close(descriptor)
        guard synced, rename(temporary, target) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw .cannotWrite(path: path, reason: reason)
        }
        return true
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(Failure) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw .cannotWrite(path: path, reason: String(cString: strerror(errno)))
            }
            offset += written
        }
    }
}
