/// Finds who does what a verb says.
///
/// The subject is the noun phrase before the verb group, found by walking left over the clause:
/// names with their titles are single units, a relative pronoun ("Trump, who offered …") hands over to
/// its antecedent, an appositive between commas ("Castañeda, a former minister, told …") is skipped.
/// A verb that hangs on another — coordinated ("… and offered"), a participle ("while reinforcing"), an
/// infinitive ("took steps to placate") — takes the subject of the verb it hangs on; with verbs such as
/// "urge" or "ask" the infinitive's subject is their object ("urged Mexico to act").
struct SubjectFinder {
    let ctx: EventContext
    let phrases: NounPhrases
    static let maxDepth = 3

    enum Link { case none, coordinated, participle, infinitive }

    /// The entities of the subject of the verb group; empty when it is not a known entity.
    func subjects(of g: VerbGroup, depth: Int = 0) -> [Int] {
        let link = self.link(of: g)
        // "Tom Becker, who has led the state since 2019, criticized …": the subject is before the relative clause.
        if link == .coordinated, let comma = relativeClauseOpening(endingAt: g.start - 1) {
            let found = clauseSubjects(before: comma)
            if !found.isEmpty { return found }
        }
        if link != .none && depth < Self.maxDepth, let found = viaGoverningVerb(g, link: link, depth: depth) {
            return found
        }
        return clauseSubjects(before: g.start)
    }

    /// The comma before ", who|which … ," (or an apposition holding a relative clause) when the comma at
    /// `end` closes it.
    func relativeClauseOpening(endingAt end: Int) -> Int? {
        guard end >= 0, ctx.isComma(end) else { return nil }
        let lo = ctx.sentence(of: end).tokens.lowerBound
        var k = end - 1
        var steps = 0
        var sawRelative = false
        while k > lo && steps < Self.maxRelativeClause {
            if ctx.inUnit(k) { k = ctx.unitStart[k] - 1; steps += 1; continue }
            if ctx.isHardBoundary(k) && !ctx.isComma(k) { return nil }
            if ctx.isComma(k) { return sawRelative ? k : nil }
            let w = ctx.word(k)
            // ", who …," or an apposition holding one: ", the former mayor of Boston who …,".
            if w == "who" || w == "which" { sawRelative = true }
            k -= 1
            steps += 1
        }
        return nil
    }

    /// How many words a relative clause between a subject and its verb may have.
    static let maxRelativeClause = 30

    func link(of g: VerbGroup) -> Link {
        if g.infinitive { return .infinitive }
        let p = g.start - 1
        guard p >= ctx.sentence(of: g.verb).tokens.lowerBound else { return .none }
        let w = ctx.word(p)
        if w == "and" || w == "or" || w == "but" || ctx.isComma(p) { return .coordinated }
        if g.participle && EventGrammar.adjunctOpeners.contains(w) { return .participle }
        return .none
    }

    /// The subject of the verb that `g` hangs on; nil when there is none in the sentence.
    private func viaGoverningVerb(_ g: VerbGroup, link: Link, depth: Int) -> [Int]? {
        let lo = ctx.sentence(of: g.verb).tokens.lowerBound
        var k = g.start - 1
        while k >= lo {
            if ctx.inUnit(k) {
                // "Clinton went up against Sanders, debated Obama …": a name opening the clause, followed by a
                // plain word the tagger does not know as a verb, is the subject of the first verb of the list.
                if link == .coordinated, let name = clauseOpeningSubject(unitEndingAt: k, lo: lo) { return [name] }
                k = ctx.unitStart[k] - 1
                continue
            }
            if ctx.isHardBoundary(k) { return nil }
            if ctx.isVerbish(k) {
                if link == .infinitive && EventGrammar.objectControl.contains(ctx.word(k)) && k + 1 < g.start {
                    // "urged the nation to manage …": the phrase between the verb and "to".
                    let object = phrases.reference((k + 1)..<g.start)
                    return object.head.map { [$0] } ?? []
                }
                return subjects(of: VerbGroup.analyze(verb: k, ctx), depth: depth + 1)
            }
            k -= 1
        }
        return nil
    }

    /// The entity of the name unit ending at `k` when it opens its clause (sentence start, or after a comma
    /// or coordinator that follows no name) and a lowercase content word follows it that is no noun of
    /// office ("the Trump administration"): an untagged verb after its subject.
    private func clauseOpeningSubject(unitEndingAt k: Int, lo: Int) -> Int? {
        let start = ctx.unitStart[k], end = ctx.unitEnd[k]
        guard ctx.entityOf[k] >= 0, end < ctx.tokens.count else { return nil }
        // "His rival, Hillary Clinton, captured …": a possessive pronoun opens a noun phrase, not a clause.
        if EventGrammar.possessivePronouns.contains(ctx.tokens[start].lower) { return nil }
        let before = start - 1
        guard before < lo || ctx.isComma(before) && (before - 1 < lo || !ctx.inUnit(before - 1)) else { return nil }
        let next = ctx.tokens[end]
        guard next.kind == .word, !next.isCapitalized, !ctx.inUnit(end), !EventGrammar.isFunctionWord(next),
              !EventGrammar.isAdverb(next), !next.flags.contains(.possessive), !ctx.tokens[end - 1].flags.contains(.possessive),
              !EventGrammar.stateAgentNouns.contains(next.lower), !EventGrammar.governmentOfPerson.contains(next.lower),
              !next.lower.hasSuffix("ing") || ctx.isVerbish(end) else { return nil }
        return ctx.entityOf[k]
    }

    /// The subject phrase written before position `start` in its clause.
    func clauseSubjects(before start: Int) -> [Int] {
        guard let found = subjectChunk(before: start) else { return [] }
        var chunk = found.chunk
        // "linked to [an operation in Venezuela] that resulted in …": the antecedent, not its preposition.
        if found.relative, chunk.count > 1, !ctx.inUnit(chunk.lowerBound), EventGrammar.isPreposition(ctx.tokens[chunk.lowerBound]) {
            chunk = (chunk.lowerBound + 1)..<chunk.upperBound
        }
        let subjects = resolve(chunk)
        // "Her predecessor, Andrés Manuel López Obrador, criticized …": the name is in the appositive;
        // "Proponents, including the Conference of Mayors, have urged …": the named example.
        if subjects.isEmpty, var appositive = found.appositive {
            if EventGrammar.exampleOpeners.contains(ctx.word(appositive.lowerBound)) {
                appositive = (appositive.lowerBound + 1)..<appositive.upperBound
                // "Proponents, including the Conference of Mayors, …": the article before the name.
                if !appositive.isEmpty, !ctx.inUnit(appositive.lowerBound), EventGrammar.articles.contains(ctx.word(appositive.lowerBound)) {
                    appositive = (appositive.lowerBound + 1)..<appositive.upperBound
                }
            }
            if !appositive.isEmpty, ctx.unitStart[appositive.lowerBound] >= 0, let h = phrases.reference(appositive).head {
                return [h]
            }
        }
        // "members of the Saudi government, which has denied …": the name the relative clause hangs on.
        if subjects.isEmpty, found.relative, let h = phrases.reference(chunk).head { return [h] }
        return subjects
    }

    /// The tokens between the clause boundary and the verb group (appositives and relative clauses skipped).
    func subjectChunk(before start: Int) -> (chunk: Range<Int>, appositive: Range<Int>?, relative: Bool)? {
        let lo = ctx.sentence(of: max(0, start - 1)).tokens.lowerBound
        var k = start - 1
        var end = start
        var steps = 0
        var appositive: Range<Int>?
        var relative = false
        while k >= lo && steps < 60 {
            steps += 1
            if ctx.inUnit(k) { k = ctx.unitStart[k] - 1; continue }
            let t = ctx.tokens[k]
            if ctx.isComma(k) {
                // "Germany, Britain and France criticized …": a list of names, not an appositive.
                if listComma(k, end: end, lo: lo) {
                    k -= 1
                    continue
                }
                if k + 1 == end, let c = previousComma(before: k, lo: lo) {
                    if appositive == nil && c + 1 < k { appositive = (c + 1)..<k }
                    end = c
                    k = c - 1
                    continue
                }
                break
            }
            if ctx.isHardBoundary(k) { break }
            if t.kind == .word {
                let w = t.lower
                if EventGrammar.relativePronouns.contains(w) && w != "whose" {
                    guard k + 1 == end else { break }
                    // "Trump, who offered …": the antecedent is the subject.
                    relative = true
                    k -= 1
                    if k >= lo && ctx.isComma(k) { k -= 1 }
                    end = k + 1
                    continue
                }
                if EventGrammar.coordinators.contains(w) {
                    // "Sheinbaum and Trump met": names on both sides.
                    if k + 1 < end && ctx.inUnit(k + 1) && k - 1 >= lo && (ctx.inUnit(k - 1) || ctx.isComma(k - 1)) {
                        k -= 1
                        continue
                    }
                    break
                }
                if EventGrammar.subordinators.contains(w) && !EventGrammar.isPreposition(t) { break }
                if EventGrammar.clauseOpeningPrepositions.contains(w) && k + 1 < end { break }
                // "Becker last week criticized …": a time adjunct between the subject and its verb.
                if EventGrammar.timeDeictics.contains(w) && k + 1 < end && k - 1 >= lo && ctx.inUnit(k - 1) {
                    k -= 1
                    continue
                }
                if ctx.isVerbish(k) { break }
            }
            k -= 1
        }
        let chunk = (k + 1)..<end
        return chunk.isEmpty ? nil : (chunk, appositive, relative)
    }

    /// Whether the comma at `k` separates names of a list that ends in "and"/"or" before `end`: a name
    /// right before the comma (itself opening the clause, after "the" or after another list comma) and a name
    /// right after it. "In Washington, Obama and Biden met" is no list: the first name follows a preposition.
    func listComma(_ k: Int, end: Int, lo: Int) -> Bool {
        guard k - 1 >= lo, k + 1 < end, ctx.inUnit(k - 1), ctx.inUnit(k + 1), ctx.unitStart[k + 1] == k + 1 else { return false }
        var p = ctx.unitEnd[k + 1]
        var sawCoordinator = false
        while p < end {
            if ctx.inUnit(p) { p = max(p + 1, ctx.unitEnd[p]); continue }
            let w = ctx.word(p)
            if w == "and" || w == "or" { sawCoordinator = true } else if !ctx.isComma(p) { return false }
            p += 1
        }
        guard sawCoordinator else { return false }
        let before = ctx.unitStart[k - 1] - 1
        return before < lo || ctx.isComma(before) || ctx.isHardBoundary(before) || ctx.word(before) == "the"
    }

    /// The comma that opens an appositive or relative clause ending at `comma`, if any.
    private func previousComma(before comma: Int, lo: Int) -> Int? {
        var k = comma - 1
        while k >= lo && comma - k <= 30 {
            if ctx.inUnit(k) { k = ctx.unitStart[k] - 1; continue }
            if ctx.isComma(k) { return k }
            if ctx.isHardBoundary(k) { return nil }
            k -= 1
        }
        return nil
    }

    /// The entities a subject chunk names: its first noun phrase (before any preposition), split at
    /// "and"; a chunk that opens with a preposition ("In May Trump") gives its last name.
    func resolve(_ chunk: Range<Int>) -> [Int] {
        var first = chunk.lowerBound
        let tokens = ctx.tokens
        if !ctx.inUnit(first) && EventGrammar.isPreposition(tokens[first]) {
            var k = chunk.upperBound - 1
            while k >= chunk.lowerBound {
                if ctx.inUnit(k) {
                    let r = phrases.reference(ctx.unitStart[k]..<chunk.upperBound)
                    return r.head.map { [$0] } ?? []
                }
                k -= 1
            }
            return []
        }
        var entities: [Int] = []
        var k = first
        while k <= chunk.upperBound {
            let atEnd = k == chunk.upperBound
            if !atEnd && ctx.inUnit(k) { k = max(k + 1, ctx.unitEnd[k]); continue }
            let splits = atEnd || ctx.isComma(k) || EventGrammar.coordinators.contains(ctx.word(k))
                || EventGrammar.isPreposition(tokens[k])
            if splits {
                if k > first {
                    let r = phrases.reference(first..<k)
                    if let h = r.head {
                        entities.append(h)
                    } else if let p = r.possessor, let w = r.headWord,
                              EventGrammar.stateAgentNouns.contains(w) || EventGrammar.governmentOfPerson.contains(w) {
                        entities.append(p)
                    }
                }
                if atEnd || EventGrammar.isPreposition(tokens[k]) { break }
                first = k + 1
            }
            k += 1
        }
        var seen = Set<Int>()
        return entities.filter { seen.insert($0).inserted }
    }
}
