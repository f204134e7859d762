// libFuzzer entry: the RST reader and formatter on arbitrary bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRST(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let source = SourceText(path: "fuzz.inc", bytes: Array(UnsafeBufferPointer(start: data, count: size)))
    _ = RSTReader.read(source)
    let formatted = RSTFormatter.format(source)
    // Formatting twice must change nothing the second time.
    let again = RSTFormatter.format(SourceText(path: "fuzz.inc", text: formatted))
    if again != formatted { fatalError("RSTFormatter is not idempotent") }
    return 0
}
