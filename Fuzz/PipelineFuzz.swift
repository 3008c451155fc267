// libFuzzer harness: the whole extraction pipeline, the merge and the JSON writer on arbitrary bytes.
// Built by scripts/fuzz.sh (swiftc -sanitize=fuzzer,address); not part of the package.
import NewsGraphExtraction
import NewsGraphModel

let pipeline = Pipeline.standard()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPipeline(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let doc = pipeline.run(SourceText(id: "fuzz", text: text))
    let graph = CrossDocumentMerger().merge([DocumentResult(doc)])
    _ = try? GraphJSON.encode(graph)
    return 0
}
