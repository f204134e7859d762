/// Pure path arithmetic on `/`-separated strings; nothing here touches the file system.
public enum Paths {
    /// Joins `path` to `base` unless it is absolute, then removes `.` and `..` components.
    public static func resolve(_ path: String, against base: String) -> String {
        normalize(path.hasPrefix("/") ? path : base + "/" + path)
    }

    /// Removes empty, `.` and `..` components of an absolute path; `..` above `/` stays at `/`.
    public static func normalize(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." {
                if !parts.isEmpty { parts.removeLast() }
                continue
            }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }

    /// The directory part of a path: `/a/b` for `/a/b/c.inc`.
    public static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// The last component of a path.
    public static func fileName(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    /// Whether `path` is `root` or lies below it.
    public static func isWithin(_ path: String, root: String) -> Bool {
        root == "/" || path == root || path.hasPrefix(root + "/")
    }

    /// `path` relative to `base` when it lies below it, `../` steps otherwise; both absolute.
    public static func relative(_ path: String, to base: String) -> String {
        if path == base { return "." }
        if base == "/" { return String(path.dropFirst()) }
        if path.hasPrefix(base), path.utf8.dropFirst(base.utf8.count).first == UInt8(ascii: "/") {
            return String(path.utf8.dropFirst(base.utf8.count + 1)) ?? path
        }
        // Walk both paths byte by byte to the last shared folder, then climb out of the rest
        // of `base`: no splitting, as this runs once per file named in a report.
        let pathBytes = Array(path.utf8)
        let baseBytes = Array(base.utf8)
        var shared = 0
        var index = 0
        while index < pathBytes.count, index < baseBytes.count, pathBytes[index] == baseBytes[index] {
            index += 1
            if pathBytes[index - 1] == UInt8(ascii: "/") { shared = index }
        }
        if index == baseBytes.count, index < pathBytes.count, pathBytes[index] == UInt8(ascii: "/") {
            shared = index + 1
        }
        if index == pathBytes.count, index < baseBytes.count, baseBytes[index] == UInt8(ascii: "/") {
            // `path` is a folder above `base`: only climbing remains.
            let ups = baseBytes[(index + 1)...].filter { $0 == UInt8(ascii: "/") }.count + 1
            return Array(repeating: "..", count: ups).joined(separator: "/")
        }
        let remainingBase = baseBytes[shared...]
        let ups = remainingBase.isEmpty ? 0 : remainingBase.filter { $0 == UInt8(ascii: "/") }.count + 1
        let rest = String(decoding: pathBytes[min(shared, pathBytes.count)...], as: UTF8.self)
        return String(repeating: "../", count: ups) + rest
    }
}
