/// Flags a parameters file that defines nothing, which os-api-ref rejects when it renders.
///
///     parameters.yaml: error: parameters file defines no parameters [empty-parameters-file]
struct EmptyParametersFileRule: LintRule {
    static let descriptor = RuleDescriptor(
        "empty-parameters-file", .error, "a parameters file that defines no parameters")

    func check(_ context: LintContext) -> [Diagnostic] {
        context.parameterFiles.filter { $0.isReadable && $0.isEmpty }.map {
            Diagnostic(Self.descriptor, "parameters file defines no parameters", at: SourceLocation(path: $0.path))
        }
    }
}
