/// Which record of the graph a relation was projected from: an index into `roles`, `quotes` or `actions`.
public enum RecordReference: Hashable, Sendable, Comparable {
    case role(Int)
    case quote(Int)
    case action(Int)

    private var key: (Int, Int) {
        switch self {
        case .role(let i): (0, i)
        case .quote(let i): (1, i)
        case .action(let i): (2, i)
        }
    }

    public static func < (lhs: RecordReference, rhs: RecordReference) -> Bool { lhs.key < rhs.key }
}

/// One record of the graph as a directed relation between two known, distinct entities.
public struct GraphRelation: Hashable, Sendable {
    public var kind: RelationKind
    /// Entity id: the person, speaker or actor.
    public var source: String
    /// Entity id: what the title is of, what the statement is about, whom the action aims at.
    public var target: String
    /// The title, cue or verb, on one line ("statement", "action", "role" when the record has none).
    public var word: String
    /// Actions: the CAMEO quad class.
    public var quadClass: QuadClass?
    /// Actions: the CAMEO root code ("16").
    public var category: String?
    /// Actions: the Goldstein value.
    public var goldstein: Double?
    /// Statements: the speaker's stance toward the target; `Stance.neutral` when the graph records none.
    public var stance: Stance
    /// Statements: words in quotation marks.
    public var direct: Bool
    /// Actions: possible, intended or conditional rather than asserted.
    public var hypothetical: Bool
    public var document: String
    /// Offsets of the quoted text, the action or the title in the document.
    public var start: Int
    public var end: Int
    /// The quoted text (statements), or the sentence.
    public var text: String
    /// The sentence the record was read from, when the graph has it.
    public var sentence: String?
    public var record: RecordReference

    public init(kind: RelationKind, source: String, target: String, word: String, quadClass: QuadClass? = nil,
                category: String? = nil, goldstein: Double? = nil, stance: Stance = .neutral, direct: Bool = false,
                hypothetical: Bool = false, document: String, start: Int, end: Int, text: String,
                sentence: String? = nil, record: RecordReference) {
        self.kind = kind
        self.source = source
        self.target = target
        self.word = word
        self.quadClass = quadClass
        self.category = category
        self.goldstein = goldstein
        self.stance = stance
        self.direct = direct
        self.hypothetical = hypothetical
        self.document = document
        self.start = start
        self.end = end
        self.text = text
        self.sentence = sentence
        self.record = record
    }
}


/// All relations of one kind from one entity to another: what a diagram draws as one edge and what graph
/// formats export as one edge.
public struct AggregatedRelation: Hashable, Sendable, Identifiable {
    /// `quote:source->target`: unique in a projection, stable across runs.
    public var id: String { "\(kind.rawValue):\(source)->\(target)" }
    public var kind: RelationKind
    public var source: String
    public var target: String
    /// In record order.
    public var relations: [GraphRelation]

    public init(kind: RelationKind, source: String, target: String, relations: [GraphRelation]) {
        self.kind = kind
        self.source = source
        self.target = target
        self.relations = relations
    }

    public var count: Int { relations.count }

    /// Words by frequency then alphabetically.
    public var rankedWords: [(word: String, count: Int)] {
        var counts: [String: Int] = [:]
        for r in relations { counts[r.word, default: 0] += 1 }
        return counts.map { (word: $0.key, count: $0.value) }.sorted { ($1.count, $0.word) < ($0.count, $1.word) }
    }

    /// Actions: the class of most of them; ties go to the more conflictual class; unclassified loses to any class
    /// only when outnumbered.
    public var dominantQuadClass: QuadClass? {
        guard kind == .action else { return nil }
        var counts: [Int: Int] = [:]
        for r in relations { counts[r.quadClass?.rawValue ?? 0, default: 0] += 1 }
        guard let best = counts.max(by: { a, b in (a.value, a.key) < (b.value, b.key) }) else { return nil }
        return QuadClass(rawValue: best.key)
    }

    /// Statements: the stance of most of them; ties go to neutral, then critical.
    public var dominantStance: Stance {
        var counts: [Stance: Int] = [:]
        for r in relations { counts[r.stance, default: 0] += 1 }
        let order: [Stance] = [.neutral, .critical, .supportive]
        return order.max { (counts[$0] ?? 0, -order.firstIndex(of: $0)!) < (counts[$1] ?? 0, -order.firstIndex(of: $1)!) }!
    }

    /// Actions: mean Goldstein value of those that have one.
    public var meanGoldstein: Double? {
        let values = relations.compactMap(\.goldstein)
        return values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }
}
