import NewsGraphModel

/// Statements in an article's title line, which news writes in a telegraphic style the prose rules miss:
/// - `Pat Caddell: Voters Worried …; It’s ‘in Their Heads’` and `A lesson from Loretta Lynch: ‘Be the voice …’`
///   (a person named before the colon speaks the rest of the title), and `Poll: Clinton and Trump in dead heat`
///   (a document or survey noun before the colon);
/// - `Obama Says Museum Will Tell of ‘Suffering’`, `Bill Clinton calls Obamacare ‘crazy system’`
///   (a person, a reporting verb, then the content; a verb other than say needs a quotation in the content);
/// - `Trump ‘The Dealmaker’ Could Address Clean Energy, Lindsey Graham Says` (the attribution at the end).
///
/// The title is the first paragraph when it is one short sentence and the article goes on after it. A title
/// that the prose rules already quote is left alone.
public struct HeadlineQuoteFinder: PipelineStage {
    public let requires: Set<Layer> = [.quotes, .reportedSpeech, .entities]
    public let produces: Set<Layer> = []
    let lex: Lexicons

    public init(lexicons: Lexicons) {
        self.lex = lexicons
    }

    static let maxTitleTokens = 30

    public func run(_ document: AnalyzedDocument) -> AnalyzedDocument {
        var doc = document
        guard doc.sentences.count > 1, doc.sentences[0].paragraph != doc.sentences[1].paragraph else { return doc }
        let title = doc.sentences[0]
        guard title.tokens.count <= Self.maxTitleTokens, title.tokens.count >= 4 else { return doc }
        guard !doc.quotes.contains(where: { $0.sentences.lowerBound == 0 }) else { return doc }
        if let q = find(title, doc) { doc.quotes.insert(q, at: 0) }
        return doc
    }

    /// A person mention covering token `k`, as its token range.
    private func person(at k: Int, _ doc: AnalyzedDocument) -> Range<Int>? {
        guard let m = doc.mentionIndex(atToken: k), doc.mentions[m].type == .person else { return nil }
        return doc.mentions[m].tokens
    }

    func find(_ title: Sentence, _ doc: AnalyzedDocument) -> LocalQuote? {
        let tokens = doc.tokens
        let lo = title.tokens.lowerBound
        // Content ends before the final punctuation and closing marks.
        var hi = title.tokens.upperBound
        while hi > lo, tokens[hi - 1].kind != .word { hi -= 1 }
        let quoted = (lo..<title.tokens.upperBound).contains { tokens[$0].isQuote }

        // Speaker: content (a colon after a short lead that names a person).
        if let colon = (lo..<min(hi, lo + 8)).first(where: { tokens[$0].text == ":" }), colon + 1 < hi {
            if let k = (lo..<colon).first(where: { person(at: $0, doc) != nil }), let p = person(at: k, doc),
               p.upperBound <= colon {
                return quote(p, nil, colon + 1..<hi, quoted, doc, rule: "headline:colon")
            }
            // "Poll: Clinton and Trump in dead heat", "New Report: …": a document or survey noun (reporting_cues
            // column `source`) ending a lead of at most three words.
            if colon - lo <= 3, colon + 2 < hi, let hit = lex.cues.longest(tokens, at: colon - 1, limit: colon),
               hit.length == 1, hit.entries.contains(where: { $0.value.kind == "noun" && $0.value.isSource }),
               (lo..<colon).allSatisfy({ tokens[$0].kind == .word }) {
                return quote(lo..<colon, nil, colon + 1..<hi, quoted, doc, rule: "headline:source-colon")
            }
            return nil
        }
        // Content, Speaker says.
        // (A title-case mention may have taken the verb in: "Lindsey Graham Says".)
        if hi - 2 > lo, ["says", "said"].contains(tokens[hi - 1].lower), let p = person(at: hi - 2, doc),
           p.lowerBound - 1 > lo, tokens[p.lowerBound - 1].text == "," {
            return quote(p.lowerBound..<(hi - 1), hi - 1..<hi, lo..<(p.lowerBound - 1), quoted, doc, rule: "headline:end-cue")
        }
        // Speaker says/calls content.
        guard let p = person(at: lo, doc), p.lowerBound == lo, p.upperBound < hi - 1 else { return nil }
        let k = p.upperBound
        guard let hit = lex.cues.longest(tokens, at: k, limit: hi), k + hit.length < hi else { return nil }
        let verbs = hit.entries.filter { $0.value.kind != "noun" && $0.value.kind != "prep" }
        guard !verbs.isEmpty else { return nil }
        let content = (k + hit.length)..<hi
        let says = verbs.contains { $0.value.lemma == "say" }
        guard says || content.contains(where: { tokens[$0].isQuote }) else { return nil }
        return quote(p, k..<(k + hit.length), content, quoted, doc, rule: "headline:cue")
    }

    private func quote(_ speaker: Range<Int>, _ cue: Range<Int>?, _ content: Range<Int>, _ quoted: Bool,
                       _ doc: AnalyzedDocument, rule: String) -> LocalQuote {
        var s = content.lowerBound
        while s < content.upperBound - 1, doc.tokens[s].isQuote { s += 1 }
        return LocalQuote(
            speaker: nil, speakerText: nil, textStart: doc.tokens[s].start, textEnd: doc.tokens[content.upperBound - 1].end,
            direct: quoted, cue: cue.map { doc.text(tokens: $0) }, sentences: 0...0,
            contentTokens: content, speakerTokens: speaker, cueTokens: cue, rule: rule)
    }
}
