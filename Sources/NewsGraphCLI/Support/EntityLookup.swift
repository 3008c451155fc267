import Foundation
import NewsGraph
import NewsGraphModel

/// Resolves a name typed on the command line, or fails with candidates or suggestions.
/// Says on stderr which entity a name was taken to mean, and the others that also answer to it
/// ("--by Clinton → Hillary Clinton (4,387 mentions); also Bill Clinton (287)").
func resolveEntity(_ name: String, in graph: KnowledgeGraph, option: String) throws -> Entity {
    do {
        return try EntityResolution.resolve(name, in: graph, option: option) { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
    } catch let e as QueryError {
        throw CLIError(e.description)
    }
}
