// libFuzzer harness: the graph.json reader on arbitrary bytes (and re-encoding whatever it accepts).
import Foundation
import NewsGraphModel

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGraphJSON(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    if let graph = try? GraphJSON.decode(Data(bytes: data, count: size)) {
        _ = try? GraphJSON.encode(graph)
    }
    return 0
}
