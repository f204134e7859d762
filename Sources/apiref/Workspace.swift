import APIRefCore
import APIRefDisk

/// Turns command-line paths into a read reference: the shared first step of every command.
struct Workspace {
    let files = DiskFileProvider()
    let currentDirectory = DiskFileProvider.currentDirectory()

    /// The example this repository ships, read when no PATH is given: `api-ref/source` here.
    static let defaultPath = "api-ref/source"

    func absolute(_ path: String) -> String {
        Paths.resolve(path, against: currentDirectory)
    }

    /// Whether `root` (absolute), when one is given, is a folder; says so when it is not.
    func isUsableRoot(_ root: String?) -> Bool {
        guard let root, files.kind(of: root) != .directory else { return true }
        Output.standardError(
            "apiref: error: project root '\(Paths.relative(root, to: currentDirectory))' is not a folder\n")
        return false
    }

    /// Reads the given paths (or the example) under the project root, if one is given.
    func read(_ arguments: ParsedArguments, root: String?) -> (reference: APIReference, diagnostics: [Diagnostic])? {
        let paths = arguments.positional.isEmpty ? [Self.defaultPath] : arguments.positional
        if arguments.positional.isEmpty, files.kind(of: absolute(Self.defaultPath)) != .directory {
            Output.standardError(
                "apiref: error: no PATH given and no '\(Self.defaultPath)' folder here; name a document or folder\n")
            return nil
        }
        let inputs = InputCollector(files: files).collect(paths.map(absolute))
        let cwd = currentDirectory
        return ReferenceReader.read(inputs, files: files, root: root) { Paths.relative($0, to: cwd) }
    }
}
