/// The module-wide names of operations and groups, from their titles: `List Agent Builds`
/// gives `ListAgentBuilds`, the group `Guest agents (os-agents)` gives `GuestAgents`.
///
/// A title that several operations share is prefixed with its group's name
/// (`ServersListExtensions`); names still the same take a number, in document order.
struct TypeNaming {
    /// The base name of each operation, by document and operation index.
    var operations: [[String]] = []
    /// The name of each group that has operations, by document and group index.
    var groups: [[String?]] = []

    init(_ reference: APIReference) {
        var counts: [String: Int] = [:]
        for document in reference.documents {
            for operation in document.operations { counts[Self.base(operation.title), default: 0] += 1 }
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
                    let base = Self.base(operation.title)
                    names.append(operationScope.claim((counts[base] ?? 0) > 1 ? groupName + base : base))
                }
            }
            operations.append(names)
            groups.append(groupNames)
        }
    }

    static func base(_ title: String) -> String {
        SwiftIdentifier.typeName(title, fallback: "Operation")
    }

    /// A group's title without a closing parenthesis (`Servers (servers)` is `Servers`).
    static func groupBase(_ title: String) -> String {
        var trimmed = Substring(title)
        if trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "("), open != trimmed.startIndex {
            trimmed = trimmed[..<open]
        }
        let name = SwiftIdentifier.typeName(String(trimmed), fallback: "")
        return name.isEmpty ? SwiftIdentifier.typeName(title, fallback: "Group") : name
    }
}
