import NewsGraphModel

/// A word or phrase of the CAMEO lexicon found in a sentence, read as a verb or as an action noun.
struct Trigger: Equatable {
    var tokens: Range<Int>
    var entry: Lexicons.CameoVerb
    var isNoun: Bool

    /// The preposition a phrase ends with ("meeting with", "call for"): it introduces the target.
    func preposition(_ ctx: EventContext) -> String? {
        let last = tokens.upperBound - 1
        guard tokens.count > 1, EventGrammar.isPreposition(ctx.tokens[last]) else { return nil }
        return ctx.tokens[last].lower
    }

    /// The lexicon key without its sense mark: "offer (n)" → "offer".
    var lemma: String {
        guard let paren = entry.phrase.firstIndex(of: "(") else { return entry.phrase }
        var lemma = entry.phrase[..<paren]
        while lemma.last == " " { lemma.removeLast() }
        return String(lemma)
    }
}

/// Finds the lexicon's verbs and action nouns in a sentence and decides, from the words around an
/// ambiguous form ("strike", "offer", "call"), whether it is used as a verb or a noun.
struct TriggerFinder {
    let ctx: EventContext

    func triggers(in sentence: Sentence) -> [Trigger] {
        var out: [Trigger] = []
        let tokens = ctx.tokens
        let end = sentence.tokens.upperBound
        var i = sentence.tokens.lowerBound
        while i < end {
            let t = tokens[i]
            guard t.kind == .word else { i += 1; continue }
            let contiguous = ctx.lex.cameo.longest(tokens, at: i, limit: end)
            let gapped = (contiguous?.length ?? 0) <= 1 ? gappedPhrase(at: i, limit: end) : nil
            guard let hit = gapped ?? contiguous else {
                i += 1
                continue
            }
            // Inside a name only when the phrase runs past it: "U.S. [military operation]".
            if ctx.inUnit(i) && (i + hit.length <= ctx.unitEnd[i] || i != ctx.unitEnd[i] - 1) {
                i = max(i + 1, ctx.unitEnd[i])
                continue
            }
            // An idiom the lexicon marks as no event (code `-`: "struck a tone", "talked about") hides
            // the event words inside it.
            if hit.entries.allSatisfy({ $0.value.code.isEmpty }) {
                i += hit.length
                continue
            }
            // A capitalized word inside a sentence is part of a name ("Operation Sovereign Shield").
            if t.isCapitalized && !isClauseInitial(i, sentence) && !ctx.inUnit(i) {
                i += 1
                continue
            }
            if let reading = choose(hit.entries.map(\.value), at: i, length: hit.length, sentence: sentence) {
                out.append(Trigger(tokens: i..<(i + hit.length), entry: reading.entry, isNoun: reading.isNoun))
                // "rejected an offer from Trump": the offer is an event of its own.
                let last = i + hit.length - 1
                if hit.length > 1, !reading.isNoun, let inner = ctx.lex.cameo.longest(tokens, at: last, limit: last + 1),
                   let noun = inner.entries.first(where: { $0.value.pos == "noun" }) {
                    out.append(Trigger(tokens: last..<(last + 1), entry: noun.value, isNoun: true))
                }
            }
            i += hit.length
        }
        return out
    }

    /// Prepositions after which a bare base form is a noun: "support among voters", "support from the party".
    static let nounFollowers: Set<String> = ["of", "among", "from"]

    /// How many modifiers may stand inside a verb+object phrase: "imposed [tough new] sanctions".
    static let maxGap = 3

    /// A verb+object phrase of the lexicon with modifiers after its first word ("imposed tough new
    /// sanctions" for "impose sanctions"); its length counts the modifiers.
    func gappedPhrase(at i: Int, limit: Int) -> (length: Int, entries: [PhraseTable<Lexicons.CameoVerb>.Entry])? {
        let tokens = ctx.tokens
        guard ctx.lex.cameo.contains(firstToken: tokens[i].lower) else { return nil }
        var g = 0
        while g < Self.maxGap {
            let k = i + 1 + g
            guard k + 1 < limit, isModifier(k) else { return nil }
            g += 1
            let rest = tokens[(i + 1 + g)..<min(limit, i + 1 + g + 8)]
            let probe = [tokens[i]] + rest
            if let hit = ctx.lex.cameo.longest(probe, at: 0), hit.length >= 2,
               hit.entries.contains(where: { $0.value.pos == "phrasal" && !$0.value.code.isEmpty }) {
                return (hit.length + g, hit.entries.filter { $0.value.pos == "phrasal" })
            }
        }
        return nil
    }

    /// A lowercase content word that is not a verb: an adjective or noun modifier.
    private func isModifier(_ k: Int) -> Bool {
        let t = ctx.tokens[k]
        return t.kind == .word && !t.isCapitalized && !ctx.inUnit(k) && !EventGrammar.isFunctionWord(t) && !ctx.isVerbish(k)
    }

    private func isClauseInitial(_ i: Int, _ s: Sentence) -> Bool {
        if i == s.tokens.lowerBound { return true }
        let p = ctx.tokens[i - 1]
        return p.kind == .quote || p.kind == .dash || p.text == ":" || p.text == "("
    }

    /// Picks the verb or the noun reading of an ambiguous form.
    func choose(_ entries: [Lexicons.CameoVerb], at i: Int, length: Int, sentence: Sentence) -> (entry: Lexicons.CameoVerb, isNoun: Bool)? {
        let verbs = entries.filter { $0.pos != "noun" }
        let nouns = entries.filter { $0.pos == "noun" }
        let tokens = ctx.tokens
        let prev = i > sentence.tokens.lowerBound ? i - 1 : nil
        let next = i + length < sentence.tokens.upperBound ? i + length : nil
        let w = tokens[i].lower
        if let v = verbs.first, nouns.isEmpty {
            // "the bombing of …", "her call for …": a gerund or phrase used as a noun. A one-word form after
            // a determiner is a noun of its own ("a decline in the polls", "the support"), an event only
            // if the lexicon lists it as one.
            if let p = prev, !ctx.inUnit(p) || EventGrammar.possessivePronouns.contains(tokens[p].lower),
               EventGrammar.isDeterminer(tokens[p]) && tokens[p].lower != "that" || tokens[p].flags.contains(.possessive) {
                return (w.hasSuffix("ing") || length > 1) && !w.hasSuffix("ed") ? (v, true) : nil
            }
            // "his tax returns", "the peace talks": a one-word form after a determiner and a modifier is the head
            // of a noun phrase.
            if length == 1, let p = prev, p - 1 >= sentence.tokens.lowerBound, !ctx.inUnit(p), !ctx.inUnit(p - 1),
               tokens[p].kind == .word, !tokens[p].isCapitalized, !EventGrammar.isFunctionWord(tokens[p]), !ctx.isVerbish(p),
               !EventGrammar.isAdverb(tokens[p]),
               !EventGrammar.timeDeictics.contains(tokens[p - 1].lower) || !ctx.inUnit(max(sentence.tokens.lowerBound, p - 2)),   // "Becker last week criticized"
               EventGrammar.isDeterminer(tokens[p - 1]) || tokens[p - 1].flags.contains(.possessive)
                || EventGrammar.isPreposition(tokens[p - 1]) && tokens[p - 1].lower != "to" || tokens[p - 1].kind == .number {
                return nil
            }
            // "shore up support", "with support", "for support": a bare base form after a particle or a
            // preposition (not the infinitive "to") is a noun; so is one before "of", "among" or "from"
            // ("Latino support among", "support from the party").
            if length == 1, w == v.phrase {
                if let p = prev, !ctx.inUnit(p), tokens[p].lower != "to",
                   EventGrammar.isPreposition(tokens[p]) || EventGrammar.particles.contains(tokens[p].lower) {
                    return nil
                }
                // ... unless a verb's own frame comes before it: "to apologize for", "would meet with", "they support".
                let verbFrame = prev.map { p in
                    let pt = tokens[p]
                    return pt.lower == "to" || EventGrammar.isAuxiliary(pt) || EventGrammar.isNegation(pt)
                        || EventGrammar.pronouns.contains(pt.lower) || EventGrammar.relativePronouns.contains(pt.lower)
                        || EventGrammar.isAdverb(pt)
                } ?? false
                if !verbFrame, let nx = next, Self.nounFollowers.contains(tokens[nx].lower) { return nil }
            }
            return (v, false)
        }
        guard let n = nouns.first else { return nil }
        // A noun form used as a verb ("Trump calls Cruz", "what he calls …") is not the action noun.
        guard let v = verbs.first else { return readsAsVerb(at: i, length: length, sentence: sentence) ? nil : (n, true) }
        if let p = prev {
            let pt = tokens[p]
            if ctx.inUnit(p) && ctx.unitEnd[p] == i {
                // "Russia strikes Ukraine" (verb) vs "U.S. strikes on boats" (noun).
                if let nx = next, ctx.inUnit(nx) || EventGrammar.isDeterminer(tokens[nx]) && tokens[nx].lower != "no" {
                    return (v, false)
                }
                return (n, true)
            }
            let pw = pt.lower
            if EventGrammar.isAuxiliary(pt) || pw == "to" || EventGrammar.isNegation(pt) && pw != "no"
                || EventGrammar.pronouns.contains(pw) && !EventGrammar.possessivePronouns.contains(pw)
                || EventGrammar.relativePronouns.contains(pw) && pw != "that" || EventGrammar.isAdverb(pt) {
                return (v, false)
            }
            if EventGrammar.isDeterminer(pt) || pt.flags.contains(.possessive) || pt.kind == .number
                || EventGrammar.isPreposition(pt) {
                return (n, true)
            }
            if pt.kind == .word && !EventGrammar.isFunctionWord(pt) && !ctx.isVerbish(p) {
                return (n, true)   // "military strikes", "phone call"
            }
        }
        if let nx = next, tokens[nx].lower == "of" { return (n, true) }
        if w.hasSuffix("ed") { return (v, false) }
        return (n, true)
    }

    /// True when the words around a form with only a noun reading show it used as a verb: after an
    /// auxiliary, "to", a subject or relative pronoun ("what he calls"), or between a name and its object
    /// ("Trump calls Cruz").
    func readsAsVerb(at i: Int, length: Int, sentence: Sentence) -> Bool {
        guard i > sentence.tokens.lowerBound else { return false }
        let tokens = ctx.tokens
        let p = i - 1
        let next = i + length < sentence.tokens.upperBound ? i + length : nil
        if ctx.inUnit(p) && ctx.unitEnd[p] == i {
            // "the U.S. removal of Maduro": a phrase that ends in its preposition is a noun there.
            guard let nx = next, !EventGrammar.isPreposition(tokens[i + length - 1]) else { return false }
            return ctx.inUnit(nx) || EventGrammar.isDeterminer(tokens[nx]) && tokens[nx].lower != "no"
                || EventGrammar.pronouns.contains(tokens[nx].lower)
        }
        let pt = tokens[p], pw = pt.lower
        return EventGrammar.isAuxiliary(pt) || pw == "to" || EventGrammar.isNegation(pt) && pw != "no"
            || EventGrammar.pronouns.contains(pw) && !EventGrammar.possessivePronouns.contains(pw)
            || EventGrammar.relativePronouns.contains(pw) && pw != "that"
    }
}
