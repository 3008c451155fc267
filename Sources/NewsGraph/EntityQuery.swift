import NewsGraphModel

/// The entities of a graph with type, aliases, roles and mentions per document, most mentioned first.
public struct EntityQuery: Sendable {
    public var type: EntityType?
    public var document: String?
    public var limit: Int
    public var documents: DocumentFilter

    public init(type: EntityType? = nil, document: String? = nil, limit: Int = 0,
                documents: DocumentFilter = try! DocumentFilter()) {
        self.type = type
        self.document = document
        self.limit = limit
        self.documents = documents
    }

    public struct Row: Encodable, Sendable {
        public var id: String
        public var name: String
        public var type: String
        public var aliases: [String]
        public var roles: [String]
        public var mentions: Int
        public var documents: [String: Int]
    }

    public func run(on g: KnowledgeGraph) throws -> [Row] {
        if let document, !g.documents.contains(where: { $0.id == document }) {
            throw QueryError("--document '\(document)': no such document in the graph")
        }
        let allowed = documents.documentIds(in: g)
        let byId = g.entityIndex()
        var rolesOf: [String: [String]] = [:]
        for r in g.roles {
            if let allowed, !allowed.contains(r.document) { continue }
            let of = r.of.flatMap { byId[$0]?.name }
            let text = of.map { "\(r.title), \($0)" } ?? r.title
            if !(rolesOf[r.person]?.contains(text) ?? false) { rolesOf[r.person, default: []].append(text) }
        }
        var rows: [Row] = g.entities.compactMap { e in
            if let type, e.type != type { return nil }
            var perDoc: [String: Int] = [:]
            var count = 0
            for m in e.mentions {
                if let allowed, !allowed.contains(m.document) { continue }
                perDoc[m.document, default: 0] += 1
                count += 1
            }
            if count == 0 && allowed != nil { return nil }
            if let document, perDoc[document] == nil { return nil }
            return Row(id: e.id, name: e.name, type: e.type.rawValue, aliases: e.aliases.filter { $0 != e.name },
                       roles: rolesOf[e.id] ?? [], mentions: count, documents: perDoc)
        }
        rows.sort { ($0.mentions, $1.name) > ($1.mentions, $0.name) }
        if limit > 0 { rows = Array(rows.prefix(limit)) }
        return rows
    }
}
