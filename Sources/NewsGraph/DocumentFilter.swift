import NewsGraphModel

/// Which articles a query looks at: published on or after `since`, on or before `until` (ISO-8601 days,
/// inclusive), from the outlet `source` (case-insensitive). An article without a date is left out as soon as
/// `since` or `until` is given; one without an outlet as soon as `source` is.
public struct DocumentFilter: Hashable, Sendable {
    public var since: String?
    public var until: String?
    public var source: String?

    public init(since: String? = nil, until: String? = nil, source: String? = nil) throws {
        for (name, value) in [("--since", since), ("--until", until)] {
            if let value, !ArticleMetadata.isISO8601(value) {
                throw QueryError("\(name) '\(value)': not an ISO-8601 date; use YYYY-MM-DD")
            }
        }
        self.since = since.map { String($0.prefix(10)) }
        self.until = until.map { String($0.prefix(10)) }
        self.source = source?.lowercased()
    }

    public var isEmpty: Bool { since == nil && until == nil && source == nil }

    public func admits(_ doc: DocumentInfo) -> Bool {
        if since != nil || until != nil {
            guard let day = doc.day else { return false }
            if let since, day < since { return false }
            if let until, day > until { return false }
        }
        if let source, doc.source?.lowercased() != source { return false }
        return true
    }

    /// The ids of the documents of `graph` that pass, or nil when the filter is empty (everything passes).
    public func documentIds(in graph: KnowledgeGraph) -> Set<String>? {
        isEmpty ? nil : Set(graph.documents.filter(admits).map(\.id))
    }

    /// The part of `graph` its admitted articles make: their documents, statements, actions and roles, each
    /// entity with the mentions it has in them (an entity none of them mentions or refers to is left out).
    /// Order is kept, so the result is as deterministic as the graph.
    public func apply(to graph: KnowledgeGraph) -> KnowledgeGraph {
        guard let allowed = documentIds(in: graph) else { return graph }
        var g = graph
        g.documents = graph.documents.filter { allowed.contains($0.id) }
        g.quotes = graph.quotes.filter { allowed.contains($0.document) }
        g.actions = graph.actions.filter { allowed.contains($0.document) }
        g.roles = graph.roles.filter { allowed.contains($0.document) }
        var referenced = Set<String>()
        for q in g.quotes {
            if let s = q.speaker { referenced.insert(s) }
            referenced.formUnion(q.about)
        }
        for a in g.actions {
            referenced.insert(a.actor)
            if let t = a.target { referenced.insert(t) }
        }
        for r in g.roles {
            referenced.insert(r.person)
            if let o = r.of { referenced.insert(o) }
        }
        g.entities = graph.entities.compactMap { e in
            var e = e
            e.mentions = e.mentions.filter { allowed.contains($0.document) }
            return e.mentions.isEmpty && !referenced.contains(e.id) ? nil : e
        }
        return g
    }
}
