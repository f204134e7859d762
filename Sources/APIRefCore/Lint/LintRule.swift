/// A check over the model that reports findings under one rule id.
///
/// Each rule lives in its own file under `Rules/`, with its message factories at the bottom;
/// its doc comment says what it flags, why, and shows one finding.
public protocol LintRule: Sendable {
    /// The rule's id, default severity and summary, as `apiref rules` lists them.
    static var descriptor: RuleDescriptor { get }

    /// The findings of this rule on the reference.
    func check(_ context: LintContext) -> [Diagnostic]
}

extension LintRule {
    var descriptor: RuleDescriptor { Self.descriptor }
}

/// What every rule may look at: the reference and quick access to its parameters files.
public struct LintContext: Sendable {
    public let reference: APIReference

    public init(reference: APIReference) {
        self.reference = reference
    }

    /// The parameters files in path order, so findings come out in a stable order.
    public var parameterFiles: [ParameterFile] {
        reference.parameterFiles.keys.sorted().compactMap { reference.parameterFiles[$0] }
    }

    /// The definition an item of `list` points to, if its file was read and defines the key.
    public func definition(of item: ParameterReference, in list: ParameterList) -> ParameterDefinition? {
        list.resolvedPath.flatMap { reference.parameterFiles[$0] }?.definition(item.key)
    }

    /// Every operation with the document it belongs to.
    public var operations: [(document: Document, operation: Operation)] {
        reference.documents.flatMap { document in document.operations.map { (document, $0) } }
    }
}
