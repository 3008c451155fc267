import NewsGraphModel

/// One coded event before it is expanded into actor–target pairs.
struct EventCandidate: Equatable {
    var actors: [Int]
    /// Entity targets; empty for an action without one.
    var targets: [Int]
    var verb: String
    var code: String
    var goldstein: Double?
    var negated = false
    var hypothetical = false
    var trigger: Range<Int>
    /// The pattern that read it ("verb", "passive", "noun-possessor" …), for debugging.
    var rule: String
    /// A consultation between coordinated actors ("Rubio and de la Fuente spoke"): each with the other.
    var symmetric = false

    var root: Int { Int(code.prefix(2)) ?? 0 }
}

/// How an intention changes what is coded: "prepared to strike" is a threat (13), "plans to meet" an
/// intent to cooperate (03); anything else stays what it is, but only intended.
enum IntentRecoding {
    static func recode(_ code: String) -> (code: String, goldstein: Double)? {
        switch Int(code.prefix(2)) ?? 0 {
        case 14...20: return ("138", -7.0)
        case 4...8: return ("030", 4.0)
        default: return nil
        }
    }

    /// An event under an infinitive of intent ("prepared to strike", "plans to meet") takes the frame verb's
    /// negation and modality and is recoded; under any other infinitive it is only intended.
    static func apply(frameVerb: Int, to c: inout EventCandidate, _ ctx: EventContext) {
        guard EventGrammar.intentFrames.contains(ctx.word(frameVerb)) else {
            c.hypothetical = true
            return
        }
        let frame = VerbGroup.analyze(verb: frameVerb, ctx)
        c.negated = frame.negated
        c.hypothetical = frame.modal
        if let r = recode(c.code) {
            c.code = r.code
            c.goldstein = r.goldstein
        } else {
            c.hypothetical = true
        }
        c.rule = "intent"
    }
}

/// Chooses the target among the phrases after a verb or action noun: the phrase introduced by the
/// lexicon's target preposition ("offered troops *to* Mexico", "a meeting *with* Sheinbaum"), else the
/// direct object, else the source of an action noun in the object ("rejected an offer *from* Trump",
/// "rejected Trump’s offer"); then any names coordinated with it ("Maduro and his wife, Cilia Flores").
struct TargetSelector {
    let ctx: EventContext
    let phrases: NounPhrases
    static let defaultPrepositions = ["against", "with"]
    /// Praise and support, investigations, disapproval, rejection, threats and demands aimed at someone's thing
    /// are aimed at them ("praised Obama's decision", "investigating Clinton's emails", "criticized
    /// Sheinbaum's remarks").
    static let possessorIsTargetRoots: Set<Int> = [5, 9, 10, 11, 12, 13, 14]

    func prepositions(_ entry: Lexicons.CameoVerb) -> [String] {
        guard let p = entry.targetPreposition, !p.isEmpty else { return Self.defaultPrepositions }
        return p.split(separator: "|").map { String($0.filter { $0 != " " }) }
    }

    /// The targets and the phrase they were read from.
    func targets(in comps: [Phrase], entry: Lexicons.CameoVerb, directObject: Bool, limit: Int,
                 triggerPreposition: String? = nil) -> (entities: [Int], phrase: Phrase?) {
        var preps = prepositions(entry)
        if let p = triggerPreposition { preps.append(p) }
        // Conflict is "against" its target whatever the verb; fighting "in" a country is fighting it
        // ("a military operation in Venezuela").
        let root = Int(entry.code.prefix(2)) ?? 0
        if (10...20).contains(root) && !preps.contains("against") { preps.append("against") }
        if (18...20).contains(root) && !preps.contains("in") { preps.append("in") }
        // Disapproval, rejection, threats and demands aimed at someone's thing are aimed at them:
        // "frustration with Mexico's progress", "criticized Sheinbaum's remarks".
        let possessorCounts = Self.possessorIsTargetRoots.contains(root)
        for c in comps {
            guard let p = c.preposition, preps.contains(p) else { continue }
            let r = phrases.reference(c.tokens)
            if let h = r.head, acceptable(h, preposition: p) { return (expand(c, first: h, limit: limit), c) }
            // "disagrees with her former boss, President Obama": the name in apposition.
            if r.head == nil, let (h, name) = appositiveName(after: c, limit: limit) { return (expand(name, first: h, limit: limit), name) }
            if r.head == nil, possessorCounts, let o = r.possessor { return ([o], c) }
            // "hacked into the emails of the committee": whose thing it is.
            if r.head == nil, let i = comps.firstIndex(of: c), i + 1 < comps.count, comps[i + 1].preposition == "of",
               comps[i + 1].tokens.lowerBound == c.tokens.upperBound + 1, let h = phrases.reference(comps[i + 1].tokens).head {
                return (expand(comps[i + 1], first: h, limit: limit), comps[i + 1])
            }
        }
        guard directObject, let object = comps.first, object.preposition == nil else { return ([], nil) }
        let r = phrases.reference(object.tokens)
        // What is deployed, sent or given is not whom it is for: "deployed U.S. troops to …", "sent U.S. aid".
        if root == 15 || root == 7, let h = r.head, r.headWord != nil || ctx.doc.entities[h].type == .agency {
            return ([], nil)
        }
        if let h = r.head { return (expand(object, first: h, limit: limit), object) }
        // "criticized his rival, Senator Becker": the name in apposition.
        if let (h, name) = appositiveName(after: object, limit: limit) { return (expand(name, first: h, limit: limit), name) }
        // "needled opponents such as Becker and Dole", "rebuked allies including France".
        if let example = exemplifying(after: object, limit: limit), let h = phrases.reference(example.tokens).head {
            return (expand(example, first: h, limit: limit), example)
        }
        // "rejected the idea of U.S. military action": the action inside the container noun.
        if let word = r.headWord, EventGrammar.containerNouns.contains(word), comps.count > 1, comps[1].preposition == "of",
           let h = phrases.reference(comps[1].tokens).head {
            return (expand(comps[1], first: h, limit: limit), comps[1])
        }
        if possessorCounts, let p = r.possessor { return ([p], object) }
        guard let word = r.headWord, phrases.isEventNoun(word) else { return ([], nil) }
        if let p = r.possessor { return ([p], object) }
        // "an offer from Trump", "the proposal by Washington".
        if comps.count > 1, let p = comps[1].preposition, p == "from" || p == "by" || p == "of",
           let h = phrases.reference(comps[1].tokens).head {
            return ([h], comps[1])
        }
        return ([], nil)
    }

    /// The name after a comma that renames a phrase with no name of its own ("her former boss, President
    /// Obama"), when the name ends there (punctuation, a preposition or the end of the clause follows).
    func appositiveName(after phrase: Phrase, limit: Int) -> (Int, Phrase)? {
        let c = phrase.tokens.upperBound
        guard c + 1 < limit, ctx.isComma(c), ctx.inUnit(c + 1), ctx.unitStart[c + 1] == c + 1 else { return nil }
        let e = ctx.unitEnd[c + 1]
        guard e >= limit || ctx.tokens[e].kind != .word || EventGrammar.isPreposition(ctx.tokens[e]) else { return nil }
        let name = Phrase(preposition: nil, tokens: (c + 1)..<e)
        guard let h = phrases.reference(name.tokens).head else { return nil }
        return (h, name)
    }

    /// The phrase of "such as X" or "including X" right after a phrase: examples of what it names.
    private func exemplifying(after object: Phrase, limit: Int) -> Phrase? {
        var k = object.tokens.upperBound
        if k < limit && ctx.isComma(k) { k += 1 }
        let w = ctx.word(k)
        let previous = ctx.word(k - 1)
        guard w == "including" || w == "as" && previous == "such" else { return nil }
        let e = phrases.end(from: k + 1, limit: limit)
        return e > k + 1 ? Phrase(preposition: w, tokens: (k + 1)..<e) : nil
    }

    /// A place is where something happened, not whom it was done to, unless it is the direct object.
    private func acceptable(_ entity: Int, preposition: String) -> Bool {
        let type = ctx.doc.entities[entity].type
        return type != .location || !(preposition == "in" || preposition == "near" || preposition == "at")
    }

    /// The first target plus names coordinated or in apposition after its phrase.
    func expand(_ phrase: Phrase, first: Int, limit: Int) -> [Int] {
        var out = [first]
        var q = phrase.tokens.upperBound
        var rounds = 0
        while q < limit && rounds < 5 {
            rounds += 1
            var r = q
            if ctx.isComma(r) { r += 1 }
            if r < limit && (ctx.word(r) == "and" || ctx.word(r) == "or") { r += 1 }
            guard r > q, r < limit else { break }
            let e = phrases.end(from: r, limit: limit)
            guard e > r else { break }
            if e < limit && ctx.isVerbish(e) { break }
            if let h = phrases.reference(r..<e).head, !out.contains(h) { out.append(h) }
            q = e
        }
        return out
    }
}
