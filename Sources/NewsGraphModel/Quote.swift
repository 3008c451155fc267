/// A statement the text attributes to a speaker: a direct quotation or reported speech.
public struct Quote: Hashable, Codable, Sendable {
    /// Entity id of the speaker, or nil when the speaker is not a named entity.
    public var speaker: String?
    /// The speaker as written when it is not a named entity ("analysts", "a senior official"),
    /// or the surface form that named it.
    public var speakerText: String?
    /// The quoted words (without quotation marks) or the reported clause.
    public var text: String
    /// Entity ids the statement is about.
    public var about: [String]
    /// True for words in quotation marks.
    public var direct: Bool
    /// The reporting verb or noun ("said", "according to", "in a statement").
    public var cue: String?
    public var document: String
    /// Offsets of `text` in the document.
    public var start: Int
    public var end: Int
    /// The sentence(s) the quote came from.
    public var evidence: String?
    /// Offsets of the whole sentence(s) in the document (`evidence` may be clipped); version 2.
    public var evidenceStart: Int?
    public var evidenceEnd: Int?
    /// The statement's stance toward each entity it is about (graph.json v2; empty in v1 files).
    public var stances: [StanceMark] = []
    /// The rule that found the statement ("direct:after-cue", "reported:that"), for provenance.
    public var rule: String?

    public init(speaker: String?, speakerText: String? = nil, text: String, about: [String] = [],
                direct: Bool, cue: String? = nil, document: String, start: Int, end: Int,
                evidence: String? = nil) {
        self.speaker = speaker
        self.speakerText = speakerText
        self.text = text
        self.about = about
        self.direct = direct
        self.cue = cue
        self.document = document
        self.start = start
        self.end = end
        self.evidence = evidence
    }

    enum CodingKeys: String, CodingKey {
        case speaker
        case speakerText = "speaker_text"
        case evidenceStart = "evidence_start", evidenceEnd = "evidence_end"
        case text, about, direct, cue, document, start, end, evidence, stances, rule
    }

    /// The stance toward `entity`, if the statement is about it.
    public func stance(toward entity: String) -> Stance? {
        stances.first { $0.about == entity }?.stance
    }

    /// Rewrites the entity ids the stances point to (the merger's local → corpus ids).
    public mutating func remapStances(_ id: (String) -> String) {
        var seen = Set<String>()
        stances = stances.map { StanceMark(about: id($0.about), stance: $0.stance) }
            .filter { seen.insert($0.about).inserted }
            .sorted { $0.about < $1.about }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        // `speaker` is required by the format even when null.
        try c.encode(speaker, forKey: .speaker)
        try c.encodeIfPresent(speakerText, forKey: .speakerText)
        try c.encode(text, forKey: .text)
        try c.encode(about, forKey: .about)
        try c.encode(direct, forKey: .direct)
        try c.encodeIfPresent(cue, forKey: .cue)
        try c.encode(document, forKey: .document)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encodeIfPresent(evidence, forKey: .evidence)
        try c.encodeIfPresent(evidenceStart, forKey: .evidenceStart)
        try c.encodeIfPresent(evidenceEnd, forKey: .evidenceEnd)
        if !stances.isEmpty { try c.encode(stances, forKey: .stances) }
        try c.encodeIfPresent(rule, forKey: .rule)
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        speaker = decoder.shared(try c.decodeIfPresent(String.self, forKey: .speaker))
        speakerText = try c.decodeIfPresent(String.self, forKey: .speakerText)
        text = try c.decode(String.self, forKey: .text)
        about = (try c.decodeIfPresent([String].self, forKey: .about) ?? []).map { decoder.shared($0) }
        direct = try c.decodeIfPresent(Bool.self, forKey: .direct) ?? false
        cue = decoder.shared(try c.decodeIfPresent(String.self, forKey: .cue))
        document = decoder.shared(try c.decode(String.self, forKey: .document))
        start = try c.decodeIfPresent(Int.self, forKey: .start) ?? 0
        end = try c.decodeIfPresent(Int.self, forKey: .end) ?? 0
        evidence = try c.decodeIfPresent(String.self, forKey: .evidence)
        evidenceStart = try c.decodeIfPresent(Int.self, forKey: .evidenceStart)
        evidenceEnd = try c.decodeIfPresent(Int.self, forKey: .evidenceEnd)
        stances = try c.decodeIfPresent([StanceMark].self, forKey: .stances) ?? []
        rule = decoder.shared(try c.decodeIfPresent(String.self, forKey: .rule))
    }
}

/// How a statement speaks of someone: against them, for them, or neither.
public enum Stance: String, Codable, Sendable, CaseIterable {
    case critical, supportive, neutral
}

/// A statement's stance toward one of the entities it is about.
public struct StanceMark: Hashable, Codable, Sendable {
    /// Entity id.
    public var about: String
    public var stance: Stance

    public init(about: String, stance: Stance) {
        self.about = about
        self.stance = stance
    }
}
