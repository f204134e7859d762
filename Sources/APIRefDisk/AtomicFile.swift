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

    /// A file written to a temporary beside its target, waiting to be renamed over it.
    public struct Staged: Sendable {
        /// The path of the temporary file.
        public let temporary: String
        /// The path the temporary replaces: the target, with symbolic links followed.
        public let target: String
        /// The path as the caller named it, for messages.
        public let path: String
    }

    /// What `stage` did with a file.
    public enum Staging: Sendable {
        /// The file already holds exactly these bytes: nothing was written.
        case unchanged
        /// The target is not a regular file (a FIFO, `/dev/stdout`) and cannot be replaced, so
        /// it was written in place.
        case writtenInPlace
        /// The bytes wait in a temporary file; `commit` or `discard` it.
        case staged(Staged)
    }

    /// Writes `bytes` to `path` unless the file already holds exactly them.
    ///
    /// A symbolic link is followed and its target written; an existing file keeps its
    /// permissions; something that is not a regular file (a FIFO, `/dev/stdout`) is written
    /// in place, since it cannot be replaced.
    /// - Returns: whether the file changed.
    @discardableResult
    public static func write(_ bytes: [UInt8], to path: String) throws(Failure) -> Bool {
        switch try stage(bytes, to: path) {
        case .unchanged: return false
        case .writtenInPlace: return true
        case .staged(let staged):
            try commit(staged)
            return true
        }
    }

    /// Writes `bytes` to a temporary file beside `path`, with the permissions the file has
    /// (0644 for a new one), unless the file already holds exactly them. The temporary is
    /// named `NAME.apiref-PID.tmp`, so runs in other processes never share one.
    /// - Parameter durable: whether the temporary is synced to disk before it is renamed, so
    ///   that even a power cut leaves the old file or the new one. Without it a killed process
    ///   still leaves one or the other; generated files, which the next build writes again,
    ///   are staged without it, the user's own files (`apiref fmt`) with it.
    public static func stage(_ bytes: [UInt8], to path: String, durable: Bool = true) throws(Failure) -> Staging {
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
            return .writtenInPlace
        }
        if case .bytes(let existing) = files.contents(of: target), existing == bytes { return .unchanged }
        let temporary = target + temporarySuffix(pid: getpid())
        let mode: mode_t = exists ? info.st_mode & 0o7777 : 0o644
        unlink(temporary)
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
        let synced = !durable || fsync(descriptor) == 0
        let reason = String(cString: strerror(errno))
        close(descriptor)
        guard synced else {
            unlink(temporary)
            throw .cannotWrite(path: path, reason: reason)
        }
        return .staged(Staged(temporary: temporary, target: target, path: path))
    }

    /// Renames the temporary over its target: a reader sees the old file or the new one,
    /// never a part of either.
    public static func commit(_ staged: Staged) throws(Failure) {
        guard rename(staged.temporary, staged.target) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(staged.temporary)
            throw .cannotWrite(path: staged.path, reason: reason)
        }
    }

    /// Removes the temporary, leaving the target as it was.
    public static func discard(_ staged: Staged) {
        unlink(staged.temporary)
    }

    /// The suffix of the temporary files of process `pid`.
    static func temporarySuffix(pid: pid_t) -> String {
        ".apiref-\(pid).tmp"
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
