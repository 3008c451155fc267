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
}
