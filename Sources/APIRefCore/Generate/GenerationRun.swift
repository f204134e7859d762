/// The steps from a read reference to generated files that every user of the generator
/// shares (the command line, the build plugin's runs, the tests): refuse a model that could
/// not be read whole, load and validate the samples, then generate.
public enum GenerationRun {
    /// Findings of reading and linting that leave the model incomplete or wrong where code is
    /// made from it, so no code is generated: a build would otherwise compile types that
    /// silently lack operations or fields (a missing include or parameters file, an undefined
    /// key, an item that is not `name: key`) or routes that cannot match (a bad method or path).
    public static let blockingRules: Set<String> = [
        "unreadable-file", "no-documents", "rst-syntax", "yaml-syntax", "include-cycle", "invalid-encoding",
        "outside-root", "parameter-not-mapping", "missing-file", "undefined-parameter", "invalid-parameter-item",
        "invalid-http-method", "invalid-path", "empty-parameters-file",
    ]

    /// The lint rules whose errors are blocking; the others have no bearing on the code.
    static let blockingLintRules: [any LintRule] = Linter.rules.filter { blockingRules.contains($0.descriptor.id) }

    /// What a run gives: the files, or the findings that stopped it.
    public enum Outcome: Sendable {
        case generated(GenerationResult)
        /// The errors that kept the model from being read whole, in the order they were found.
        case blocked([Diagnostic])
    }

    /// Generates the files of `reference`.
    /// - Parameters:
    ///   - readFindings: the findings of reading the reference; they and the lint findings
    ///     stop the run when one is an error of a blocking rule.
    ///   - files: where the samples are read from.
    ///   - documentFiles: the display paths of every documentation file that gets a Swift
    ///     file, as `CodeGenerator.generate` takes them.
    ///   - sourceName: how a display path is named in the generated code.
    public static func run(
        _ reference: APIReference, readFindings: [Diagnostic], files: any FileProvider, documentFiles: [String],
        sourceName: (String) -> String
    ) -> Outcome {
        let context = LintContext(reference: reference)
        let findings = readFindings + blockingLintRules.flatMap { $0.check(context) }
        let blocking = findings.filter { $0.severity == .error && blockingRules.contains($0.ruleID) }
        guard blocking.isEmpty else { return .blocked(blocking.sorted()) }
        let (library, sampleFindings) = SampleLibrary.load(reference, files: files)
        let validation = SampleValidator.validate(reference, samples: library)
        return .generated(
            CodeGenerator.generate(
                reference, validation: validation, samples: library,
                findings: sampleFindings + validation.diagnostics, documentFiles: documentFiles,
                sourceName: sourceName))
    }

    /// The documentation files that get a Swift file: every file the documents read (the
    /// top-level ones and what they include), and every `.rst` and `.inc` file below the
    /// folders given as input, so that the set of outputs follows from the inputs alone, as a
    /// build plugin needs. Display paths, sorted.
    /// - Parameters:
    ///   - folders: the absolute paths of the folders given as input.
    ///   - displayPath: turns an absolute path into a display path, as the reader does.
    public static func documentFiles(
        _ reference: APIReference, folders: [String], files: any FileProvider, displayPath: (String) -> String
    ) -> [String] {
        var paths = Set(reference.documents.flatMap { [$0.path] + $0.includedFiles })
        let collector = InputCollector(files: files)
        for folder in folders {
            for path in collector.walk(folder) {
                let name = path.lowercased()
                if name.hasSuffix(".rst") || name.hasSuffix(".inc") { paths.insert(displayPath(path)) }
            }
        }
        return paths.sorted()
    }
}
