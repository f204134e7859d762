// libFuzzer entry: the YAML and parameters readers, the parameter lint rules and the
// parameters formatter on arbitrary bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParameters(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let source = SourceText(path: "parameters.yaml", bytes: Array(UnsafeBufferPointer(start: data, count: size)))
    let (file, _) = ParametersReader.read(source)
    _ = Linter.lint(APIReference(documents: [], parameterFiles: ["parameters.yaml": file]))
    let (formatted, _) = ParametersFormatter.format(source)
    let (again, _) = ParametersFormatter.format(SourceText(path: "parameters.yaml", text: formatted))
    if again != formatted { fatalError("ParametersFormatter is not idempotent") }
    return 0
}
