import NewsGraphModel

/// Judgements told by naming: "Reid called Trump a con man" is criticism (CAMEO 111), "called her a rising
/// star" praise (051). The verb is a naming form of the event_senses lexicon; its object is a name; the
/// name given follows as "a …"/"an …" or in quotation marks, up to the clause's end, and its words'
/// summed valence (valence.tsv) must be clearly negative or positive. The actor is the verb's subject.
struct NamingPattern {
    let ctx: EventContext
    let subjects: SubjectFinder
    /// How many words of the name given are read.
    static let maxPredicate = 8
    /// How negative or positive the summed valence must be.
    static let criticalBelow = -1.0
    static let praiseAbove = 1.5

    func read(at k: Int, in sentence: Sentence) -> EventCandidate? {
        let hi = sentence.tokens.upperBound
        guard !ctx.inUnit(k), ctx.lex.eventSenses.naming.contains(ctx.tokens[k].lower),
              k + 1 < hi, ctx.inUnit(k + 1), ctx.unitStart[k + 1] == k + 1 else { return nil }
        let object = ctx.entityOf[k + 1]
        var p = ctx.unitEnd[k + 1]
        guard object >= 0, p < hi else { return nil }
        let quoted = ctx.tokens[p].kind == .quote
        if quoted { p += 1 }
        if p < hi, !ctx.inUnit(p), EventGrammar.articles.contains(ctx.word(p)) {
            p += 1
        } else if !quoted {
            return nil
        }
        var sum = 0.0
        var q = p
        while q < hi && q - p < Self.maxPredicate {
            let t = ctx.tokens[q]
            if t.kind == .quote || ctx.isComma(q) || ctx.isHardBoundary(q) { break }
            if !ctx.inUnit(q), t.kind == .word, let v = ctx.lex.valence.value(t.lower) { sum += v }
            q += 1
        }
        guard q > p, sum <= Self.criticalBelow || sum >= Self.praiseAbove else { return nil }
        let critical = sum < 0
        let g = VerbGroup.analyze(verb: k, ctx)
        guard !g.passive else { return nil }
        let actors = subjects.subjects(of: g).filter { $0 != object }
        guard !actors.isEmpty else { return nil }
        var c = EventCandidate(actors: actors, targets: [object], verb: critical ? "criticize" : "praise",
                               code: critical ? "111" : "051", goldstein: critical ? -2.0 : 3.4,
                               negated: g.negated, hypothetical: g.modal || Conditions.conditional(before: g.start, ctx),
                               trigger: k..<(k + 1), rule: "naming(event_senses:\(ctx.tokens[k].lower))")
        c.symmetric = false
        return c
    }
}
