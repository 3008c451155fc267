import NewsGraphModel

/// Events told by an action noun: "the capture of Maduro", "Rubio’s meeting with Sheinbaum",
/// "a U.S. military operation in Venezuela", "an offer from Trump", "issued a rebuke of …".
///
/// The actor is written before the noun (possessor or name modifier), after it ("by …", "from …" for
/// offers, demands and threats), or is the subject of the verb that has the noun as its object
/// ("Mexico issued a rebuke", "is prepared to do a second strike"). A person’s possessive before a
/// noun of coercion or violence is the one it was done to ("Maduro’s capture"). A consultation in an
/// adjunct ("during a phone call with Trump, Sheinbaum …") belongs to the clause’s subject.
struct NominalEventPattern {
    let ctx: EventContext
    let phrases: NounPhrases
    let subjects: SubjectFinder
    let selector: TargetSelector

    /// Adjectives that make an action noun only possible: "potential strikes", "a proposed meeting".
    static let hedges: Set<String> = ["potential", "possible", "future", "proposed", "planned", "threatened",
                                      "hypothetical", "prospective", "imminent", "likely", "eventual", "any"]
    /// Action nouns that are events only with someone they are addressed to or done with: appeals, offers,
    /// endorsements, and consultations and cooperation with no named partner ("the meeting", "his trip",
    /// "U.S. investment") name an occasion or a thing, not an event between actors.
    static let targetedRoots: Set<Int> = [2, 3, 4, 5, 6]
    static let adjunctPrepositions: Set<String> = ["during", "after", "before", "in", "at", "following", "since", "amid"]

    func read(_ trig: Trigger, in sentence: Sentence, triggers: [Trigger]) -> EventCandidate? {
        let lo = sentence.tokens.lowerBound, hi = sentence.tokens.upperBound
        var c = EventCandidate(actors: [], targets: [], verb: trig.lemma, code: trig.entry.code,
                               goldstein: trig.entry.goldstein, trigger: trig.tokens, rule: "noun")
        let root = c.root
        var comps = phrases.complements(after: trig.tokens, limit: hi)
        var patient: Int?
        var patientIsPossessor = false
        if let left = modifier(before: trig.tokens.lowerBound, lo: lo) {
            if (17...20).contains(root) && ctx.doc.entities[left.entity].type == .person {
                // "Maduro’s capture", "the Maduro ouster": done to the person.
                patient = left.entity
                patientIsPossessor = left.possessive
            } else {
                c.actors = [left.entity]
                c.rule = left.possessive ? "noun-possessor" : "noun-modifier"
            }
        }
        if c.actors.isEmpty, let i = comps.firstIndex(where: { $0.preposition == "by" }),
           let h = phrases.reference(comps[i].tokens).head {
            c.actors = [h]
            c.rule = "noun-by"
            comps.remove(at: i)
        }
        if c.actors.isEmpty, let by = participleAgent(after: trig.tokens.upperBound, limit: hi) {
            // "a civil complaint filed by the S.E.C.", "the sanctions imposed by Washington on Moscow": a
            // participle right after the noun names its maker; what follows it may hold the target.
            c.actors = [by.entity]
            c.rule = "noun-participle-by"
            comps = phrases.complements(after: by.end, limit: hi)
        }
        if c.actors.isEmpty, [2, 3, 10, 12, 13].contains(root), let i = comps.firstIndex(where: { $0.preposition == "from" }),
           let h = phrases.reference(comps[i].tokens).head {
            c.actors = [h]
            c.rule = "noun-from"
            comps.remove(at: i)
        }
        let found = selector.targets(in: comps, entry: trig.entry, directObject: false, limit: hi,
                                         triggerPreposition: trig.preposition(ctx))
        c.targets = found.entities
        if let p = patient, patientIsPossessor, c.actors.isEmpty, !c.targets.isEmpty, !c.targets.contains(p) {
            // "Putin's invasion of Georgia", "Warren's attack on Trump": with its target named after it, the
            // possessor is the one who did it.
            c.actors = [p]
            c.rule = "noun-possessor-agent"
            patient = nil
        }
        if c.targets.isEmpty, let p = patient { c.targets = [p] }
        // A noun written with its preposition ("a call with", "the removal of", "an operation in") is an
        // event only with someone after it: "a call with reporters", "the removal of regulations" are not.
        if c.targets.isEmpty, trig.preposition(ctx) != nil { return nil }

        // "U.S. intervention would trigger a backlash": an event that is the subject of a modal is only possible.
        let after = comps.last?.tokens.upperBound ?? trig.tokens.upperBound
        if after < hi, !ctx.inUnit(after), EventGrammar.modals.contains(ctx.word(after)) || EventGrammar.isNegatedModal(ctx.tokens[after]) {
            c.hypothetical = true
        }
        let start = phraseStart(before: trig.tokens.lowerBound, lo: lo)
        for k in start..<trig.tokens.lowerBound where !ctx.inUnit(k) {
            if Self.hedges.contains(ctx.word(k)) { c.hypothetical = true }
            if ctx.word(k) == "no" { c.negated = true }
        }
        let governor = start - 1
        if c.actors.isEmpty {
            guard governor >= lo else { return nil }
            if let light = lightVerb(endingAt: governor) {
                // The noun is the object of a light verb: "Mexico issued a rebuke", "conducted strikes".
                if triggers.contains(where: { $0.tokens.contains(governor) || $0.tokens.contains(light) }) { return nil }
                let g = VerbGroup.analyze(verb: light, ctx)
                if g.passive { return nil }
                c.actors = subjects.subjects(of: g)
                c.negated = c.negated || g.negated
                c.hypothetical = c.hypothetical || g.modal || Conditions.conditional(before: g.start, ctx)
                c.rule = "noun-object"
                if g.infinitive, g.start - 1 >= lo {
                    let frameWord = g.start - 1
                    if triggers.contains(where: { $0.tokens.contains(frameWord) }) { return nil }
                    let verbal = VerbEventPattern(ctx: ctx, phrases: phrases, subjects: subjects, selector: selector)
                    if verbal.governingTrigger(ofInfinitive: g.start, triggers: triggers, sentence: sentence) != nil { return nil }
                    IntentRecoding.apply(frameVerb: frameWord, to: &c, ctx)
                }
            } else if governor - 1 >= lo, EventGrammar.resultVerbs.contains(ctx.word(governor - 1)),
                      ctx.word(governor) == "in" || ctx.word(governor) == "to" {
                // "an operation by X that resulted in the capture of Maduro": X captured him.
                c.actors = subjects.subjects(of: VerbGroup.analyze(verb: governor - 1, ctx))
                c.rule = "noun-result"
            } else if root == 4 && Self.adjunctPrepositions.contains(ctx.word(governor)) {
                c.actors = adjunctSubjects(preposition: governor, after: trig.tokens.upperBound, sentence: sentence)
                c.rule = "noun-adjunct"
            }
        } else if c.targets.isEmpty, governor >= lo, ctx.isVerbish(governor),
                  let outer = triggers.first(where: { $0.tokens.contains(governor) && !$0.isNoun }),
                  (Int(outer.entry.code.prefix(2)) ?? 0) == 12 {
            // "Sheinbaum rejected an offer from Trump": the offer was made to her.
            c.targets = subjects.subjects(of: VerbGroup.analyze(verb: governor, ctx))
        }
        c.actors = c.actors.filter { !c.targets.contains($0) || c.targets.count > 1 }
        guard !c.actors.isEmpty else { return nil }
        // An appeal, promise, proposal, deal or endorsement made to no one named is a position, not an
        // act between actors: "his pledge to reintroduce waterboarding", "the Paris agreement".
        if root == 4 && c.targets.isEmpty && c.actors.count >= 2 {
            c.symmetric = true
        }
        if c.targets.isEmpty && !c.symmetric && Self.targetedRoots.contains(root) { return nil }
        return c
    }

    /// The agent of a past participle right after an action noun, "(filed|imposed|launched) by X": the
    /// entity after "by" and one past its phrase.
    func participleAgent(after k: Int, limit: Int) -> (entity: Int, end: Int)? {
        var v = k
        if v < limit && !ctx.inUnit(v) && EventGrammar.isAdverb(ctx.tokens[v]) { v += 1 }
        guard v + 2 < limit, !ctx.inUnit(v), ctx.tokens[v].kind == .word, !ctx.tokens[v].isCapitalized,
              ctx.tokens[v].lower.hasSuffix("ed"), !EventGrammar.isFunctionWord(ctx.tokens[v]), ctx.word(v + 1) == "by" else { return nil }
        // "the discussions cited by the Journal", "talks reported by Reuters": the source of a report, not the
        // maker of the act.
        if let cue = ctx.lex.cues.longest(ctx.tokens, at: v, limit: v + 1),
           cue.entries.contains(where: { $0.value.isVerbOfSaying }) {
            return nil
        }
        let e = phrases.end(from: v + 2, limit: limit)
        guard e > v + 2, let h = phrases.reference((v + 2)..<e).head else { return nil }
        return (h, e)
    }

    /// The light verb (with its particle: "carried out", "stepped up") that ends at `k`; returns its first token.
    func lightVerb(endingAt k: Int) -> Int? {
        var v = k
        if EventGrammar.particles.contains(ctx.word(k)) && k > 0 { v = k - 1 }
        guard !ctx.inUnit(v), EventGrammar.lightVerbs.contains(ctx.word(v)) else { return nil }
        // "the plans", "security issues": a noun, not a verb.
        if v > 0 && !ctx.inUnit(v - 1) && (EventGrammar.isDeterminer(ctx.tokens[v - 1]) || ctx.tokens[v - 1].flags.contains(.possessive)) {
            return nil
        }
        return v
    }

    /// The name or possessor written just before the noun, within its phrase: "U.S. [strikes]",
    /// "Trump’s [offer]", "her [call]", "the U.S. military [operation]".
    func modifier(before i: Int, lo: Int) -> (entity: Int, possessive: Bool)? {
        var k = i - 1
        var words = 0
        // "U.S. military operation" where the lexicon phrase starts inside the name.
        if i < ctx.tokens.count && ctx.inUnit(i) { return (ctx.entityOf[i], false) }
        while k >= lo && words <= 3 {
            if ctx.inUnit(k) {
                let end = ctx.unitEnd[k]
                let possessive = end < ctx.tokens.count && ctx.tokens[end].flags.contains(.possessive)
                    || end - ctx.unitStart[k] == 1 && EventGrammar.possessivePronouns.contains(ctx.tokens[ctx.unitStart[k]].lower)
                    && ctx.mentionOf[k] < 0
                return (ctx.entityOf[k], possessive)
            }
            let t = ctx.tokens[k]
            if t.flags.contains(.possessive) || t.kind == .number { k -= 1; continue }
            guard t.kind == .word, !EventGrammar.isFunctionWord(t), !ctx.isVerbish(k) else { return nil }
            words += 1
            k -= 1
        }
        return nil
    }

    /// First token of the noun phrase that ends with the noun at `i`.
    func phraseStart(before i: Int, lo: Int) -> Int {
        var k = i - 1
        while k >= lo {
            if ctx.inUnit(k) { k = ctx.unitStart[k] - 1; continue }
            let t = ctx.tokens[k]
            if t.flags.contains(.possessive) || t.kind == .number { k -= 1; continue }
            guard t.kind == .word else { break }
            if EventGrammar.isDeterminer(t) { k -= 1; continue }
            // "held a call": a light verb the tagger does not know as a verb ends the phrase too, unless
            // it is a participle right before the noun ("renewed discussions").
            if EventGrammar.isFunctionWord(t) || ctx.isVerbish(k) { break }
            if lightVerb(endingAt: k) == k && (k + 1 < i || !t.lower.hasSuffix("ed")) { break }
            if t.flags.contains(.hyphenated) || !t.isCapitalized || k == lo { k -= 1; continue }
            break
        }
        return k + 1
    }

    /// The subject of the clause an adjunct belongs to: the verb after it when the adjunct opens the
    /// sentence ("During a call with Trump, Sheinbaum said …"), else the verb before it.
    private func adjunctSubjects(preposition p: Int, after end: Int, sentence: Sentence) -> [Int] {
        let lo = sentence.tokens.lowerBound, hi = sentence.tokens.upperBound
        if p == lo {
            var k = end
            while k < hi && !ctx.isComma(k) { k += 1 }
            k += 1
            while k < hi {
                if ctx.inUnit(k) { k = ctx.unitEnd[k]; continue }
                if ctx.isHardBoundary(k) { return [] }
                if ctx.isVerbish(k) { return subjects.subjects(of: VerbGroup.analyze(verb: k, ctx)) }
                k += 1
            }
            return []
        }
        var k = p - 1
        while k >= lo {
            if ctx.inUnit(k) { k = ctx.unitStart[k] - 1; continue }
            if ctx.isHardBoundary(k) { return [] }
            if ctx.isVerbish(k) {
                let g = VerbGroup.analyze(verb: k, ctx)
                return g.passive ? [] : subjects.subjects(of: g)
            }
            k -= 1
        }
        return []
    }
}
