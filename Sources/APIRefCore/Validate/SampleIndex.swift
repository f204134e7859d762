/// Where the samples of one operation and direction hold each key, walked once.
///
/// Paths pass through arrays and UUID map keys, as in the body tree: `servers[].name` is
/// `servers` > `name`.
struct SampleIndex {
    /// Every path at which a key stands, with the values there, by key name.
    private(set) var occurrences: [String: [[String]: [JSONNode]]] = [:]
    /// Every path the samples hold (the root, `[]`, included).
    private(set) var paths: Set<[String]> = [[]]
    /// The paths of non-empty objects whose keys are all UUIDs.
    private(set) var mapPaths: Set<[String]> = []
    /// The paths at which a sample holds an object, or an array of objects, below the root.
    private(set) var objectPaths: Set<[String]> = []

    init(_ samples: [JSONNode]) {
        var stack: [(JSONNode, [String])] = samples.map { ($0, []) }
        while let (node, path) = stack.popLast() {
            switch node.kind {
            case .object(let members):
                if !path.isEmpty { objectPaths.insert(path) }
                if !members.isEmpty, members.allSatisfy({ DynamicKey.isDynamic($0.key) }) { mapPaths.insert(path) }
                for member in members {
                    let next = DynamicKey.isDynamic(member.key) ? path : path + [member.key]
                    occurrences[member.key, default: [:]][next, default: []].append(member.value)
                    paths.insert(next)
                    stack.append((member.value, next))
                }
            case .array(let items):
                stack += items.map { ($0, path) }
            default:
                break
            }
        }
    }

    /// The paths at which a sample holds `name`, shallowest first, then by their names.
    func places(of name: String) -> [[String]] {
        (occurrences[name]?.keys).map { $0.sorted(by: BodyTreeBuilder.shallower) } ?? []
    }

    /// The shallowest place of a key that has the same name as `name` after a different
    /// `prefix:`, if `name` has a prefix and any sample holds such a key.
    func locateAlias(of name: String) -> [String]? {
        guard let colon = name.lastIndex(of: ":") else { return nil }
        let suffix = name[colon...]
        let candidates = occurrences.keys.filter { $0 != name && $0.hasSuffix(suffix) && $0.contains(":") }
        return candidates.flatMap(places(of:)).min(by: BodyTreeBuilder.shallower)
    }

    /// The shallowest place of `name`, if any sample holds it.
    func locate(_ name: String) -> [String]? {
        places(of: name).first
    }

    /// The values a sample holds under `name`, by path.
    func values(of name: String) -> [[String]: [JSONNode]] {
        occurrences[name] ?? [:]
    }

    /// Whether a sample holds an array at `path`.
    func holdsArray(at path: [String]) -> Bool {
        guard let key = path.last else { return false }
        return occurrences[key]?[path]?.contains {
            if case .array = $0.kind { true } else { false }
        } ?? false
    }

    /// The keys the samples hold in the object at `path`.
    func keys(in path: [String]) -> [String] {
        paths.filter { $0.count == path.count + 1 && $0.starts(with: path) }.compactMap(\.last)
    }
}
