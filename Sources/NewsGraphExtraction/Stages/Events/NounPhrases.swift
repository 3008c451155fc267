import NewsGraphModel

/// A noun phrase, with the preposition that introduces it (nil for a subject or a direct object).
struct Phrase: Equatable {
    var preposition: String?
    var tokens: Range<Int>
}

/// Who a noun phrase names: the entity at its head ("U.S. special forces", "Mexican authorities",
/// "the Trump administration"), and separately its possessor ("Trump’s offer", "her call").
struct PhraseReference: Equatable {
    var head: Int?
    var possessor: Int?
    /// The last word of the phrase when it is not part of a name ("offer" in "Trump’s offer").
    var headWord: String?
}

/// Finds noun phrases left and right of a position, and what they refer to.
struct NounPhrases {
    let ctx: EventContext
    static let maxLength = 10

    /// One past the end of the noun phrase that starts at `start` (`start` itself when none does).
    func end(from start: Int, limit: Int) -> Int {
        let tokens = ctx.tokens
        var p = start
        while p < limit && p - start < Self.maxLength {
            if ctx.inUnit(p) { p = min(limit, ctx.unitEnd[p]); continue }
            let t = tokens[p]
            if t.flags.contains(.possessive) { p += 1; continue }
            // "criticized Tom Becker four times": a count after a person's name is an adjunct, not a modifier.
            if p > start && ctx.inUnit(p - 1) && isCount(p) && ctx.entityOf[p - 1] >= 0
                && ctx.doc.entities[ctx.entityOf[p - 1]].type == .person {
                break
            }
            if t.kind == .number { p += 1; continue }
            guard t.kind == .word else { break }
            let w = t.lower
            if p == start && EventGrammar.isDeterminer(t) { p += 1; continue }
            if EventGrammar.isDeterminer(t) && !EventGrammar.relativePronouns.contains(w) && w != "no" { p += 1; continue }
            if EventGrammar.isPreposition(t) || EventGrammar.coordinators.contains(w) || EventGrammar.subordinators.contains(w)
                || EventGrammar.relativePronouns.contains(w) || EventGrammar.isAuxiliary(t) || EventGrammar.isNegation(t) {
                break
            }
            // "attacks on Tom Becker drew applause": a past-tense form right after a name is the next verb, not a
            // word of the phrase.
            if p > start && ctx.inUnit(p - 1) && !t.isCapitalized && w.count > 4 && w.hasSuffix("ed")
                && !t.flags.contains(.hyphenated) {
                break
            }
            // A word right after an article is a noun, whatever else it can be ("the emails", "a call").
            if ctx.isVerbish(p) && !(p > start && EventGrammar.articles.contains(ctx.word(p - 1))) { break }
            if EventGrammar.pronouns.contains(w) {
                // An unresolved pronoun is a whole phrase.
                if p == start { p += 1 }
                break
            }
            // An adverb between a verb and its object ("rejected outright the offer") is not a phrase.
            if p == start && EventGrammar.isAdverb(t) { break }
            p += 1
        }
        return p
    }

    /// A number in digits or words (function_words: number-word).
    func isCount(_ k: Int) -> Bool {
        let t = ctx.tokens[k]
        return t.kind == .number || t.kind == .word && ctx.lex.functionWords[t.lower]?.contains("number-word") == true
    }

    /// The phrases after a verb or noun: a direct object and prepositional phrases, up to the end of the
    /// clause (punctuation, a connective, another verb) or `limit`.
    func complements(after start: Int, limit: Int, maxCount: Int = 4) -> [Phrase] {
        var out: [Phrase] = []
        var p = start
        while p < limit && out.count < maxCount {
            let t = ctx.tokens[p]
            var prep: String?
            if !ctx.inUnit(p) && EventGrammar.isPreposition(t) {
                if t.lower == "to" && !startsNounPhrase(p + 1, limit: limit) { break }
                prep = t.lower
                p += 1
                // "out of", "because of", "on behalf of": keep the last preposition.
                while p < limit && !ctx.inUnit(p) && EventGrammar.isPreposition(ctx.tokens[p]) {
                    prep = ctx.tokens[p].lower
                    p += 1
                }
            } else if !ctx.inUnit(p) && EventGrammar.particles.contains(t.lower) && out.isEmpty && p == start {
                p += 1   // "turned down the offer" when the phrasal verb was not in the lexicon
                continue
            }
            guard p < limit else { break }
            let e = end(from: p, limit: limit)
            if e == p { break }
            out.append(Phrase(preposition: prep, tokens: p..<e))
            p = e
        }
        return out
    }

    /// The phrases after a trigger; a trigger that ends with its preposition ("meeting with", "crack down on")
    /// gives it to the phrase that follows.
    func complements(after trigger: Range<Int>, limit: Int) -> [Phrase] {
        var comps = complements(after: trigger.upperBound, limit: limit)
        let last = trigger.upperBound - 1
        if trigger.count > 1, EventGrammar.isPreposition(ctx.tokens[last]), !comps.isEmpty, comps[0].preposition == nil,
           comps[0].tokens.lowerBound == trigger.upperBound {
            comps[0].preposition = ctx.tokens[last].lower
        }
        return comps
    }

    /// True when a noun phrase (not a bare verb) starts at `k`: a name, determiner, number, possessive
    /// pronoun or a capitalized word.
    func startsNounPhrase(_ k: Int, limit: Int) -> Bool {
        guard k < limit else { return false }
        if ctx.inUnit(k) { return true }
        let t = ctx.tokens[k]
        if t.kind == .number { return true }
        guard t.kind == .word else { return false }
        if EventGrammar.isDeterminer(t) || t.isCapitalized { return true }
        if EventGrammar.pronouns.contains(t.lower) { return true }
        // A plain lowercase word after "to" is a noun only when it is not a verb form of the lexicon.
        if lexiconVerbForm(k) { return false }
        return !ctx.isVerbish(k) && ctx.tokens[k].lower.hasSuffix("s")
    }

    private func lexiconVerbForm(_ k: Int) -> Bool {
        guard let hit = ctx.lex.cameo.longest(ctx.tokens, at: k) else { return false }
        return hit.entries.contains { $0.value.pos != "noun" }
    }

    /// What the phrase `range` names: its head entity (the last name in it, with the rules for country
    /// adjectives and "X administration"), and its possessor.
    func reference(_ range: Range<Int>) -> PhraseReference {
        var result = PhraseReference()
        guard !range.isEmpty else { return result }
        let tokens = ctx.tokens
        var p = range.lowerBound
        var lastUnit: (start: Int, end: Int, entity: Int)?
        var headWord: String?
        while p < range.upperBound {
            if ctx.inUnit(p) {
                let s = max(ctx.unitStart[p], range.lowerBound), e = min(ctx.unitEnd[p], range.upperBound)
                let entity = ctx.entityOf[p]
                let possessiveAfter = e < range.upperBound && tokens[e].flags.contains(.possessive)
                // "her offer" (possessive) but "told her" (object).
                let possessivePronoun = e - s == 1 && EventGrammar.possessivePronouns.contains(tokens[s].lower)
                    && ctx.mentionOf[s] < 0 && e < range.upperBound
                if possessiveAfter || possessivePronoun {
                    result.possessor = entity
                    lastUnit = nil
                } else {
                    lastUnit = (s, e, entity)
                }
                headWord = nil
                p = e
                continue
            }
            let t = tokens[p]
            // "criticized Clinton last week", "met Obama this month": a time after the name ends the phrase.
            if lastUnit != nil, EventGrammar.timeDeictics.contains(t.lower) { break }
            if t.kind == .word && !t.flags.contains(.possessive) && !EventGrammar.isDeterminer(t) { headWord = t.lower }
            p += 1
        }
        result.headWord = headWord
        guard let unit = lastUnit else { return result }
        // "Mexicans oppose …": the people, not the state.
        if headWord == nil, ctx.mentionOf[unit.start] >= 0, ctx.doc.mentions[ctx.mentionOf[unit.start]].isDemonym {
            return result
        }
        // A name followed by a plain noun modifies it: "U.S. military intervention", "Mexican authorities",
        // "the Trump administration". Decide what the whole phrase stands for.
        if let head = headWord {
            let mention = ctx.mentionOf[unit.start] >= 0 ? ctx.doc.mentions[ctx.mentionOf[unit.start]] : nil
            let type = ctx.doc.entities[unit.entity].type
            if type == .person {
                if EventGrammar.governmentOfPerson.contains(head) || head == "house" {
                    result.head = ctx.governmentOfPerson[unit.entity]
                    return result
                }
                // "Trump supporters", "Maduro loyalists": not the person.
                if !isEventNoun(head) { return result }
            } else if mention?.isDemonym == true {
                // "Mexican authorities" is Mexico; "Mexican cartels" is not.
                if !EventGrammar.stateAgentNouns.contains(head) && !isEventNoun(head) { return result }
            } else if type == .location {
                if !EventGrammar.stateAgentNouns.contains(head) && !isEventNoun(head) { return result }
            }
        }
        result.head = unit.entity
        return result
    }

    /// True when `word` is an action noun of the lexicon ("offer", "strikes", "intervention").
    func isEventNoun(_ word: String) -> Bool {
        ctx.lex.cameo.contains(firstToken: word) || EventGrammar.actionNouns.contains(word)
    }
}

extension EventGrammar {
    /// Words that open examples of what the phrase before them names: "opponents such as …", "including …".
    static let exampleOpeners: Set<String> = ["including", "like"]
    static let articles: Set<String> = ["the", "a", "an"]
    /// Words that open a time adjunct after a noun phrase: "last week", "this month", "earlier this year".
    static let timeDeictics: Set<String> = ["last", "this", "next", "earlier", "later", "yesterday", "today",
                                            "tonight", "tomorrow", "recently"]
    /// Nouns that hold an action in their "of" phrase: "the idea of U.S. military action".
    static let containerNouns: Set<String> = ["idea", "notion", "possibility", "prospect", "threat", "risk",
                                              "spectre", "specter", "concept", "suggestion", "option"]
    /// Particles of phrasal verbs that may follow a verb the lexicon lists without them.
    static let particles: Set<String> = ["down", "up", "out", "back", "off", "away"]
    /// General nouns for actions that stand for what their modifier did ("U.S. actions", "Mexican efforts").
    static let actionNouns: Set<String> = ["action", "actions", "activity", "activities", "efforts", "effort",
                                           "moves", "move", "involvement", "policy", "policies", "measures",
                                           "presence", "participation", "role", "plans", "plan", "campaign",
                                           "demands", "pressure", "intervention", "interventions", "stance"]
}
