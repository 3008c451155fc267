/// The graph seen as entities joined by relations: the one projection the diagram and every graph export
/// (GraphML, GEXF, CSV, Cypher, the HTML report) share, so they cannot disagree about what an edge is.
///
/// Roles, quotes and actions become `GraphRelation`s between two known, distinct entities. Records that cannot
/// be a relation — actions without a target, statements about nobody, roles without an `of`, a record of an
/// entity about itself, negated actions ("did not attack", which as an edge would assert the opposite) — are
/// counted in `skipped` and, where the entity is known, kept in `notes` so a tooltip or panel can list them.
public struct GraphProjection: Sendable {
    /// Relation kinds and action classes to project; the rest is counted as filtered.
    public struct Filter: Hashable, Sendable {
        public var kinds: Set<RelationKind>
        /// nil keeps every action, including unclassified ones.
        public var actionClasses: Set<QuadClass>?
        /// Whether a role whose `of` the corpus inferred rather than its sentence wrote (`Role.rule` set) becomes
        /// an edge; without it such a role is a title of its person only (the diagram: inferred roles would
        /// crowd it with edges no sentence states).
        public var inferredRoles: Bool

        public init(kinds: Set<RelationKind> = Set(RelationKind.allCases), actionClasses: Set<QuadClass>? = nil,
                    inferredRoles: Bool = true) {
            self.kinds = kinds
            self.actionClasses = actionClasses
            self.inferredRoles = inferredRoles
        }
    }

    /// Records that did not become relations, by reason. A statement about several entities counts once per subject.
    public struct Skipped: Hashable, Sendable {
        public var filteredByKind = 0
        public var filteredByClass = 0
        public var withoutTarget = 0
        public var selfRelations = 0
        public var negatedActions = 0
        /// Statements without a named speaker, and references to ids the graph does not have.
        public var unresolvedReferences = 0

        public init() {}
    }

    /// What the records say about one entity that is not a relation to another.
    public struct EntityNotes: Hashable, Sendable {
        public var titles: [String] = []
        public var actionsWithoutTarget: [String] = []
        public var actionsOnItself: [String] = []
        public var negatedActions: [String] = []
        public var statementsAboutNobody = 0
        public var statementsAboutItself = 0

        public init() {}
    }

    public let entities: [String: Entity]
    /// Roles, then quotes, then actions, each in the graph's order.
    public private(set) var relations: [GraphRelation] = []
    public private(set) var notes: [String: EntityNotes] = [:]
    public private(set) var skipped = Skipped()

    public init(_ graph: KnowledgeGraph, filter: Filter = Filter()) {
        entities = graph.entityIndex()
        for (i, role) in graph.roles.enumerated() { add(role, i, filter) }
        for (i, quote) in graph.quotes.enumerated() { add(quote, i, filter) }
        for (i, action) in graph.actions.enumerated() { add(action, i, filter) }
    }

    /// Relations of one kind between one ordered pair, sorted by source, target, kind.
    public func aggregated() -> [AggregatedRelation] {
        var groups: [Key: [GraphRelation]] = [:]
        for r in relations { groups[Key(kind: r.kind, source: r.source, target: r.target), default: []].append(r) }
        return groups.map { AggregatedRelation(kind: $0.key.kind, source: $0.key.source, target: $0.key.target, relations: $0.value) }
            .sorted { ($0.source, $0.target, $0.kind) < ($1.source, $1.target, $1.kind) }
    }

    private struct Key: Hashable {
        var kind: RelationKind
        var source: String
        var target: String
    }

    // MARK: Records

    private mutating func add(_ role: Role, _ index: Int, _ filter: Filter) {
        let title = Self.word(role.title, fallback: "role")
        // Titles describe the person whatever is projected, so the notes get them all.
        if entities[role.person] != nil {
            let of = role.of.flatMap { entities[$0]?.name }
            notes[role.person, default: EntityNotes()].titles.append(of.map { "\(title) (\($0))" } ?? title)
        }
        guard filter.kinds.contains(.role) else { skipped.filteredByKind += 1; return }
        guard entities[role.person] != nil else { skipped.unresolvedReferences += 1; return }
        guard let of = role.of, filter.inferredRoles || role.rule == nil else { skipped.withoutTarget += 1; return }
        guard entities[of] != nil else { skipped.unresolvedReferences += 1; return }
        guard of != role.person else { skipped.selfRelations += 1; return }
        relations.append(GraphRelation(kind: .role, source: role.person, target: of, word: title,
                                       document: role.document, start: role.start ?? 0, end: role.end ?? 0,
                                       text: role.evidence ?? title, sentence: role.evidence, record: .role(index)))
    }

    private mutating func add(_ quote: Quote, _ index: Int, _ filter: Filter) {
        var subjects: [String] = []
        for id in quote.about where !subjects.contains(id) { subjects.append(id) }
        guard filter.kinds.contains(.quote) else { skipped.filteredByKind += max(1, subjects.count); return }
        guard let speaker = quote.speaker, entities[speaker] != nil else {
            skipped.unresolvedReferences += max(1, subjects.count)
            return
        }
        guard !subjects.isEmpty else {
            notes[speaker, default: EntityNotes()].statementsAboutNobody += 1
            skipped.withoutTarget += 1
            return
        }
        let cue = Self.word(quote.cue, fallback: "statement")
        for subject in subjects {
            let stance = quote.stance(toward: subject) ?? .neutral
            if entities[subject] == nil {
                skipped.unresolvedReferences += 1
            } else if subject == speaker {
                notes[speaker, default: EntityNotes()].statementsAboutItself += 1
                skipped.selfRelations += 1
            } else {
                relations.append(GraphRelation(kind: .quote, source: speaker, target: subject, word: cue, stance: stance,
                                               direct: quote.direct, document: quote.document, start: quote.start,
                                               end: quote.end, text: quote.text, sentence: quote.evidence,
                                               record: .quote(index)))
            }
        }
    }

    private mutating func add(_ action: Action, _ index: Int, _ filter: Filter) {
        guard filter.kinds.contains(.action) else { skipped.filteredByKind += 1; return }
        let quadClass = action.quadClass.flatMap(QuadClass.init(rawValue:))
        if let wanted = filter.actionClasses {
            guard let quadClass, wanted.contains(quadClass) else { skipped.filteredByClass += 1; return }
        }
        guard entities[action.actor] != nil else { skipped.unresolvedReferences += 1; return }
        let verb = Self.word(action.verb, fallback: "action")
        guard !action.negated else {
            notes[action.actor, default: EntityNotes()].negatedActions.append(verb)
            skipped.negatedActions += 1
            return
        }
        guard let target = action.target else {
            notes[action.actor, default: EntityNotes()].actionsWithoutTarget.append(verb)
            skipped.withoutTarget += 1
            return
        }
        guard entities[target] != nil else { skipped.unresolvedReferences += 1; return }
        guard target != action.actor else {
            notes[action.actor, default: EntityNotes()].actionsOnItself.append(verb)
            skipped.selfRelations += 1
            return
        }
        relations.append(GraphRelation(kind: .action, source: action.actor, target: target, word: verb,
                                       quadClass: quadClass, category: action.category, goldstein: action.goldstein,
                                       hypothetical: action.hypothetical, document: action.document,
                                       start: action.start, end: action.end, text: action.evidence ?? verb,
                                       sentence: action.evidence, record: .action(index)))
    }

    /// Whitespace runs collapsed to one space; the fallback when nothing is left.
    static func word(_ s: String?, fallback: String) -> String {
        let t = (s ?? "").split(whereSeparator: { $0.isWhitespace || $0.isNewline }).joined(separator: " ")
        return t.isEmpty ? fallback : t
    }

    /// One stance for the whole statement (for rows that list statements, not relations): critical or
    /// supportive when every non-neutral stance it takes agrees, else neutral (none recorded, or mixed).
    public static func stance(of quote: Quote) -> Stance {
        let taken = Set(quote.stances.map(\.stance)).subtracting([.neutral])
        return taken.count == 1 ? taken.first! : .neutral
    }
}
