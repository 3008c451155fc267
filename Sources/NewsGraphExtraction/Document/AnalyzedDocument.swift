import NewsGraphModel

/// One document as it moves through the pipeline. Each stage returns a copy with its layer filled in;
/// the layers only refer to each other by index, so the whole value stays cheap to copy and `Sendable`.
public struct AnalyzedDocument: Sendable {
    public let source: SourceText
    public var layers: Set<Layer> = []

    /// Offsets of each non-empty line (news text puts one paragraph per line).
    public var paragraphs: [TextSpan] = []
    public var tokens: [Token] = []
    public var sentences: [Sentence] = []
    /// For each token, the index of its sentence.
    public var sentenceOfToken: [Int] = []

    /// Named mentions (and demonyms standing for their country), in text order.
    public var mentions: [EntityMention] = []
    /// In-document entities: clusters of mentions that name the same actor.
    public var entities: [LocalEntity] = []
    /// Pronouns and title nouns ("she", "the president") resolved to an in-document entity.
    public var references: [Reference] = [] { didSet { referenceAtToken = ReferenceIndex(references) } }
    /// Token -> first reference covering it, kept with `references` (lookups were scans of every reference).
    private var referenceAtToken = ReferenceIndex([])
    public var roles: [LocalRole] = []
    /// Spans in quotation marks, paired per paragraph (see `QuotationFinder`).
    public var quotations: [Quotation] = []
    /// Reporting cues found in the text ("said", "according to", "in a statement"; see `CueFinder`).
    public var cues: [CueMatch] = []
    public var quotes: [LocalQuote] = []
    public var actions: [LocalAction] = []
    /// Problems that did not stop the run (an unclosed quotation mark, a dropped mention …).
    public var diagnostics: [Diagnostic] = []

    public init(source: SourceText) {
        self.source = source
    }

    public var id: String { source.id }

    /// Text between two scalar offsets.
    public func text(_ start: Int, _ end: Int) -> String { source.slice(start, end) }

    /// Text of a token range.
    public func text(tokens range: Range<Int>) -> String {
        guard let first = range.first, let last = range.last else { return "" }
        return source.slice(tokens[first].start, tokens[last].end)
    }

    /// The sentence text a token belongs to (provenance for facts).
    public func sentenceText(ofToken i: Int) -> String {
        let s = sentences[sentenceOfToken[i]]
        return source.slice(s.start, s.end)
    }

    /// The in-document entity a token position refers to, through a mention or a resolved reference.
    public func entity(atToken i: Int) -> Int? {
        if let m = mentionIndex(atToken: i) { return mentions[m].entity }
        if let r = referenceIndex(atToken: i) { return references[r].entity }
        return nil
    }

    /// Index of the mention covering token `i`, by binary search over the text-ordered mentions.
    public func mentionIndex(atToken i: Int) -> Int? {
        var lo = 0, hi = mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[mid].tokens.upperBound <= i { lo = mid + 1 } else { hi = mid }
        }
        if lo < mentions.count, mentions[lo].tokens.contains(i) { return lo }
        return nil
    }
}

/// The layers a stage can require and produce; the pipeline checks the order when it is built.
public enum Layer: String, Sendable, Hashable, CaseIterable {
    case tokens, sentences, mentions, entities, coreference, roles, quotes, actions
    /// Quote stages: paired quotation marks, reporting cues, resolved speakers, about-entities.
    case quotations, cues, reportedSpeech, speakers, quoteAbout
    /// Stance of each statement toward its about-entities; events derived from it.
    case stance, derivedEvents
}

/// A span of tokens that names an entity.
public struct EntityMention: Sendable, Hashable {
    public var tokens: Range<Int>
    public var start: Int
    public var end: Int
    public var text: String
    public var type: EntityType
    /// Index into `AnalyzedDocument.entities`, set by the alias resolver.
    public var entity: Int?
    /// What made the mention (lexicon entry or rule), for debugging and provenance.
    public var rule: String
    /// True when the mention is a demonym or adjective standing for its country ("Mexican officials").
    public var isDemonym: Bool
    /// The title written before the name ("Mexican President", "White House spokeswoman"), if any.
    public var title: TitlePrefix?
    /// Gender evidence from a first name or a gendered title.
    public var gender: Gender = .unknown
    /// Canonical name from the gazetteer ("United States" for "U.S."), if the mention was found there.
    public var canonical: String?
    /// The lexicon row that made or named the mention (`countries:United States`, `first_names:Hillary`).
    public var lexicon: String?
    /// Why the mention belongs to its entity (set by the resolver: "full name", "title + surname"); provenance.
    public var link: String?

    public init(tokens: Range<Int>, start: Int, end: Int, text: String, type: EntityType,
                entity: Int? = nil, rule: String, isDemonym: Bool = false) {
        self.tokens = tokens
        self.start = start
        self.end = end
        self.text = text
        self.type = type
        self.entity = entity
        self.rule = rule
        self.isDemonym = isDemonym
    }
}

/// A title written together with a name: "Former U.S. President" before "Donald Trump".
public struct TitlePrefix: Sendable, Hashable {
    /// The title words without the affiliation ("Former President", "spokeswoman", "Secretary of State").
    public var title: String
    /// The full prefix as written ("Former U.S. President").
    public var text: String
    /// Canonical name of what the title is of, when the prefix names it ("United States", "White House").
    public var of: String?
    public var ofType: EntityType?
    public var start: Int
    public var end: Int

    public init(title: String, text: String, of: String?, ofType: EntityType?, start: Int, end: Int) {
        self.title = title
        self.text = text
        self.of = of
        self.ofType = ofType
        self.start = start
        self.end = end
    }
}


/// An entity inside one document.
public struct LocalEntity: Sendable, Hashable {
    /// The fullest proper name seen.
    public var name: String
    public var type: EntityType
    /// Surface forms as written (titles included where written together).
    public var aliases: [String]
    /// Indices into `mentions`.
    public var mentions: [Int]
    public var gender: Gender
    /// Key the cross-document merge uses (set by the resolver; usually the folded name).
    public var key: String
    /// For a bare name the document leaves open ("Cruz" in an article that names Ted and Heidi Cruz, with
    /// nothing in the text to tell which): the folded full names it may stand for; the corpus decides.
    public var candidates: [String] = []

    public init(name: String, type: EntityType, aliases: [String] = [], mentions: [Int] = [],
                gender: Gender = .unknown, key: String = "") {
        self.name = name
        self.type = type
        self.aliases = aliases
        self.mentions = mentions
        self.gender = gender
        self.key = key.isEmpty ? NameNormalization.fold(name) : key
    }
}

/// A pronoun or descriptive noun phrase resolved to an in-document entity.
public struct Reference: Sendable, Hashable {
    public var tokens: Range<Int>
    public var entity: Int
    public var text: String

    public init(tokens: Range<Int>, entity: Int, text: String) {
        self.tokens = tokens
        self.entity = entity
        self.text = text
    }
}

public struct LocalRole: Sendable, Hashable {
    public var person: Int
    public var title: String
    public var of: Int?
    public var start: Int
    public var end: Int
    public var sentence: Int

    public init(person: Int, title: String, of: Int?, start: Int, end: Int, sentence: Int) {
        self.person = person
        self.title = title
        self.of = of
        self.start = start
        self.end = end
        self.sentence = sentence
    }
}

public struct LocalQuote: Sendable, Hashable {
    /// Speaker entity, or nil when the speaker is not a named entity.
    public var speaker: Int?
    /// The speaker as written ("analysts", "a senior Mexican official", "Sheinbaum").
    public var speakerText: String?
    public var textStart: Int
    public var textEnd: Int
    public var direct: Bool
    public var cue: String?
    public var about: [Int]
    /// Sentence indices the quote spans (first...last).
    public var sentences: ClosedRange<Int>
    /// Tokens of the quoted words or reported clause.
    public var contentTokens: Range<Int>
    /// Tokens of the speaker as written (a name, pronoun or noun phrase); nil when carried over.
    public var speakerTokens: Range<Int>?
    /// Tokens of the reporting cue.
    public var cueTokens: Range<Int>?
    /// The rule that found the quote, for provenance and debugging ("direct:after-cue", "reported:that").
    public var rule: String
    /// The statement's stance toward each about-entity (StanceScorer).
    public var stances: [Int: Stance] = [:]
    /// The squashed stance score (−1 … +1) behind each stance.
    public var stanceScores: [Int: Double] = [:]
    /// About-entities named in the statement's own words (not only its cue's object or addressee).
    public var namedInContent: Set<Int> = []

    public init(speaker: Int?, speakerText: String?, textStart: Int, textEnd: Int, direct: Bool,
                cue: String?, about: [Int] = [], sentences: ClosedRange<Int>,
                contentTokens: Range<Int> = 0..<0, speakerTokens: Range<Int>? = nil, cueTokens: Range<Int>? = nil,
                rule: String = "") {
        self.speaker = speaker
        self.speakerText = speakerText
        self.textStart = textStart
        self.textEnd = textEnd
        self.direct = direct
        self.cue = cue
        self.about = about
        self.sentences = sentences
        self.contentTokens = contentTokens
        self.speakerTokens = speakerTokens
        self.cueTokens = cueTokens
        self.rule = rule
    }
}

public struct LocalAction: Sendable, Hashable {
    public var actor: Int
    public var verb: String
    public var target: Int?
    public var code: String
    public var goldstein: Double?
    public var negated: Bool
    public var hypothetical: Bool
    public var start: Int
    public var end: Int
    public var sentence: Int
    /// The rule and lexicon row that coded the action, for provenance ("verb cameo_verbs:criticize").
    public var rule: String = ""
    /// Derived from a statement's stance rather than told by a verb.
    public var derived: Bool = false

    public init(actor: Int, verb: String, target: Int?, code: String, goldstein: Double?, negated: Bool,
                hypothetical: Bool, start: Int, end: Int, sentence: Int) {
        self.actor = actor
        self.verb = verb
        self.target = target
        self.code = code
        self.goldstein = goldstein
        self.negated = negated
        self.hypothetical = hypothetical
        self.start = start
        self.end = end
        self.sentence = sentence
    }

    /// CAMEO root: the first two digits of the code.
    public var root: String { String(code.prefix(2)) }
}

/// A problem that did not stop the run.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable { case note, warning }
    public var severity: Severity
    public var document: String
    public var offset: Int?
    public var message: String

    public init(_ severity: Severity, document: String, offset: Int? = nil, _ message: String) {
        self.severity = severity
        self.document = document
        self.offset = offset
        self.message = message
    }

    public var description: String {
        "\(document)\(offset.map { ":\($0)" } ?? ""): \(severity.rawValue): \(message)"
    }
}

extension AnalyzedDocument {
    /// Index in `references` of the first reference covering token `i` (as `references.first { contains }`).
    public func referenceIndex(atToken i: Int) -> Int? { referenceAtToken.covering[i] }
    /// Index in `references` of the first reference starting at token `i`.
    public func referenceIndex(startingAt i: Int) -> Int? { referenceAtToken.starting[i] }
}

/// Token -> reference lookups, built once each time `references` is set.
struct ReferenceIndex: Sendable, Hashable {
    var covering: [Int: Int] = [:]
    var starting: [Int: Int] = [:]

    init(_ references: [Reference]) {
        for (r, ref) in references.enumerated() {
            if starting[ref.tokens.lowerBound] == nil { starting[ref.tokens.lowerBound] = r }
            for k in ref.tokens where covering[k] == nil { covering[k] = r }
        }
    }
}
