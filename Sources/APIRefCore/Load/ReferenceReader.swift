/// Reads the inputs of one run, each with the project root that applies to it.
public enum ReferenceReader {
    /// Reads every document and parameters file of `inputs`.
    /// - Parameters:
    ///   - root: the project root the user gave, or `nil` to find one per input.
    ///   - displayPath: how to show an absolute path in findings (relative to the working directory).
    /// - Returns: the reference and every finding, paths unreadable as inputs included.
    public static func read(
        _ inputs: InputCollector.Inputs, files: any FileProvider, root: String?,
        displayPath: @escaping @Sendable (String) -> String
    ) -> (reference: APIReference, diagnostics: [Diagnostic]) {
        var loaders: [String: ReferenceLoader] = [:]
        var order: [String] = []
        func loader(for path: String) -> String {
            let layout = root.map(ProjectLayout.init(root:)) ?? ProjectLayout.discover(for: path, files: files)
            if loaders[layout.root] == nil {
                loaders[layout.root] = ReferenceLoader(files: files, layout: layout, displayPath: displayPath)
                order.append(layout.root)
            }
            return layout.root
        }
        var diagnostics: [Diagnostic] = []
        for path in inputs.documents {
            let key = loader(for: path)
            if !Paths.isWithin(path, root: key) {
                diagnostics.append(
                    Diagnostic(
                        ReaderRules.outsideRoot,
                        "'\(displayPath(path))' lies outside the project root '\(displayPath(key))'; not read",
                        at: SourceLocation(path: displayPath(path))))
                continue
            }
            loaders[key]?.loadDocument(at: path, isPartial: inputs.partialDocuments.contains(path))
        }
        for path in inputs.parameterFiles {
            let key = loader(for: path)
            loaders[key]?.loadParameterFile(at: path)
        }
        for folder in inputs.emptyFolders {
            diagnostics.append(
                Diagnostic(
                    ReaderRules.noDocuments, "folder has no .rst or .inc document and no parameters file",
                    at: SourceLocation(path: displayPath(folder))))
        }
        for (path, reason) in inputs.rejected {
            diagnostics.append(.unreadableFile(reason, at: SourceLocation(path: displayPath(path))))
        }
        var reference = APIReference()
        for key in order {
            guard let (part, found) = loaders[key]?.finish() else { continue }
            reference.documents += part.documents
            reference.parameterFiles.merge(part.parameterFiles) { first, _ in first }
            diagnostics += found
        }
        return (reference, diagnostics)
    }
}
