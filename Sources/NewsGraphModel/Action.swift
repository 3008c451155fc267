/// CAMEO's four-way split of event types.
public enum QuadClass: Int, Codable, Sendable, CaseIterable {
    case verbalCooperation = 1
    case materialCooperation = 2
    case verbalConflict = 3
    case materialConflict = 4

    public var name: String {
        switch self {
        case .verbalCooperation: "verbal-cooperation"
        case .materialCooperation: "material-cooperation"
        case .verbalConflict: "verbal-conflict"
        case .materialConflict: "material-conflict"
        }
    }

    public init?(name: String) {
        guard let q = QuadClass.allCases.first(where: { $0.name == name.lowercased() }) else { return nil }
        self = q
    }

    /// The quad class of a CAMEO root code ("01" … "20").
    public init?(cameoRoot code: String) {
        guard let n = Int(code) else { return nil }
        switch n {
        case 1...5: self = .verbalCooperation
        case 6...8: self = .materialCooperation
        case 9...13: self = .verbalConflict
        case 14...20: self = .materialConflict
        default: return nil
        }
    }

    public var isCooperation: Bool { self == .verbalCooperation || self == .materialCooperation }
}

/// Something an actor does to or with a target, coded to CAMEO.
public struct Action: Hashable, Codable, Sendable {
    /// Entity id of the actor.
    public var actor: String
    /// Lemma of the verb or action noun ("capture", "offer", "phone call").
    public var verb: String
    /// Entity id of the target, if any.
    public var target: String?
    /// CAMEO root code, two digits ("17").
    public var category: String?
    public var quadClass: Int?
    /// Goldstein conflict–cooperation value (−10 … +10).
    public var goldstein: Double?
    public var negated: Bool
    /// Conditional, modal or intended rather than asserted ("could launch strikes").
    public var hypothetical: Bool
    public var document: String
    public var start: Int
    public var end: Int
    /// The sentence the action was read from.
    public var evidence: String?
    /// Offsets of the whole sentence in the document (`evidence` may be clipped); version 2.
    public var evidenceStart: Int?
    public var evidenceEnd: Int?
    /// The rule and lexicon row that coded the action ("verb cameo_verbs:criticize"), for provenance.
    public var rule: String?
    /// True for an event derived from a statement's stance (its evidence is the statement), not told by a verb.
    public var derived: Bool = false

    public init(actor: String, verb: String, target: String? = nil, category: String? = nil,
                quadClass: Int? = nil, goldstein: Double? = nil, negated: Bool = false,
                hypothetical: Bool = false, document: String, start: Int, end: Int, evidence: String? = nil) {
        self.actor = actor
        self.verb = verb
        self.target = target
        self.category = category
        self.quadClass = quadClass
        self.goldstein = goldstein
        self.negated = negated
        self.hypothetical = hypothetical
        self.document = document
        self.start = start
        self.end = end
        self.evidence = evidence
    }

    enum CodingKeys: String, CodingKey {
        case actor, verb, target, category
        case quadClass = "quad_class"
        case evidenceStart = "evidence_start", evidenceEnd = "evidence_end"
        case goldstein, negated, hypothetical, document, start, end, evidence, rule, derived
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(actor, forKey: .actor)
        try c.encode(verb, forKey: .verb)
        try c.encode(target, forKey: .target)
        try c.encodeIfPresent(category, forKey: .category)
        try c.encodeIfPresent(quadClass, forKey: .quadClass)
        try c.encodeIfPresent(goldstein, forKey: .goldstein)
        try c.encode(negated, forKey: .negated)
        try c.encode(hypothetical, forKey: .hypothetical)
        try c.encode(document, forKey: .document)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encodeIfPresent(evidence, forKey: .evidence)
        try c.encodeIfPresent(evidenceStart, forKey: .evidenceStart)
        try c.encodeIfPresent(evidenceEnd, forKey: .evidenceEnd)
        try c.encodeIfPresent(rule, forKey: .rule)
        if derived { try c.encode(derived, forKey: .derived) }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        actor = decoder.shared(try c.decode(String.self, forKey: .actor))
        verb = decoder.shared(try c.decodeIfPresent(String.self, forKey: .verb) ?? "")
        target = decoder.shared(try c.decodeIfPresent(String.self, forKey: .target))
        category = decoder.shared(try c.decodeIfPresent(String.self, forKey: .category))
        quadClass = try c.decodeIfPresent(Int.self, forKey: .quadClass)
        goldstein = try c.decodeIfPresent(Double.self, forKey: .goldstein)
        negated = try c.decodeIfPresent(Bool.self, forKey: .negated) ?? false
        hypothetical = try c.decodeIfPresent(Bool.self, forKey: .hypothetical) ?? false
        document = decoder.shared(try c.decode(String.self, forKey: .document))
        start = try c.decodeIfPresent(Int.self, forKey: .start) ?? 0
        end = try c.decodeIfPresent(Int.self, forKey: .end) ?? 0
        evidence = try c.decodeIfPresent(String.self, forKey: .evidence)
        evidenceStart = try c.decodeIfPresent(Int.self, forKey: .evidenceStart)
        evidenceEnd = try c.decodeIfPresent(Int.self, forKey: .evidenceEnd)
        rule = decoder.shared(try c.decodeIfPresent(String.self, forKey: .rule))
        derived = try c.decodeIfPresent(Bool.self, forKey: .derived) ?? false
    }
}
