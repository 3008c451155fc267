/// The whole extracted graph of a corpus: the documents, the entities merged across them,
/// and the statements, actions and roles that connect them. Every fact carries its provenance.
public struct KnowledgeGraph: Hashable, Codable, Sendable {
    /// Marks a file as ours; `GraphJSON.decode` refuses files without it.
    public static let formatName = "newsgraph-graph"
    public static let formatVersion = 2

    public var format: String
    public var version: Int
    public var documents: [DocumentInfo]
    public var entities: [Entity]
    public var quotes: [Quote]
    public var actions: [Action]
    public var roles: [Role]

    public init(documents: [DocumentInfo] = [], entities: [Entity] = [], quotes: [Quote] = [],
                actions: [Action] = [], roles: [Role] = []) {
        self.format = Self.formatName
        self.version = Self.formatVersion
        self.documents = documents
        self.entities = entities
        self.quotes = quotes
        self.actions = actions
        self.roles = roles
    }

    /// Entities by id.
    public func entityIndex() -> [String: Entity] {
        Dictionary(entities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Sorted, equal values once: what `Array(Set(x)).sorted()` gives, without hashing every mention (its
    /// text and provenance strings) — `Mention`'s order is total, so equal values end up side by side.
    static func sortedUnique(_ mentions: [Mention]) -> [Mention] {
        var sorted = mentions
        if !zip(sorted, sorted.dropFirst()).allSatisfy({ $0 < $1 }) { sorted.sort() }
        var out: [Mention] = []
        out.reserveCapacity(sorted.count)
        for m in sorted where out.last != m { out.append(m) }
        return out
    }

    /// Puts every list in a canonical order so that equal graphs serialize to equal bytes.
    public func canonicalized() -> KnowledgeGraph {
        var g = self
        g.documents.sort { $0.id < $1.id }
        g.entities = g.entities.map { e in
            var e = e
            e.aliases = Array(Set(e.aliases)).sorted()
            e.mentions = Self.sortedUnique(e.mentions)
            return e
        }.sorted { $0.id < $1.id }
        g.quotes.sort { ($0.document, $0.start, $0.end, $0.speaker ?? "") < ($1.document, $1.start, $1.end, $1.speaker ?? "") }
        g.actions.sort {
            ($0.document, $0.start, $0.end, $0.actor, $0.verb, $0.target ?? "")
                < ($1.document, $1.start, $1.end, $1.actor, $1.verb, $1.target ?? "")
        }
        g.roles.sort {
            ($0.document, $0.start ?? 0, $0.person, $0.title, $0.of ?? "")
                < ($1.document, $1.start ?? 0, $1.person, $1.title, $1.of ?? "")
        }
        return g
    }
}
