import NewsGraphModel

/// Events told by a verb: active ("Sheinbaum rejected an offer from Trump"), passive ("Maduro was
/// captured by U.S. special forces"), ditransitive ("offered troops to Mexico"), coordinated
/// ("… and offered"), and infinitives of intent ("threatened to strike", "is prepared to strike").
struct VerbEventPattern {
    let ctx: EventContext
    let phrases: NounPhrases
    let subjects: SubjectFinder
    let selector: TargetSelector

    func read(_ trig: Trigger, in sentence: Sentence, triggers: [Trigger]) -> EventCandidate? {
        let hi = sentence.tokens.upperBound
        let g = VerbGroup.analyze(verb: trig.tokens.lowerBound, ctx)
        var c = EventCandidate(actors: [], targets: [], verb: trig.lemma, code: trig.entry.code,
                               goldstein: trig.entry.goldstein, negated: g.negated, hypothetical: g.modal,
                               trigger: trig.tokens, rule: g.passive ? "passive" : "verb")
        if g.infinitive {
            let governor = g.start - 1
            if governor >= sentence.tokens.lowerBound {
                // "threatened to strike", "an offer to Sheinbaum to deploy troops", "urged Mexico to act":
                // what is offered, threatened or asked for is coded by the governing event.
                if governingTrigger(ofInfinitive: g.start, triggers: triggers, sentence: sentence) != nil { return nil }
                // An intention ("prepared to strike") or a purpose ("to placate Washington").
                IntentRecoding.apply(frameVerb: governor, to: &c, ctx)
            }
        }
        if Conditions.conditional(before: g.start, ctx) { c.hypothetical = true }
        let comps = phrases.complements(after: trig.tokens, limit: hi)
        if g.passive {
            guard let by = comps.first(where: { $0.preposition == "by" }),
                  let agent = phrases.reference(by.tokens).head else { return nil }
            c.actors = selector.expand(by, first: agent, limit: hi)
            c.targets = subjects.subjects(of: g)
            // "Obama's outreach was opposed by Republicans": disapproval of someone's thing is of them.
            if c.targets.isEmpty, TargetSelector.possessorIsTargetRoots.contains(c.root),
               let chunk = subjects.subjectChunk(before: g.start)?.chunk,
               let owner = phrases.reference(chunk).possessor {
                c.targets = [owner]
                c.rule = "passive-possessor"
            }
        } else {
            c.actors = subjects.subjects(of: g)
            guard !c.actors.isEmpty else { return nil }
            // "asked Trump if …", "asked Mook about …": a question put to someone, not an appeal.
            if c.root == 2, let object = comps.first, object.preposition == nil, object.tokens.upperBound < hi,
               Self.reportedClauseOpeners.contains(ctx.word(object.tokens.upperBound)) || ctx.word(object.tokens.upperBound) == "about" {
                return nil
            }
            // "called Cruz “a conviction candidate”", "called it an attack": naming, not an act.
            if let object = comps.first, object.preposition == nil, object.tokens.upperBound < hi,
               isPredicateNoun(at: object.tokens.upperBound) {
                return nil
            }
            var found = selector.targets(in: comps, entry: trig.entry, directObject: true, limit: hi,
                                         triggerPreposition: trig.preposition(ctx))
            if found.entities.isEmpty, let inner = infinitiveAfter(trig.tokens.upperBound, limit: hi) {
                // "threatened to strike Venezuela", "offered to send troops to Mexico".
                let innerComps = phrases.complements(after: inner + 1, limit: hi)
                found = selector.targets(in: innerComps, entry: trig.entry, directObject: true, limit: hi,
                                         triggerPreposition: trig.preposition(ctx))
            }
            if found.entities.isEmpty, trig.entry.pos == "phrasal", Self.sourceIsTargetRoots.contains(c.root),
               let first = comps.first, first.preposition == "from" || first.preposition == "by",
               let h = phrases.reference(first.tokens).head {
                // "rejected an offer from Trump", "condemned remarks by the minister".
                found = ([h], first)
            }
            // "shot himself", "surrounded himself with …": a reflexive act is no event between actors.
            if let object = found.phrase, let h = phrases.reference(object.tokens).head, c.actors.contains(h) { return nil }
            // "refused to change his policy": the subject's own thing is no target of its act.
            c.targets = found.entities.filter { !c.actors.contains($0) }
            // "Ryan, whom Trump criticized, …": an object relative clause is done to what it hangs on.
            if c.targets.isEmpty, let antecedent = objectRelativeAntecedent(subjectOf: g, sentence: sentence), !c.actors.contains(antecedent) {
                c.targets = [antecedent]
                c.rule += "+object-relative"
            }
            // A phrase that holds its object: "charged him with".
            if c.targets.isEmpty, let k = trig.tokens.first(where: { ctx.inUnit($0) && $0 > trig.tokens.lowerBound }) {
                c.targets = [ctx.entityOf[k]]
            }
            if c.targets.isEmpty && !isEvent(withoutTargetAfter: trig, root: c.root, comps: comps, limit: hi) { return nil }
            if c.targets.isEmpty, let w = unnamedActorObject(after: trig, root: c.root, comps: comps) {
                c.rule += "+unnamed-target event_senses:\(w)"
            }
        }
        // "Rubio and de la Fuente spoke", "India and Pakistan sparred": each with the other.
        if c.root == 4 || ctx.lex.eventSenses.reciprocal.contains(c.verb), c.targets.isEmpty, c.actors.count >= 2 {
            c.symmetric = true
            if c.root != 4 { c.rule += "+reciprocal" }
        }
        // "met with Becker", "talked with Kim": a consultation with someone is theirs too.
        if c.root == 4, !c.targets.isEmpty, !g.passive, symmetricWith(trig, comps: comps) { c.symmetric = true }
        return c.actors.isEmpty ? nil : c
    }

    /// The name an object relative clause hangs on: "Ryan, whom Trump criticized" or "Ryan, who Trump
    /// criticized" — a relative pronoun with its own subject before the verb. Nil for a subject relative
    /// ("Ryan, who criticized Trump") or when no name stands before the pronoun.
    func objectRelativeAntecedent(subjectOf g: VerbGroup, sentence: Sentence) -> Int? {
        guard let found = subjects.subjectChunk(before: g.start) else { return nil }
        let r = found.chunk.lowerBound - 1
        guard r > sentence.tokens.lowerBound, !ctx.inUnit(r), ctx.word(r) == "whom" || ctx.word(r) == "who",
              ctx.inUnit(r + 1) else { return nil }   // "who Trump criticized", not "who control Congress refused".
        var a = r - 1
        if ctx.isComma(a) { a -= 1 }
        guard a >= sentence.tokens.lowerBound, ctx.inUnit(a) else { return nil }
        let e = ctx.entityOf[a]
        return e >= 0 ? e : nil
    }

    /// The event an infinitive complements: a trigger right before "to", or one before the phrases
    /// between ("offered troops to Mexico to …", "urged the nation to …").
    func governingTrigger(ofInfinitive to: Int, triggers: [Trigger], sentence: Sentence) -> Trigger? {
        var k = to - 1
        var steps = 0
        while k >= sentence.tokens.lowerBound && steps < 12 {
            if let t = triggers.first(where: { $0.tokens.contains(k) }) {
                return steps == 0 || Self.contentRoots.contains(Int(t.entry.code.prefix(2)) ?? 0) ? t : nil
            }
            if ctx.inUnit(k) { k = ctx.unitStart[k] - 1; steps += 1; continue }
            let t = ctx.tokens[k]
            if t.kind != .word && t.kind != .number && !t.flags.contains(.possessive) { return nil }
            if ctx.isVerbish(k) || EventGrammar.coordinators.contains(t.lower) || EventGrammar.subordinators.contains(t.lower)
                || EventGrammar.relativePronouns.contains(t.lower) {
                return nil
            }
            k -= 1
            steps += 1
        }
        return nil
    }

    /// Events whose infinitive complement is their content, not a second event: appeals, offers and
    /// intentions, demands, rejections, threats.
    static let contentRoots: Set<Int> = [2, 3, 10, 12, 13]
    /// Events that, said about no one in particular, are statements rather than acts.
    static let statementRoots: Set<Int> = [1, 2, 10, 11, 12, 13, 14]
    /// Events aimed at whoever made what they are about: disapproval, rejection, protest.
    static let sourceIsTargetRoots: Set<Int> = [11, 12, 14]

    /// Whether a verb that names no one it is done to still tells an act.
    ///
    /// Not when it reports speech: "warned that …", "asked whether …", or a bare "he asked." after a quote.
    /// Not when an offer, consultation or endorsement has only a thing for its object: "offered
    /// details", "met the criteria", "supports the proposal" say what someone said or thinks, not what
    /// they did to someone. Not when a consultation's preposition finds no one: "met with reporters".
    private func isEvent(withoutTargetAfter trig: Trigger, root: Int, comps: [Phrase], limit: Int) -> Bool {
        let next = trig.tokens.upperBound
        if Self.statementRoots.contains(root), Self.reportedClauseOpeners.contains(ctx.word(next)) { return false }
        if Self.thingObjectRoots.contains(root), let object = comps.first, object.preposition == nil,
           object.tokens.lowerBound == next, phrases.reference(object.tokens).head == nil,
           unnamedActorObject(after: trig, root: root, comps: comps) == nil {
            return false
        }
        if root == 4, trig.preposition(ctx) != nil { return false }
        let ends = next >= limit || ctx.tokens[next].kind == .quote || ctx.isHardBoundary(next) || ctx.isComma(next)
        if ends && comps.isEmpty && Self.bareSpeechRoots.contains(root) { return false }
        return true
    }

    /// The head noun of a direct object that stands for actors left unnamed ("supports some opposition
    /// groups", "armed the rebels"; `unnamed-actor` in event_senses) after an offer, consultation, support or
    /// aid: an event with no named target rather than a view of a thing ("supports the proposal").
    private func unnamedActorObject(after trig: Trigger, root: Int, comps: [Phrase]) -> String? {
        guard Self.thingObjectRoots.contains(root), let object = comps.first, object.preposition == nil,
              object.tokens.lowerBound == trig.tokens.upperBound,
              !ctx.word(object.tokens.lowerBound).hasSuffix("ing") else { return nil }   // "supports squeezing out immigrants"
        let ref = phrases.reference(object.tokens)
        guard ref.head == nil, let w = ref.headWord, ctx.lex.eventSenses.unnamedActors.contains(w) else { return nil }
        return w
    }

    /// Words that open what was said, asked or warned: the verb reports speech.
    static let reportedClauseOpeners: Set<String> = ["that", "if", "whether", "why", "how", "what", "who", "when", "where"]
    /// Events between actors that, done to a thing, are not events: offers, consultations, support, aid and
    /// cooperation ("offered details", "aid efforts"). An appeal for a thing is one: "requested an explanation".
    static let thingObjectRoots: Set<Int> = [3, 4, 5, 6, 7]
    /// Events that, with nothing after them ("he asked.", "what he has to offer,"), report speech.
    static let bareSpeechRoots: Set<Int> = [2, 3, 10, 13]

    /// A second noun phrase right after the object: an article or an opening quotation mark.
    private func isPredicateNoun(at k: Int) -> Bool {
        let t = ctx.tokens[k]
        return t.kind == .quote || !ctx.inUnit(k) && (t.lower == "a" || t.lower == "an")
    }

    /// A consultation whose target is introduced by "with" (in the phrase or right after it).
    private func symmetricWith(_ trig: Trigger, comps: [Phrase]) -> Bool {
        if trig.preposition(ctx) == "with" { return true }
        return comps.first?.preposition == "with"
    }

    /// The verb of "to VERB" right after position `k` (skipping an adverb), if any.
    private func infinitiveAfter(_ k: Int, limit: Int) -> Int? {
        var p = k
        while p < limit && EventGrammar.isAdverb(ctx.tokens[p]) { p += 1 }
        guard p + 1 < limit, ctx.word(p) == "to", !phrases.startsNounPhrase(p + 1, limit: limit) else { return nil }
        return p + 1
    }
}

/// Conditional clauses: an event after "if" or "unless" in its sentence is hypothetical.
enum Conditions {
    static func conditional(before k: Int, _ ctx: EventContext) -> Bool {
        let lo = ctx.sentence(of: max(0, min(k, ctx.tokens.count - 1))).tokens.lowerBound
        var p = k - 1
        while p >= lo {
            if ctx.isHardBoundary(p) && ctx.tokens[p].text != "," { return false }
            if !ctx.inUnit(p) && EventGrammar.conditionals.contains(ctx.tokens[p].lower) { return true }
            p -= 1
        }
        return false
    }
}
