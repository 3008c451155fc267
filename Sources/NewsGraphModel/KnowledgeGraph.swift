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
        if isStrictlyIncreasing(mentions, by: <) { return mentions }
        var sorted = mentions
        sorted.sort()
        var out: [Mention] = []
        out.reserveCapacity(sorted.count)
        for m in sorted where out.last != m { out.append(m) }
        return out
    }

    private static func isStrictlyIncreasing<T>(_ items: [T], by less: (T, T) -> Bool) -> Bool {
        zip(items, items.dropFirst()).allSatisfy { less($0, $1) }
    }

    /// Sorts `items` unless they are in order already, so a list that is (the usual case: the merge writes
    /// canonical graphs) is neither sorted nor copied. Skipping the sort keeps the same order a stable sort gives.
    private static func sortIfNeeded<T>(_ items: inout [T], by less: (T, T) -> Bool) {
        if !zip(items, items.dropFirst()).allSatisfy({ !less($1, $0) }) { items.sort(by: less) }
    }

    private static func isCanonical(_ e: Entity) -> Bool {
        isStrictlyIncreasing(e.aliases, by: <) && isStrictlyIncreasing(e.mentions, by: <)
    }

    /// Puts every list in a canonical order so that equal graphs serialize to equal bytes. Lists already in that
    /// order are kept as they are (no copy).
    public func canonicalized() -> KnowledgeGraph {
        var g = self
        Self.sortIfNeeded(&g.documents) { $0.id < $1.id }
        if !g.entities.allSatisfy(Self.isCanonical) {
            g.entities = g.entities.map { e in
                guard !Self.isCanonical(e) else { return e }
                var e = e
                e.aliases = Array(Set(e.aliases)).sorted()
                e.mentions = Self.sortedUnique(e.mentions)
                return e
            }
        }
        Self.sortIfNeeded(&g.entities) { $0.id < $1.id }
        Self.sortIfNeeded(&g.quotes) { ($0.document, $0.start, $0.end, $0.speaker ?? "") < ($1.document, $1.start, $1.end, $1.speaker ?? "") }
        Self.sortIfNeeded(&g.actions) {
            ($0.document, $0.start, $0.end, $0.actor, $0.verb, $0.target ?? "")
                < ($1.document, $1.start, $1.end, $1.actor, $1.verb, $1.target ?? "")
        }
        Self.sortIfNeeded(&g.roles) {
            ($0.document, $0.start ?? 0, $0.person, $0.title, $0.of ?? "")
                < ($1.document, $1.start ?? 0, $1.person, $1.title, $1.of ?? "")
        }
        return g
    }
}
