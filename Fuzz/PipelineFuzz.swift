// libFuzzer entry: the whole pipeline on a small in-memory document set. The input is split
// at lines reading `%%` into a document, a parameters file and a sample, which are read,
// linted, validated, dumped, rendered in every report format and turned into Swift. The
// generated Swift is checked for what must hold of any input: the same bytes twice, no
// invisible or control character, and every string literal closed on its own line.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPipeline(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    var parts: [[UInt8]] = [[]]
    var lineStart = 0
    for index in 0...bytes.count {
        guard index == bytes.count || bytes[index] == 0x0A else { continue }
        let line = Array(bytes[lineStart..<index])
        if line == Array("%%".utf8) {
            parts.append([])
        } else {
            parts[parts.count - 1] += line + (index < bytes.count ? [0x0A] : [])
        }
        lineStart = index + 1
    }
    while parts.count < 3 { parts.append([]) }
    let files = FuzzFiles(files: [
        "/p/api-ref/source/index.rst": parts[0], "/p/parameters.yaml": parts[1], "/p/doc/sample.json": parts[2],
    ])
    let inputs = InputCollector(files: files).collect(["/p/api-ref/source"])
    let (reference, readFindings) = ReferenceReader.read(inputs, files: files, root: "/p") {
        Paths.relative($0, to: "/p")
    }
    let (library, sampleFindings) = SampleLibrary.load(reference, files: files)
    let result = SampleValidator.validate(reference, samples: library)
    _ = ModelDump.json(reference, validation: result).rendered()
    let findings = readFindings + sampleFindings + result.diagnostics + Linter.lint(reference)
    let input = ReportInput(findings: findings, checkedFiles: ReportInput.files(of: reference))
    for format in ReportFormat.allCases { _ = ReportRenderer.render(input, as: format) }
    _ = Baseline(findings).rendered()
    checkGeneratedCode(reference, findings: readFindings, files: files)
    return 0
}

func checkGeneratedCode(_ reference: APIReference, findings: [Diagnostic], files: FuzzFiles) {
    func generate() -> [GeneratedFile] {
        let documents = GenerationRun.documentFiles(
            reference, folders: ["/p/api-ref/source"], files: files, displayPath: { Paths.relative($0, to: "/p") })
        guard
            case .generated(let result) = GenerationRun.run(
                reference, readFindings: findings, files: files, documentFiles: documents, sourceName: { $0 })
        else { return [] }
        return result.files
    }
    let generated = generate()
    precondition(generated == generate(), "generation is not deterministic")
    for file in generated {
        for scalar in file.contents.unicodeScalars where scalar != "\n" {
            precondition(!SwiftLiteral.isUnsafe(scalar), "\(file.name) holds U+\(String(scalar.value, radix: 16))")
        }
        for line in file.contents.split(separator: "\n") where !line.drop(while: { $0 == " " }).hasPrefix("//") {
            precondition(unescapedQuotes(line) % 2 == 0, "\(file.name): a string literal is left open: \(line)")
        }
    }
}

/// The double quotes of a line of code that a backslash does not escape.
func unescapedQuotes(_ line: Substring) -> Int {
    var count = 0
    var escaped = false
    for character in line {
        if escaped {
            escaped = false
        } else if character == "\\" {
            escaped = true
        } else if character == "\"" {
            count += 1
        }
    }
    return count
}

/// Files in memory for the pipeline target.
struct FuzzFiles: FileProvider {
    let files: [String: [UInt8]]

    func contents(of path: String) -> FileContents {
        files[path].map { .bytes($0) } ?? (kind(of: path) == .directory ? .directory : .missing)
    }

    func kind(of path: String) -> FileKind {
        if files[path] != nil { return .file }
        return files.keys.contains { $0.hasPrefix(path + "/") } ? .directory : .missing
    }

    func entries(of directory: String) -> [String] {
        Set(files.keys.filter { $0.hasPrefix(directory + "/") }.compactMap {
            $0.dropFirst(directory.count + 1).split(separator: "/").first.map(String.init)
        }).sorted()
    }

    func resolvingLinks(_ path: String) -> String { path }
}
