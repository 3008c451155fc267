// libFuzzer harness: the whole extraction pipeline, the merge and the JSON writer on arbitrary bytes.
// Built by scripts/fuzz.sh (swiftc -sanitize=fuzzer,address); not part of the package.
import NewsGraphExtraction
import NewsGraphModel

let pipeline = Pipeline.standard()

/// Loads the lexicons before the first input, so their loading (slow under the address sanitizer) is not
/// counted against the first input's timeout.
@_cdecl("LLVMFuzzerInitialize")
public func fuzzInitialize(_ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> Int32 {
    _ = pipeline
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPipeline(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let doc = pipeline.run(SourceText(id: "fuzz", text: text))
    let graph = CrossDocumentMerger().merge([DocumentResult(doc)])
    _ = try? GraphJSON.encode(graph)
    return 0
}
