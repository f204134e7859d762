/// Flags a definition that no document read in the run refers to: dead text that drifts out
/// of date. Files that no document uses are not judged, nor files used by an `.inc` read on
/// its own, since their other users were not read. Lint the whole folder for a full verdict.
///
///     parameters.yaml:120:1: warning: parameter 'old_name' is defined but no document uses it [unused-parameter]
struct UnusedParameterRule: LintRule {
    static let descriptor = RuleDescriptor("unused-parameter", .warning, "a parameter that no document refers to")

    func check(_ context: LintContext) -> [Diagnostic] {
        var used: [String: Set<String>] = [:]
        var partial = Set<String>()
        for document in context.reference.documents {
            let lists = document.operations.flatMap(\.parameterLists) + document.looseParameterLists
            for list in lists {
                guard let path = list.resolvedPath else { continue }
                used[path, default: []].formUnion(list.items.map(\.key))
                if document.isPartial { partial.insert(path) }
            }
        }
        return context.parameterFiles.flatMap { file -> [Diagnostic] in
            guard let keys = used[file.path], !partial.contains(file.path) else { return [] }
            return file.definitions.filter { !keys.contains($0.key) }.map {
                Diagnostic(Self.descriptor, "parameter '\($0.key)' is defined but no document uses it", at: $0.location)
            }
        }
    }
}
