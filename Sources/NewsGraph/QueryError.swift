import NewsGraphModel

/// A query that cannot be answered as asked: an unknown or ambiguous name, a bad date, an unknown document.
public struct QueryError: Error, CustomStringConvertible, Equatable, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// Turns a name the user typed into one entity of the graph, or throws a message naming `option`.
/// Queries take one as a parameter so that a front end can word its own messages.
public typealias EntityResolving = (_ name: String, _ graph: KnowledgeGraph, _ option: String) throws -> Entity

public enum EntityResolution {
    /// Resolves like a person types a name (case- and accent-insensitive, surname, alias, title).
    public static func resolve(_ name: String, in graph: KnowledgeGraph, option: String) throws -> Entity {
        switch NameResolver(graph: graph).resolve(name) {
        case .found(let e):
            return e
        case .ambiguous(let candidates):
            let list = candidates.prefix(10).map { "  \($0.name) (\($0.type.rawValue), \($0.mentions.count) mentions)" }
            throw QueryError("\(option) '\(name)' is ambiguous; it could be:\n" + list.joined(separator: "\n")
                + "\nUse the full name.")
        case .unknown(let suggestions):
            if suggestions.isEmpty { throw QueryError("\(option) '\(name)': no entity by that name in the graph") }
            throw QueryError("\(option) '\(name)': no entity by that name; did you mean \(suggestions.map { "'\($0)'" }.joined(separator: ", "))?")
        }
    }
}
