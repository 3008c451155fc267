import Foundation
import NewsGraphModel

/// Reads a `graph.json` written by `newsgraph build`, with one clear message when it cannot.
enum GraphFile {
    static func load(_ path: String) throws -> KnowledgeGraph {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw CLIError("\(path): no such file")
        }
        guard !isDir.boolValue else { throw CLIError("\(path): is a directory; give the graph.json file inside it") }
        guard let data = FileManager.default.contents(atPath: path) else { throw CLIError("\(path): cannot read the file") }
        if data.isEmpty { throw CLIError("\(path): file is empty") }
        do {
            return try GraphJSON.decode(data)
        } catch let problem as GraphJSON.DecodingProblem {
            throw CLIError("\(path): \(problem)")
        }
    }
}
