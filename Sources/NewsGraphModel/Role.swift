/// A title or affiliation the text gives a person ("White House spokeswoman", "Secretary of State" of the US).
public struct Role: Hashable, Codable, Sendable {
    /// Entity id of the person.
    public var person: String
    public var title: String
    /// Entity id of what the title is of (a government, agency, organization or person), if named.
    public var of: String?
    public var document: String
    public var start: Int?
    public var end: Int?
    /// The sentence the role was read from.
    public var evidence: String?
    /// Offsets of the whole sentence in the document (`evidence` may be clipped); version 2.
    public var evidenceStart: Int?
    public var evidenceEnd: Int?
    /// Why `of` is what it is when it was not read from this sentence (the corpus's "of" for the same person and
    /// title); nil when read from the text.
    public var rule: String?

    enum CodingKeys: String, CodingKey {
        case person, title, of, document, start, end, evidence, rule
        case evidenceStart = "evidence_start", evidenceEnd = "evidence_end"
    }

    public init(person: String, title: String, of: String? = nil, document: String,
                start: Int? = nil, end: Int? = nil, evidence: String? = nil) {
        self.person = person
        self.title = title
        self.of = of
        self.document = document
        self.start = start
        self.end = end
        self.evidence = evidence
    }
}
