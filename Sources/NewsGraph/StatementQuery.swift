import NewsGraphModel

/// Who said what about whom: the statements of a graph that pass the filters, grouped by speaker.
public struct StatementQuery: Sendable {
    public enum Kind: Sendable { case any, direct, indirect }

    public var by: String?
    public var about: String?
    public var document: String?
    public var kind: Kind
    /// Only statements with this stance toward the `about` entity (or, without `about`, toward any entity
    /// they are about); statements with no recorded stance count as neutral.
    public var stance: Stance?
    public var documents: DocumentFilter

    public init(by: String? = nil, about: String? = nil, document: String? = nil, kind: Kind = .any,
                stance: Stance? = nil, documents: DocumentFilter = try! DocumentFilter()) {
        self.by = by
        self.about = about
        self.document = document
        self.kind = kind
        self.stance = stance
        self.documents = documents
    }

    /// One statement as a query returns it.
    public struct Row: Encodable, Equatable, Sendable {
        public var speaker: String
        public var speakerId: String?
        public var text: String
        public var about: [String]
        public var direct: Bool
        public var cue: String?
        public var document: String
        public var start: Int
        public var end: Int
        public var evidence: String?
        /// Stance toward each about-entity, in the order of `about` ("neutral" when none was recorded).
        public var stances: [String] = []
        /// The rule that found the statement, for `--explain`.
        public var rule: String?

        enum CodingKeys: String, CodingKey {
            case speaker, text, about, direct, cue, document, start, end, evidence, stances, rule
            case speakerId = "speaker_id"
        }
    }

    /// The matching quotes themselves (entity ids, not names), in the graph's order.
    public func quotes(in g: KnowledgeGraph, resolve: EntityResolving = EntityResolution.resolve) throws -> [Quote] {
        let speaker = try by.map { try resolve($0, g, "--by") }
        let subject = try about.map { try resolve($0, g, "--about") }
        if let document, !g.documents.contains(where: { $0.id == document }) {
            throw QueryError("--document '\(document)': no such document in the graph")
        }
        let allowed = documents.documentIds(in: g)
        return g.quotes.filter { q in
            if let speaker, q.speaker != speaker.id { return false }
            if let subject, !q.about.contains(subject.id) { return false }
            if let document, q.document != document { return false }
            if let allowed, !allowed.contains(q.document) { return false }
            if let stance {
                let ids = subject.map { [$0.id] } ?? q.about
                guard ids.contains(where: { (q.stance(toward: $0) ?? .neutral) == stance }) else { return false }
            }
            switch kind {
            case .any: return true
            case .direct: return q.direct
            case .indirect: return !q.direct
            }
        }
    }

    /// The statements that pass the filters, grouped by speaker (then document and position).
    public func run(on g: KnowledgeGraph, resolve: EntityResolving = EntityResolution.resolve) throws -> [Row] {
        let byId = g.entityIndex()
        var rows = try quotes(in: g, resolve: resolve).map { q in
            let name = q.speaker.flatMap { byId[$0]?.name } ?? q.speakerText.map { "\($0) (unnamed)" } ?? "(unknown)"
            let aboutIds = q.about.filter { byId[$0] != nil }
            return Row(speaker: name, speakerId: q.speaker, text: q.text,
                       about: aboutIds.compactMap { byId[$0]?.name }, direct: q.direct, cue: q.cue,
                       document: q.document, start: q.start, end: q.end, evidence: q.evidence,
                       stances: aboutIds.map { (q.stance(toward: $0) ?? .neutral).rawValue }, rule: q.rule)
        }
        rows.sort { ($0.speaker.lowercased(), $0.document, $0.start) < ($1.speaker.lowercased(), $1.document, $1.start) }
        return rows
    }
}
