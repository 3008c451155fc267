import Foundation
import NewsGraphModel

/// The diagram files of a graph (placeholder until the renderer lands).
enum DiagramOutput {
    struct Result {
        var dot: Data
        var svg: Data
        var messages: [String]
        var diagnostics: [String]
    }

    static func make(graph: KnowledgeGraph, top: Int) throws -> Result {
        Result(dot: Data(), svg: Data(), messages: [], diagnostics: [])
    }
}
