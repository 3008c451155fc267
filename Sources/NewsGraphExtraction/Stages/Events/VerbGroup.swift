/// The auxiliaries, modals, negation and adverbs written before a verb, and what they say about it:
/// "has not yet rejected" (negated), "could launch" (modal), "was captured" (passive), "to strike"
/// (infinitive), "while reinforcing" (participle without auxiliary).
struct VerbGroup: Equatable {
    /// First token of the group: an auxiliary, an adverb, "to", or the verb itself.
    var start: Int
    var verb: Int
    var negated = false
    var modal = false
    var passive = false
    var infinitive = false
    /// An "-ing" form with no auxiliary: a participle or gerund whose subject is found elsewhere.
    var participle = false

    init(start: Int, verb: Int) {
        self.start = start
        self.verb = verb
    }

    static func analyze(verb: Int, _ ctx: EventContext) -> VerbGroup {
        let sentenceStart = ctx.sentence(of: verb).tokens.lowerBound
        var g = VerbGroup(start: verb, verb: verb)
        if EventGrammar.modals.contains(ctx.tokens[verb].lower) || EventGrammar.isNegatedModal(ctx.tokens[verb]) { g.modal = true }
        if EventGrammar.isNegation(ctx.tokens[verb]) && ctx.tokens[verb].lower != "no" { g.negated = true }
        var sawBe = false
        var sawAuxiliary = false
        var k = verb - 1
        while k >= sentenceStart && !ctx.inUnit(k) {
            let t = ctx.tokens[k]
            guard t.kind == .word else { break }
            let w = t.lower
            if EventGrammar.isNegation(t) {
                // "no" is a determiner, not verb negation ("no strikes").
                if w == "no" { break }
                g.negated = true
                if EventGrammar.isNegatedModal(t) { g.modal = true }
                sawAuxiliary = sawAuxiliary || w != "not" && w != "never"
            } else if EventGrammar.modals.contains(w) {
                g.modal = true
                sawAuxiliary = true
            } else if EventGrammar.be.contains(w) || w == "get" || w == "got" || w == "gets" || w == "getting" {
                sawBe = true
                sawAuxiliary = true
            } else if EventGrammar.have.contains(w) || EventGrammar.doForms.contains(w) {
                sawAuxiliary = true
            } else if w == "to" {
                g.infinitive = true
                k -= 1
                break
            } else if EventGrammar.isAdverb(t) {
                // adverbs inside the group
            } else {
                break
            }
            k -= 1
        }
        g.start = k + 1
        let w = ctx.tokens[verb].lower
        let ing = w.hasSuffix("ing")
        g.passive = sawBe && !ing
        g.participle = ing && !sawAuxiliary && !g.infinitive
        return g
    }
}
