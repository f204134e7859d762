/// Receives the findings of readers and rules as they are made.
public protocol DiagnosticSink {
    mutating func report(_ diagnostic: Diagnostic)
}

/// A sink that keeps every finding, for rendering once the run is over.
public struct DiagnosticCollector: DiagnosticSink, Sendable {
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    public mutating func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// The findings without repeats (a file included by two documents is reported once),
    /// in file, line and column order.
    public var sortedUnique: [Diagnostic] {
        var seen = Set<Diagnostic>()
        return diagnostics.filter { seen.insert($0).inserted }.sorted()
    }

    /// Whether any finding of at least the given severity was reported.
    public func contains(atLeast severity: Severity) -> Bool {
        diagnostics.contains { $0.severity >= severity }
    }
}
