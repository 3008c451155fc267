import NewsGraphModel

/// One relation of the graph that can be drawn as (part of) an edge.
struct DrawableRelation {
    var kind: RelationKind
    var source: String
    var target: String
    /// The cue, verb or title.
    var word: String
    var quadClass: QuadClass?
    var evidence: EvidenceLine
}

/// A line of evidence for a tooltip, with where it came from.
struct EvidenceLine: Hashable {
    var document: String
    var start: Int
    var text: String
    var hypothetical: Bool = false

    /// Most recent first: later documents (by id, which is where dates go in file names), later in the text.
    static func mostRecentFirst(_ a: EvidenceLine, _ b: EvidenceLine) -> Bool {
        (a.document, a.start, a.text) > (b.document, b.start, b.text)
    }
}

/// What a node's tooltip says about relations that are not drawn as edges.
struct EntityNotes {
    var titles: [String] = []
    var actionsWithoutTarget: [String] = []
    var actionsOnItself: [String] = []
    var negatedActions: [String] = []
    var statementsAboutNobody = 0
    var statementsAboutItself = 0
}

/// Reads the graph's roles, quotes and actions into drawable relations, applying the kind and class filters;
/// the rest is counted in `omitted` and, where an entity is known, noted for its tooltip.
struct RelationCollector {
    let entities: [String: Entity]
    let options: DiagramOptions

    private(set) var relations: [DrawableRelation] = []
    private(set) var notes: [String: EntityNotes] = [:]
    var omitted = Omissions()

    init(entities: [String: Entity], options: DiagramOptions) {
        self.entities = entities
        self.options = options
    }

    mutating func collect(_ graph: KnowledgeGraph) {
        for role in graph.roles { add(role) }
        for quote in graph.quotes { add(quote) }
        for action in graph.actions { add(action) }
    }

    private mutating func add(_ role: Role) {
        let title = Self.word(role.title, fallback: "role")
        // Titles describe the person whatever is drawn, so the tooltip gets them all.
        if entities[role.person] != nil {
            let of = role.of.flatMap { entities[$0]?.name }
            notes[role.person, default: EntityNotes()].titles.append(of.map { "\(title) (\($0))" } ?? title)
        }
        guard options.relationKinds.contains(.role) else { omitted.relationsFilteredByKind += 1; return }
        guard entities[role.person] != nil else { omitted.unresolvedReferences += 1; return }
        guard let of = role.of else { omitted.relationsWithoutTarget += 1; return }
        guard entities[of] != nil else { omitted.unresolvedReferences += 1; return }
        guard of != role.person else { omitted.selfRelations += 1; return }
        let evidence = EvidenceLine(document: role.document, start: role.start ?? 0, text: role.evidence ?? title)
        relations.append(DrawableRelation(kind: .role, source: role.person, target: of, word: title, evidence: evidence))
    }

    private mutating func add(_ quote: Quote) {
        var subjects: [String] = []
        for id in quote.about where !subjects.contains(id) { subjects.append(id) }
        guard options.relationKinds.contains(.quote) else {
            omitted.relationsFilteredByKind += max(1, subjects.count)
            return
        }
        guard let speaker = quote.speaker, entities[speaker] != nil else {
            omitted.unresolvedReferences += max(1, subjects.count)
            return
        }
        guard !subjects.isEmpty else {
            notes[speaker, default: EntityNotes()].statementsAboutNobody += 1
            omitted.relationsWithoutTarget += 1
            return
        }
        let cue = Self.word(quote.cue, fallback: "statement")
        let text = quote.direct ? "“\(quote.text)”" : quote.text
        let evidence = EvidenceLine(document: quote.document, start: quote.start, text: text)
        for subject in subjects {
            if entities[subject] == nil {
                omitted.unresolvedReferences += 1
            } else if subject == speaker {
                notes[speaker, default: EntityNotes()].statementsAboutItself += 1
                omitted.selfRelations += 1
            } else {
                relations.append(DrawableRelation(kind: .quote, source: speaker, target: subject, word: cue, evidence: evidence))
            }
        }
    }

    private mutating func add(_ action: Action) {
        guard options.relationKinds.contains(.action) else { omitted.relationsFilteredByKind += 1; return }
        let quadClass = action.quadClass.flatMap(QuadClass.init(rawValue:))
        if let wanted = options.actionClasses {
            guard let quadClass, wanted.contains(quadClass) else { omitted.relationsFilteredByClass += 1; return }
        }
        guard entities[action.actor] != nil else { omitted.unresolvedReferences += 1; return }
        let verb = Self.word(action.verb, fallback: "action")
        guard !action.negated else {
            notes[action.actor, default: EntityNotes()].negatedActions.append(verb)
            omitted.negatedActions += 1
            return
        }
        guard let target = action.target else {
            notes[action.actor, default: EntityNotes()].actionsWithoutTarget.append(verb)
            omitted.relationsWithoutTarget += 1
            return
        }
        guard entities[target] != nil else { omitted.unresolvedReferences += 1; return }
        guard target != action.actor else {
            notes[action.actor, default: EntityNotes()].actionsOnItself.append(verb)
            omitted.selfRelations += 1
            return
        }
        let evidence = EvidenceLine(document: action.document, start: action.start, text: action.evidence ?? verb,
                                    hypothetical: action.hypothetical)
        relations.append(DrawableRelation(kind: .action, source: action.actor, target: target, word: verb,
                                          quadClass: quadClass, evidence: evidence))
    }

    private static func word(_ s: String?, fallback: String) -> String {
        let t = TooltipText.singleLine(s ?? "")
        return t.isEmpty ? fallback : t
    }
}
