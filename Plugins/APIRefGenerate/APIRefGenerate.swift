import Foundation
import PackagePlugin

/// Generates Swift types and route stubs for a target whose folder holds os-api-ref
/// documentation: `.rst` and `.inc` documents, their parameters files and their samples.
///
/// The target's folder is the project root for apiref: documents, parameters files and
/// samples must all lie inside it (an include or sample outside is refused and the build
/// fails with apiref's finding). Every file of the folder that is not Swift is an input, so
/// editing a document, a parameters file or a sample regenerates the code; the outputs are
/// one file per document, named as `apiref generate` names them, and `APIRefSupport.swift`.
@main
struct APIRefGenerate: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) async throws -> [Command] {
        guard let target = target as? any SourceModuleTarget else { return [] }
        let folder = target.directoryURL.standardizedFileURL
        let inputs = target.sourceFiles.map(\.url).filter { $0.pathExtension.lowercased() != "swift" }
            .sorted { $0.path < $1.path }
        let documents = inputs.compactMap { url -> String? in
            let relative = Self.relativePath(of: url, in: folder)
            guard let relative, ["rst", "inc"].contains(url.pathExtension.lowercased()),
                !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") })
            else { return nil }
            return relative
        }
        guard !documents.isEmpty else {
            Diagnostics.warning("apiref: target '\(target.name)' holds no .rst or .inc document; nothing to generate")
            return []
        }
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("Generated")
        let names = OutputFileNaming.names(for: documents)
        let outputs = (names.values.sorted() + [OutputFileNaming.supportFileName]).map {
            output.appendingPathComponent($0)
        }
        return [
            .buildCommand(
                displayName: "Generating Swift from the api-ref documents of \(target.name)",
                executable: try context.tool(named: "apiref").url,
                arguments: ["generate", "--quiet", "--root", folder.path, "--output", output.path, folder.path],
                inputFiles: inputs, outputFiles: outputs)
        ]
    }

    /// The path of `url` below `folder`, with `/` between its parts; `nil` outside it.
    static func relativePath(of url: URL, in folder: URL) -> String? {
        let base = folder.pathComponents
        let parts = url.standardizedFileURL.pathComponents
        guard parts.count > base.count, Array(parts.prefix(base.count)) == base else { return nil }
        return parts.dropFirst(base.count).joined(separator: "/")
    }
}
