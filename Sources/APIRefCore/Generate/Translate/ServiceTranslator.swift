/// Translates a group of operations into a server protocol, with one `async throws` method
/// per operation, and an extension giving the routes that call it.
enum ServiceTranslator {
    /// One operation as the service sees it.
    struct Entry {
        var title: String
        var method: String
        var path: String
        /// The operation's base type name (`ListAgentBuilds`).
        var baseName: String
        var bodyKey: String?
    }

    /// - Parameters:
    ///   - name: the group's base name (`GuestAgents`), unique in the module.
    static func declarations(name: String, title: String, entries: [Entry]) -> [SwiftDeclaration] {
        let requirements = entries.map { entry in
            SwiftFunction(
                doc: ["'\(entry.title)': `\(entry.method) \(entry.path)`."], access: "",
                signature: "func \(methodName(entry))(_ request: \(entry.baseName)Request) async throws -> "
                    + "\(entry.baseName)Response", body: nil)
        }
        let service = SwiftProtocol(
            doc: [
                "The operations of '\(title)', to implement on a server.", "",
                "Give `\(routesName(name))` to a `Router` to serve them.",
            ], name: name + "Service", inherits: ["Sendable"], requirements: requirements)
        var body: [CodeLine] = [.line("var entries: [RouteEntry] = []")]
        for entry in entries {
            let key = entry.bodyKey.map(SwiftLiteral.string) ?? "nil"
            body.append(
                .block(
                    "entries.append(RouteEntry(route: \(entry.baseName)Request.route, bodyKey: \(key)) { match in",
                    [.line("try await self.\(methodName(entry))(\(entry.baseName)Request(match)).output()")],
                    closing: "})"))
        }
        body.append(.line("return entries"))
        let routes = SwiftExtension(
            extended: name + "Service",
            members: [
                .property(
                    SwiftProperty(
                        doc: ["The routes of these operations, each calling this service."],
                        name: routesName(name), type: "[RouteEntry]", getter: body))
            ])
        return [.protocolType(service), .extensionOf(routes)]
    }

    static func methodName(_ entry: Entry) -> String {
        SwiftIdentifier.memberName(entry.baseName)
    }

    static func routesName(_ name: String) -> String {
        SwiftIdentifier.memberName(name) + "Routes"
    }
}
