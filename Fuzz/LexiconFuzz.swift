// libFuzzer harness: the lexicon reader on arbitrary bytes, then the typed facade over what it read.
import NewsGraphExtraction

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLexicon(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    if let table = try? LexiconTable.parse(text, file: "fuzz") {
        _ = try? Lexicons(tables: [table.name: table])
    }
    return 0
}
