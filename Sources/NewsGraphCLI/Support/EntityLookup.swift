import NewsGraphModel

/// Resolves a name typed on the command line, or fails with candidates or suggestions.
func resolveEntity(_ name: String, in graph: KnowledgeGraph, option: String) throws -> Entity {
    switch NameResolver(graph: graph).resolve(name) {
    case .found(let e):
        return e
    case .ambiguous(let candidates):
        let list = candidates.prefix(10).map { "  \($0.name) (\($0.type.rawValue), \($0.mentions.count) mentions)" }
        throw CLIError("\(option) '\(name)' is ambiguous; it could be:\n" + list.joined(separator: "\n")
            + "\nUse the full name.")
    case .unknown(let suggestions):
        if suggestions.isEmpty { throw CLIError("\(option) '\(name)': no entity by that name in the graph") }
        throw CLIError("\(option) '\(name)': no entity by that name; did you mean \(suggestions.map { "'\($0)'" }.joined(separator: ", "))?")
    }
}
