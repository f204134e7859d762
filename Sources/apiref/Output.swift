#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes to the standard streams without buffering surprises between them.
enum Output {
    /// Whether writing to standard output failed (a full disk, `/dev/full`); the command
    /// then exits 1, as a report that was not written must not pass.
    nonisolated(unsafe) static var standardOutputFailed = false

    static func standardOutput(_ text: String) {
        if !write(text, to: 1) { standardOutputFailed = true }
    }

    static func standardError(_ text: String) {
        _ = write(text, to: 2)
    }

    /// Writes all bytes, retrying short writes.
    /// - Returns: whether every byte was written.
    private static func write(_ text: String, to descriptor: Int32) -> Bool {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { raw in
                #if canImport(Glibc)
                    Glibc.write(descriptor, raw.baseAddress, raw.count)
                #else
                    Darwin.write(descriptor, raw.baseAddress, raw.count)
                #endif
            }
            if written < 0 {
                if errno == EINTR { continue }
                return false
            }
            bytes = bytes.dropFirst(written)
        }
        return true
    }
}

/// The exit statuses apiref uses.
enum ExitStatus {
    static let clean: Int32 = 0
    static let findings: Int32 = 1
    static let usage: Int32 = 64
}
