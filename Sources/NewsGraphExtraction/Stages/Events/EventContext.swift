import NewsGraphModel

/// Per-document lookups shared by the event patterns, built once in O(tokens):
/// which entity each token stands for, and how far each named unit reaches.
///
/// A *unit* is a name with the title written before it ("U.S. Secretary of State Marco Rubio"), or a
/// resolved pronoun or title noun ("she", "the president"). Patterns treat a unit as one word, so
/// that the "of" inside a title or the affiliation "U.S." before it is never read as a phrase of its own.
struct EventContext {
    let doc: AnalyzedDocument
    let tokens: [Token]
    let lex: Lexicons
    /// For each token: the entity of its unit, or -1.
    let entityOf: [Int]
    /// For each token: the first and one-past-last token of its unit, or -1.
    let unitStart: [Int]
    let unitEnd: [Int]
    /// For each token: the mention whose unit covers it, or -1 (pronouns and title nouns have none).
    let mentionOf: [Int]
    /// For each person entity: the government or agency their title is of ("Trump" → United States).
    let governmentOfPerson: [Int: Int]

    init(document doc: AnalyzedDocument, lexicons: Lexicons) {
        self.doc = doc
        self.tokens = doc.tokens
        self.lex = lexicons
        let n = doc.tokens.count
        var entityOf = [Int](repeating: -1, count: n)
        var unitStart = [Int](repeating: -1, count: n)
        var unitEnd = [Int](repeating: -1, count: n)
        var mentionOf = [Int](repeating: -1, count: n)
        for r in doc.references where r.tokens.upperBound <= n && !EventGrammar.isPronounLike(Tokenizer.lower(doc.entities[r.entity].name)) {
            for k in r.tokens {
                entityOf[k] = r.entity
                unitStart[k] = r.tokens.lowerBound
                unitEnd[k] = r.tokens.upperBound
            }
        }
        // Mentions in text order: a titled name written after its affiliation ("U.S." then "Marco Rubio")
        // overwrites the affiliation, so the whole "U.S. Secretary of State Marco Rubio" is one unit.
        for (mi, m) in doc.mentions.enumerated() {
            guard let e = m.entity, m.tokens.upperBound <= n, !m.tokens.isEmpty else { continue }
            // A capitalized pronoun taken for a name ("I", "We") is not an actor.
            if m.tokens.count == 1 && EventGrammar.isPronounLike(doc.tokens[m.tokens.lowerBound].lower) { continue }
            if EventGrammar.isPronounLike(Tokenizer.lower(doc.entities[e].name)) { continue }
            var first = m.tokens.lowerBound
            if let title = m.title {
                while first > 0 && doc.tokens[first - 1].start >= title.start { first -= 1 }
            }
            for k in first..<m.tokens.upperBound {
                entityOf[k] = e
                unitStart[k] = first
                unitEnd[k] = m.tokens.upperBound
                mentionOf[k] = mi
            }
        }
        self.entityOf = entityOf
        self.unitStart = unitStart
        self.unitEnd = unitEnd
        self.mentionOf = mentionOf
        var gov: [Int: Int] = [:]
        for role in doc.roles {
            guard let of = role.of, gov[role.person] == nil, of < doc.entities.count else { continue }
            let t = doc.entities[of].type
            if t == .government || t == .agency { gov[role.person] = of }
        }
        self.governmentOfPerson = gov
    }

    func inUnit(_ k: Int) -> Bool { unitStart[k] >= 0 }

    func sentence(of k: Int) -> Sentence { doc.sentences[doc.sentenceOfToken[k]] }

    /// The lowercased word at `k`, or "" outside the text.
    func word(_ k: Int) -> String { k >= 0 && k < tokens.count ? tokens[k].lower : "" }

    /// True for a token that ends a phrase: sentence punctuation other than the possessive, quotation
    /// marks, dashes and brackets.
    func isHardBoundary(_ k: Int) -> Bool {
        let t = tokens[k]
        switch t.kind {
        case .quote, .dash: return true
        case .punctuation:
            if t.text == "," || t.text == "-" || t.text == "&" { return false }
            return !(t.text == "." && t.flags.contains(.abbreviation))
        default: return false
        }
    }

    func isComma(_ k: Int) -> Bool { tokens[k].kind == .punctuation && tokens[k].text == "," }

    /// True when the token is (very likely) a verb: an auxiliary, a reporting verb, a lexicon verb form
    /// that is never a noun, or an "-ed" word that is not an adjective before a noun.
    func isVerbish(_ k: Int) -> Bool {
        guard k >= 0, k < tokens.count, !inUnit(k) else { return false }
        let t = tokens[k]
        guard t.kind == .word else { return false }
        if EventGrammar.isAuxiliary(t) { return true }
        let w = t.lower
        if EventGrammar.speechVerbs.contains(w) { return true }
        if let cue = lex.cues.longest(tokens, at: k, limit: k + 1), cue.entries.contains(where: { $0.value.kind != "noun" && $0.value.kind != "prep" }) {
            return true
        }
        if t.isCapitalized && !t.flags.contains(.lineStart) && k != sentence(of: k).tokens.lowerBound { return false }
        if EventGrammar.isFunctionWord(t) { return false }
        // Any plain word right after a modal or "did" is a verb: "could initiate", "did not discuss".
        var p = k - 1
        while p >= 0 && (EventGrammar.isAdverb(tokens[p]) || EventGrammar.isNegation(tokens[p]) && tokens[p].lower != "no") && !inUnit(p) { p -= 1 }
        if p >= 0 && !inUnit(p) && (EventGrammar.modals.contains(tokens[p].lower) || EventGrammar.doForms.contains(tokens[p].lower)
            || EventGrammar.isNegatedModal(tokens[p]) || tokens[p].lower.hasSuffix("n't")) {
            return true
        }
        if w.hasSuffix("ing") && w.count > 4 {
            // "is rejecting", "enforcing the doctrine", "while reinforcing cooperation with".
            if p >= 0 && !inUnit(p) && EventGrammar.be.contains(tokens[p].lower) { return true }
            if k + 1 < tokens.count && (inUnit(k + 1) || EventGrammar.isDeterminer(tokens[k + 1]) && tokens[k + 1].lower != "no") {
                return !(k > 0 && (EventGrammar.isDeterminer(tokens[k - 1]) || tokens[k - 1].flags.contains(.possessive)))
            }
        }
        if let hit = lex.cameo.longest(tokens, at: k, limit: k + 1),
           hit.entries.allSatisfy({ $0.value.pos != "noun" }), !w.hasSuffix("ing") {
            return isEdVerbUse(k) || !w.hasSuffix("ed")
        }
        if w.count >= 5 && w.hasSuffix("ed") && !EventGrammar.edNonVerbs.contains(w) { return isEdVerbUse(k) }
        return false
    }

    /// An "-ed" word is an adjective when a determiner or number comes before it or a plain noun after it
    /// ("suspected drug vessels", "55 convicted traffickers"), otherwise a verb.
    private func isEdVerbUse(_ k: Int) -> Bool {
        if k > 0 {
            let p = tokens[k - 1]
            if p.kind == .number || EventGrammar.isDeterminer(p) || p.flags.contains(.possessive) { return false }
        }
        if k + 1 < tokens.count {
            let n = tokens[k + 1]
            if n.kind == .word && !n.isCapitalized && !inUnit(k + 1) && !EventGrammar.isFunctionWord(n)
                && !EventGrammar.particles.contains(n.lower)
                && !n.lower.hasSuffix("ly") && !EventGrammar.isAuxiliary(n) {
                return false
            }
        }
        return true
    }
}
