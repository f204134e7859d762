/// The whole API reference read in one run: its documents and the parameters files they use.
public struct APIReference: Sendable {
    public var documents: [Document]
    /// Every parameters file read, keyed by its display path.
    public var parameterFiles: [String: ParameterFile]

    public init(documents: [Document] = [], parameterFiles: [String: ParameterFile] = [:]) {
        self.documents = documents
        self.parameterFiles = parameterFiles
    }
}

/// A top-level RST document with everything it includes, split into groups of operations.
public struct Document: Sendable {
    /// The display path of the top-level file.
    public var path: String
    /// The title of the first section, if any.
    public var title: String?
    public var groups: [Group]
    /// The display paths of the files the document includes, in the order they were read.
    public var includedFiles: [String]
    /// Parameter lists that stand outside any operation; kept so their keys count as used.
    public var looseParameterLists: [ParameterList]
    /// Whether the top-level file is an `.inc` named on its own, so other files that share
    /// its parameters file may not have been read.
    public var isPartial = false
    /// Samples that stand outside any operation (keystone shows some in a group's intro).
    public var looseSamples: [SampleReference] = []

    /// Every operation of every group, in document order.
    public var operations: [Operation] {
        groups.flatMap(\.operations)
    }
}

/// A top-level section of a document and the operations inside it.
public struct Group: Sendable {
    public var title: String
    public var location: SourceLocation
    public var operations: [Operation]
}
