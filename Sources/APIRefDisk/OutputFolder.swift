import APIRefCore

#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// The folder generated files go to: created when missing, its files replaced together, and
/// the generated files that are no longer produced removed.
///
/// A generated file is recognised by its first bytes (the generator's header line), so files
/// a user keeps in the folder are never touched.
public struct OutputFolder {
    public enum Failure: Error, CustomStringConvertible {
        case cannotCreate(path: String, reason: String)
        case cannotRemove(path: String, reason: String)
        case cannotWrite(AtomicFile.Failure)
        /// A file in the folder has the name of a generated file but is not one: it is the
        /// user's, and is not replaced.
        case notGenerated(path: String)

        public var description: String {
            switch self {
            case .cannotCreate(let path, let reason): "cannot create folder '\(path)': \(reason)"
            case .cannotRemove(let path, let reason): "cannot remove '\(path)': \(reason)"
            case .cannotWrite(let failure): failure.description
            case .notGenerated(let path):
                "'\(path)' was not written by apiref; move it away or choose another output folder"
            }
        }
    }

    /// What `update` changed.
    public struct Update: Sendable, Equatable {
        /// The files written because their bytes changed or they were missing.
        public var written: Int
        /// The generated files removed because they are no longer produced.
        public var removed: Int
    }

    /// The folder's path.
    public let path: String
    /// The first bytes of every generated file.
    public let marker: [UInt8]

    public init(path: String, marker: String) {
        self.path = path
        self.marker = Array(marker.utf8)
    }

    /// The generated files now in the folder, by name: `.swift` files that begin with the
    /// marker.
    public func generatedFiles() -> [String: [UInt8]] {
        let files = DiskFileProvider()
        var found: [String: [UInt8]] = [:]
        for name in files.entries(of: path) where name.hasSuffix(".swift") {
            guard case .bytes(let bytes) = files.contents(of: path + "/" + name), bytes.starts(with: marker) else {
                continue
            }
            found[name] = bytes
        }
        return found
    }

    /// Makes the folder hold exactly `files` among its generated files.
    ///
    /// Every file whose bytes change is first written to a temporary beside it; only when all
    /// of them are written are they renamed into place, one by one, so a failure while writing
    /// (a full disk) leaves every file as it was, and a run killed while renaming leaves each
    /// file either old or new, never partial. Generated files that are no longer produced are
    /// removed last. Temporaries left by runs that were killed are removed first. A file of the
    /// user's (one that does not begin with the marker) is never replaced: the update stops
    /// before writing anything.
    public func update(with files: [(name: String, bytes: [UInt8])]) throws(Failure) -> Update {
        try Self.create(path)
        let disk = DiskFileProvider()
        for file in files {
            let target = path + "/" + file.name
            if case .bytes(let bytes) = disk.contents(of: target), !bytes.starts(with: marker) {
                throw .notGenerated(path: target)
            }
        }
        removeStaleTemporaries()
        var staged: [AtomicFile.Staged] = []
        var written = 0
        do {
            for file in files {
                switch try AtomicFile.stage(file.bytes, to: path + "/" + file.name, durable: false) {
                case .unchanged: break
                case .writtenInPlace: written += 1
                case .staged(let one): staged.append(one)
                }
            }
            for one in staged { try AtomicFile.commit(one) }
        } catch {
            staged.forEach(AtomicFile.discard)
            throw .cannotWrite(error)
        }
        written += staged.count
        let produced = Set(files.map(\.name))
        var removed = 0
        for name in generatedFiles().keys.sorted() where !produced.contains(name) {
            try Self.remove(path + "/" + name)
            removed += 1
        }
        return Update(written: written, removed: removed)
    }

    /// Removes the temporaries (`NAME.apiref-PID.tmp`) of processes that no longer run.
    func removeStaleTemporaries() {
        for name in DiskFileProvider().entries(of: path) {
            guard let pid = Self.temporaryOwner(name), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else {
                continue
            }
            unlink(path + "/" + name)
        }
    }

    /// The process that wrote a temporary named `NAME.apiref-PID.tmp`, if the name is one.
    static func temporaryOwner(_ name: String) -> pid_t? {
        guard name.hasSuffix(".tmp") else { return nil }
        let stem = name.dropLast(".tmp".count)
        let digits = stem.reversed().prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, stem.dropLast(digits.count).hasSuffix(".apiref-") else { return nil }
        return pid_t(String(digits.reversed()))
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
