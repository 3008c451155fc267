import NewsGraphModel

/// A reporting cue in the text: a verb ("said", "warned"), a stance verb ("believes"), a noun ("statement")
/// or a preposition ("according to").
public struct CueMatch: Sendable, Hashable {
    public var tokens: Range<Int>
    public var cue: Lexicons.Cue
    /// True when the cue stands inside quotation marks (a speaker quoting someone else).
    public var quoted: Bool
    /// True when the same form is also a noun cue ("remarks", "demands", "call"), so a verb reading needs a
    /// clear subject.
    public var alsoNoun: Bool
    /// True when the noun reading names a document, survey or statement that can stand as a source ("the
    /// poll shows", "according to the report"): lexicon column `source`.
    public var nounIsSource: Bool

    public init(tokens: Range<Int>, cue: Lexicons.Cue, quoted: Bool, alsoNoun: Bool = false, nounIsSource: Bool = false) {
        self.tokens = tokens
        self.cue = cue
        self.quoted = quoted
        self.alsoNoun = alsoNoun
        self.nounIsSource = nounIsSource
    }

    public var isVerb: Bool { cue.kind != "noun" && cue.kind != "prep" }
}

/// Finds the reporting cues of the `reporting_cues` lexicon, longest phrase first, in prose sentences.
/// Whether a cue really reports something (has a source and a content) is for `AttributionFinder` to decide.
public struct CueFinder: PipelineStage {
    public let requires: Set<Layer> = [.tokens, .sentences, .quotations]
    public let produces: Set<Layer> = [.cues]
    let lex: Lexicons

    public init(lexicons: Lexicons) {
        self.lex = lexicons
    }

    public func run(_ document: AnalyzedDocument) -> AnalyzedDocument {
        var doc = document
        let tokens = doc.tokens
        var cues: [CueMatch] = []
        var q = 0
        for s in doc.sentences where !s.isHeadline {
            var i = s.tokens.lowerBound
            while i < s.tokens.upperBound {
                guard tokens[i].kind == .word, let hit = lex.cues.longest(tokens, at: i, limit: s.tokens.upperBound) else {
                    i += 1
                    continue
                }
                // Part of a name ("United States", "Secretary of State"), or capitalized inside a sentence.
                if doc.mentionIndex(atToken: i) != nil
                    || (tokens[i].isCapitalized && i > s.tokens.lowerBound && !tokens[i - 1].isQuote && tokens[i - 1].text != ":") {
                    i += hit.length
                    continue
                }
                while q < doc.quotations.count && doc.quotations[q].lastToken < i { q += 1 }
                let quoted = q < doc.quotations.count && doc.quotations[q].open < i
                // Several rows may share a form ("report" the noun and the verb); prefer a verb reading.
                let entry = hit.entries.first { $0.value.kind != "noun" } ?? hit.entries[0]
                let alsoNoun = entry.value.kind != "noun" && hit.entries.contains { $0.value.kind == "noun" }
                let nounIsSource = hit.entries.contains { $0.value.kind == "noun" && $0.value.isSource }
                cues.append(CueMatch(tokens: i..<(i + hit.length), cue: entry.value, quoted: quoted, alsoNoun: alsoNoun,
                                     nounIsSource: nounIsSource))
                i += hit.length
            }
        }
        doc.cues = cues
        return doc
    }
}
