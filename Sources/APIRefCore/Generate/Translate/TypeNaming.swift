/// The module-wide names of operations and groups, from their titles: `List Agent Builds`
/// gives `ListAgentBuilds`, the group `Guest agents (os-agents)` gives `GuestAgents`.
///
/// A closing parenthesis is left out of an operation's name when no other operation's title
/// gives the same name without it (`Pause Server (pause Action)` is `PauseServer`, while
/// `Update resource class (microversions 1.2 - 1.6)` beside `Update resource class` keeps it).
/// The first operation to take a name keeps it plain, so documents added later do not rename
/// it; later ones are prefixed with their group's name (`ServersListExtensions`), then
/// numbered, in document order.
struct TypeNaming {
    /// The base name of each operation, by document and operation index.
    var operations: [[String]] = []
    /// The name of each group that has operations, by document and group index.
    var groups: [[String?]] = []

    init(_ reference: APIReference) {
        var shortCounts: [String: Int] = [:]
        for document in reference.documents {
            for operation in document.operations {
                shortCounts[Self.groupBase(operation.title, fallback: "Operation"), default: 0] += 1
            }
        }
        var operationScope = IdentifierScope()
        var groupScope = IdentifierScope()
        for document in reference.documents {
            var names: [String] = []
            var groupNames: [String?] = []
            for group in document.groups {
                let groupName = Self.groupBase(group.title)
                groupNames.append(group.operations.isEmpty ? nil : groupScope.claim(groupName))
                for operation in group.operations {
                    let short = Self.groupBase(operation.title, fallback: "Operation")
                    let base = (shortCounts[short] ?? 0) > 1 ? Self.base(operation.title) : short
                    names.append(operationScope.claim(operationScope.contains(base) ? groupName + base : base))
                }
            }
            operations.append(names)
            groups.append(groupNames)
        }
    }

    static func base(_ title: String) -> String {
        SwiftIdentifier.typeName(title, fallback: "Operation")
    }

    /// A title's name without a closing parenthesis (`Servers (servers)` is `Servers`).
    static func groupBase(_ title: String, fallback: String = "Group") -> String {
        var trimmed = Substring(title)
        if trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "("), open != trimmed.startIndex {
            trimmed = trimmed[..<open]
        }
        let name = SwiftIdentifier.typeName(String(trimmed), fallback: "")
        return name.isEmpty ? SwiftIdentifier.typeName(title, fallback: fallback) : name
    }
}
