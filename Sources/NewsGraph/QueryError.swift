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
    /// Resolves like a person types a name (case- and accent-insensitive, surname, alias, title). A name several
    /// entities answer to means the dominant one (by mentions); `note` then receives which entity was used and
    /// the close alternatives — "--by Clinton → Hillary Clinton (3,970 mentions); also Bill Clinton (260)" —
    /// as it does when the name typed is not the entity's own.
    public static func resolve(_ name: String, in graph: KnowledgeGraph, option: String,
                               note: ((String) -> Void)?) throws -> Entity {
        let lookup = NameResolver(graph: graph).explainedLookup(name)
        let (resolution, alternatives) = (lookup.resolution, lookup.alternatives)
        switch resolution {
        case .found(let e):
            if let note, NameNormalization.fold(e.name) != NameNormalization.fold(name) || !alternatives.isEmpty {
                // Chosen by the bare name: each candidate also says how often it is written so
                // ("Jeb Bush (259 mentions, 131 as “Bush”); also George W. Bush (112, 41 as “Bush”)").
                let bare: (Entity) -> String = { c in
                    guard let key = lookup.bareName else { return "" }
                    return ", \(count(NameResolver.bareNameCount(c, key))) as “\(name)”"
                }
                var text = "\(option) \(name) → \(e.name) (\(count(e.mentions.count)) mentions\(bare(e)))"
                if !alternatives.isEmpty {
                    text += "; also " + alternatives.prefix(3).map { "\($0.name) (\(count($0.mentions.count))\(bare($0)))" }.joined(separator: ", ")
                    if alternatives.count > 3 { text += " and \(alternatives.count - 3) more" }
                }
                note(text)
            }
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

    /// `resolve(_:in:option:note:)` without the note: the default `EntityResolving` of every query.
    public static func resolve(_ name: String, in graph: KnowledgeGraph, option: String) throws -> Entity {
        try resolve(name, in: graph, option: option, note: nil)
    }

    /// `resolve` answering each (name, option) once: the engine resolves a name to pick the store's rows and the
    /// query resolves it again, and the user should see one note, not two (and the resolver built once).
    public static func once(_ resolve: @escaping EntityResolving) -> EntityResolving {
        final class Memo: @unchecked Sendable { var entities: [String: Entity] = [:] }
        let memo = Memo()
        return { name, graph, option in
            let key = option + "\u{1F}" + name
            if let e = memo.entities[key] { return e }
            let e = try resolve(name, graph, option)
            memo.entities[key] = e
            return e
        }
    }

    /// 3970 → "3,970", independent of the locale.
    static func count(_ n: Int) -> String {
        var digits = Array(String(n)), out: [Character] = []
        while digits.count > 3 { out = [","] + digits.suffix(3) + out; digits.removeLast(3) }
        return String(digits + out)
    }
}
