import NewsGraphModel

/// Gives each (statement, about-entity) pair a stance — critical, supportive or neutral — from the
/// statement's own words toward that entity.
///
/// The statement's words are cut into segments at contrast words ("but", "while") and at `;`/`:`. An
/// entity named in the statement is judged by the segments that name it; an entity the statement is about
/// without naming it (the object of "criticized X, saying …") by the reporting verb's own valence, and by
/// the statement when that agrees. A word's valence (valence.tsv) turns around after a negation within
/// three words ("not honest"); "so-called" right before a name mocks it. Words inside names do not count.
/// The summed valence is squashed to −1 … +1 (s / √(s² + 15)); beyond ±`threshold` it is a stance.
public struct StanceScorer: PipelineStage {
    public let requires: Set<Layer> = [.quoteAbout]
    public let produces: Set<Layer> = [.stance]
    let lex: ValenceLexicon
    /// How far the squashed score must be from zero to count as critical or supportive.
    public static let threshold = 0.35
    static let negationScale = -0.74
    static let negationWindow = 3
    static let sarcasmWeight = -2.0
    /// How many words into a statement a cue's addressee or object may stand.
    static let openingWindow = 4
    static let objectEnders: Set<String> = ["that", "with"]

    public init(lexicons: Lexicons) {
        self.lex = lexicons.valence
    }

    public func run(_ document: AnalyzedDocument) -> AnalyzedDocument {
        var doc = document
        guard !doc.quotes.isEmpty else { return doc }
        let spans = SpanIndex(Self.entitySpans(doc))
        for i in doc.quotes.indices {
            let (scores, named) = scores(doc.quotes[i], doc: doc, spans: spans)
            doc.quotes[i].stanceScores = scores
            doc.quotes[i].namedInContent = named
            doc.quotes[i].stances = scores.mapValues(Self.stance)
        }
        return doc
    }

    /// The squashed stance score toward each about-entity of a statement.
    func scores(_ q: LocalQuote, doc: AnalyzedDocument, spans: SpanIndex) -> (scores: [Int: Double], named: Set<Int>) {
        guard !q.about.isEmpty else { return ([:], []) }
        let content = q.contentTokens
        let tokens = doc.tokens
        // Which entity (if any) each content token names.
        var named = [Int?](repeating: nil, count: content.count)
        for s in spans.overlapping(content) {
            for k in s.tokens where content.contains(k) { named[k - content.lowerBound] = s.entity }
        }
        // "telling President Trump that …", "charged him with …": a name the words open with, right before
        // "that"/"with", is the addressee or object of the cue, not what the words are about.
        var skip = content.lowerBound
        var k = content.lowerBound
        while k < min(content.upperBound, content.lowerBound + Self.openingWindow) {
            if let e = named[k - content.lowerBound] {
                var after = k
                while after < content.upperBound, named[after - content.lowerBound] == e { after += 1 }
                if after < content.upperBound, Self.objectEnders.contains(tokens[after].lower) {
                    for j in content.lowerBound..<after { named[j - content.lowerBound] = nil }
                    skip = after + 1
                }
                break
            }
            k += 1
        }
        // Segments and their summed valence; the segments each entity is named in.
        var segmentScore: [Double] = [0]
        var segmentsOf: [Int: Set<Int>] = [:]
        var sarcasm: [Int: Double] = [:]
        var verdict: [Int: Double] = [:]
        var lastNegation = -1_000
        var lastSarcasm = -1_000
        var total = 0.0
        for k in skip..<content.upperBound {
            let t = tokens[k]
            let seg = segmentScore.count - 1
            if let e = named[k - content.lowerBound] {
                segmentsOf[e, default: []].insert(seg)
                if k - lastSarcasm <= 2 { sarcasm[e, default: 0] += Self.sarcasmWeight }
                continue
            }
            if t.text == ";" || t.text == ":" || doc.sentenceOfToken[k] != doc.sentenceOfToken[max(content.lowerBound, k - 1)] {
                segmentScore.append(0)
                lastNegation = -1_000
                continue
            }
            switch lex.cue(t.lower) {
            case .contrast?:
                segmentScore.append(0)
                lastNegation = -1_000
                continue
            case .negation?:
                lastNegation = k
                continue
            case .sarcasm?:
                lastSarcasm = k
                continue
            case nil:
                break
            }
            // "Trump was absolutely right": a verdict on the subject of "be" alone, not on the segment.
            if let j = lex.judgementValue(t.lower) {
                // "he's right now for the oil", "was right there": an adverb, not a verdict.
                if k + 1 < content.upperBound, Self.adverbialAfterVerdict.contains(tokens[k + 1].lower) { continue }
                if let be = Self.beBefore(k, from: skip, tokens), be > skip, let e = named[be - 1 - content.lowerBound] {
                    verdict[e, default: 0] += k - lastNegation <= Self.negationWindow ? j * Self.negationScale : j
                }
                continue
            }
            guard t.kind == .word, var v = lex.value(t.lower) else { continue }
            if k - lastNegation <= Self.negationWindow { v *= Self.negationScale }
            segmentScore[seg] += v
            total += v
        }
        let cueValence = q.cueTokens.map { r in r.reduce(0.0) { $0 + (lex.value(tokens[$1].lower) ?? 0) } } ?? 0
        var out: [Int: Double] = [:]
        for e in q.about {
            var s: Double
            if let segs = segmentsOf[e] {
                // A verdict on the entity ("Becker was right") is the statement's judgement of it; the other
                // words of its segment are about what it was right about.
                s = (verdict[e] ?? segs.reduce(0.0) { $0 + segmentScore[$1] }) + (sarcasm[e] ?? 0)
            } else {
                s = cueValence
                if cueValence != 0, (total < 0) == (cueValence < 0) { s += total }
            }
            out[e] = s / (s * s + 15).squareRoot()
        }
        return (out, Set(segmentsOf.keys).intersection(q.about))
    }

    /// The form of "be" that the word at `k` is the predicate of: "was right", "is “absolutely right”",
    /// "he's right" (quotation marks and adverbs, three words at most, may stand between). Nil otherwise.
    static func beBefore(_ k: Int, from lo: Int, _ tokens: [Token]) -> Int? {
        var p = k - 1
        var skipped = 0
        while p >= lo, skipped < 3, tokens[p].kind == .quote || EventGrammar.isAdverb(tokens[p]) {
            p -= 1
            skipped += 1
        }
        guard p >= lo else { return nil }
        let w = tokens[p].lower
        if EventGrammar.be.contains(w) { return p }
        if w == "'s" || w == "\u{2019}s" { return p > lo && pronounSubjects.contains(tokens[p - 1].lower) ? p : nil }
        return nil
    }

    /// Words that make "right" an adverb ("right now", "right here", "right after the debate").
    static let adverbialAfterVerdict: Set<String> = ["now", "away", "here", "there", "after", "before", "back",
                                                     "behind", "off", "out", "up", "down", "into", "around", "next"]

    /// Subjects after which "'s" is "is", not a possessive: "he's right".
    static let pronounSubjects: Set<String> = ["he", "she", "it", "that", "who"]

    static func stance(_ score: Double) -> Stance {
        score <= -threshold ? .critical : score >= threshold ? .supportive : .neutral
    }

    /// Token spans that name an entity: mentions, then resolved pronouns and title nouns.
    static func entitySpans(_ doc: AnalyzedDocument) -> [(tokens: Range<Int>, entity: Int)] {
        var out: [(tokens: Range<Int>, entity: Int)] = []
        for m in doc.mentions { if let e = m.entity { out.append((m.tokens, e)) } }
        for r in doc.references { out.append((r.tokens, r.entity)) }
        return out
    }

    /// Entity spans sorted by start, so the spans inside one statement are found by a binary search instead
    /// of a pass over every span of the document (that pass made stance scoring quadratic in a long document).
    struct SpanIndex {
        /// The spans in their original order: where two overlap, the later one names the token.
        private let spans: [(tokens: Range<Int>, entity: Int)]
        /// Indices into `spans`, ordered by start token.
        private let byStart: [Int]
        private let longest: Int

        init(_ spans: [(tokens: Range<Int>, entity: Int)]) {
            self.spans = spans
            byStart = spans.indices.sorted { (spans[$0].tokens.lowerBound, $0) < (spans[$1].tokens.lowerBound, $1) }
            longest = spans.map(\.tokens.count).max() ?? 0
        }

        /// The spans that overlap `range`, in their original order.
        func overlapping(_ range: Range<Int>) -> [(tokens: Range<Int>, entity: Int)] {
            let from = range.lowerBound - longest
            var hits: [Int] = []
            var i = Coreference.firstIndex(byStart.count) { spans[byStart[$0]].tokens.lowerBound >= from }
            while i < byStart.count, spans[byStart[i]].tokens.lowerBound < range.upperBound {
                if spans[byStart[i]].tokens.overlaps(range) { hits.append(byStart[i]) }
                i += 1
            }
            return hits.sorted().map { spans[$0] }
        }
    }
}
