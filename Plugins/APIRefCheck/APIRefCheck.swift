import Foundation
import PackagePlugin

/// `swift package apiref-check [apiref check options] [PATH...]`: runs `apiref check` on the
/// package's documentation (its `api-ref/source` folder by default), so a Swift project needs
/// no separate install. The exit status is apiref's.
@main
struct APIRefCheck: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let tool = try context.tool(named: "apiref")
        let process = Process()
        process.executableURL = tool.url
        process.arguments = ["check"] + arguments
        process.currentDirectoryURL = context.package.directoryURL
        try process.run()
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            Diagnostics.error("apiref check exited with status \(process.terminationStatus)")
            throw CheckFailed(status: process.terminationStatus)
        }
    }
}

/// Reports the failure of `apiref check` to SwiftPM, which exits non-zero.
struct CheckFailed: Error, CustomStringConvertible {
    let status: Int32
    var description: String { "apiref check found errors (exit status \(status))" }
}
