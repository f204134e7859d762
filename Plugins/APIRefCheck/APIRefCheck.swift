import Foundation
import PackagePlugin

/// `swift package apiref-check [apiref check options] [PATH...]`: runs `apiref check` on the
/// package's documentation, so a Swift project needs no separate install.
///
/// With no PATH it checks the package's `api-ref/source` folder if it has one, and each target
/// whose folder holds `.rst` or `.inc` documents (those the `APIRefGenerate` build plugin reads),
/// with that folder as the project root. The exit status is apiref's.
@main
struct APIRefCheck: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let tool = try context.tool(named: "apiref").url
        let package = context.package.directoryURL
        let givesPaths = arguments.contains { !$0.hasPrefix("-") }
        var runs: [[String]] = []
        if givesPaths || FileManager.default.fileExists(atPath: package.appendingPathComponent("api-ref/source").path) {
            runs.append(arguments)
        }
        if !givesPaths {
            for target in context.package.targets.compactMap({ $0 as? any SourceModuleTarget })
            where holdsDocuments(target) {
                let folder = target.directoryURL.path
                runs.append(arguments + ["--root", folder, folder])
            }
        }
        guard !runs.isEmpty else {
            Diagnostics.error(
                "apiref-check: no api-ref/source folder and no target holding .rst or .inc documents; name a PATH")
            throw CheckFailed(status: 64)
        }
        var worst: Int32 = 0
        for run in runs {
            let status = try check(tool: tool, arguments: run, in: package)
            worst = status == 64 || worst == 64 ? 64 : max(worst, status)
        }
        guard worst == 0 else { throw CheckFailed(status: worst) }
    }

    private func holdsDocuments(_ target: any SourceModuleTarget) -> Bool {
        target.sourceFiles.contains { ["rst", "inc"].contains($0.url.pathExtension.lowercased()) }
    }

    private func check(tool: URL, arguments: [String], in folder: URL) throws -> Int32 {
        let process = Process()
        process.executableURL = tool
        process.arguments = ["check"] + arguments
        process.currentDirectoryURL = folder
        try process.run()
        process.waitUntilExit()
        return process.terminationReason == .exit ? process.terminationStatus : 1
    }
}

/// Reports the failure of `apiref check` to SwiftPM, which exits non-zero.
struct CheckFailed: Error, CustomStringConvertible {
    let status: Int32
    var description: String {
        status == 64
            ? "apiref check was given a wrong option or path (exit status 64)"
            : "apiref check found errors (exit status \(status))"
    }
}
