import NewsGraphModel

/// Attributes each quotation to the cue and speaker next to it:
/// `“…,” X said` · `“…,” said X` · `X said: “…”` · `X said, “…”` · `X: “…”` · `according to X, “…”` ·
/// `…, stating, “…”` (the sentence's subject) · `his declaration of an ‘armed conflict’` (the possessor).
///
/// A split quote (`“A,” he said, “B”`) is kept as one utterance. A quotation that opens its sentence with no
/// cue of its own is marked for carry-over: `SpeakerResolver` gives it the speaker of the quote before it in
/// the same or the previous paragraph. A quotation inside a sentence with no cue next to it (a partial or
/// scare quote) is left to `ReportedSpeechFinder`, which keeps it as part of the reported clause around it.
public struct DirectQuoteFinder: PipelineStage {
    public let requires: Set<Layer> = [.quotations, .cues, .entities]
    public let produces: Set<Layer> = [.quotes]
    let lex: Lexicons

    public init(lexicons: Lexicons) {
        self.lex = lexicons
    }

    struct Attribution {
        var cue: Range<Int>?
        var speaker: SpeakerPhrase?
        var rule: String
        /// Last token of the attribution (cue or speaker), to look for the second half of a split quote.
        var end: Int
    }

    public func run(_ document: AnalyzedDocument) -> AnalyzedDocument {
        var doc = document
        let search = SpeakerSearch(doc, lex)
        let tokens = doc.tokens
        let quotations = doc.quotations
        var quotes: [LocalQuote] = []
        var qi = 0
        while qi < quotations.count {
            let q = quotations[qi]
            let openSentence = doc.sentences[doc.sentenceOfToken[q.open]]
            if openSentence.isHeadline { qi += 1; continue }
            let startsClause = q.open == openSentence.tokens.lowerBound
                || tokens[q.open - 1].kind == .dash || tokens[q.open - 1].text == "("
            let left = attributionBefore(q, search: search, doc: doc)
            let right = attributionAfter(q, search: search, doc: doc)
            var chosen: Attribution?
            if startsClause { chosen = right ?? left } else { chosen = left ?? right }
            var last = q
            var merged = qi
            var rule = chosen?.rule ?? ""
            if let a = chosen, a.rule.hasPrefix("direct:after"), qi + 1 < quotations.count {
                // Split quote: “A,” he said, “B.”
                var p = a.end + 1
                if p < tokens.count, tokens[p].text == "," || tokens[p].text == ":" { p += 1 }
                if quotations[qi + 1].open == p, !tokens[p].flags.contains(.lineStart) {
                    merged = qi + 1
                    last = quotations[qi + 1]
                    rule += "+split"
                }
            }
            let firstSentence = doc.sentenceOfToken[q.content.lowerBound]
            let lastSentence = max(firstSentence, doc.sentenceOfToken[last.content.upperBound - 1])
            if chosen == nil {
                // No cue: a quote that stands as its own sentence(s) continues the direct quote before it in the
                // same paragraph (“A,” said X. “B.”), or takes the previous speaker; others are partial quotes
                // for the reported-speech stage.
                guard startsClause else { qi += 1; continue }
                // “…” followed by more of the sentence ("“You squeezed employees” to drive up …, she said"):
                // a partial quote inside a clause.
                if let c = last.close, c + 1 < tokens.count, doc.sentenceOfToken[c + 1] == doc.sentenceOfToken[c],
                   tokens[c + 1].kind == .word, !tokens[c + 1].isCapitalized, !search.isPronoun(tokens[c + 1]), !search.isCue(c + 1) {
                    qi += 1
                    continue
                }
                if let prev = quotes.last, prev.direct,
                   doc.sentences[prev.sentences.upperBound].paragraph == openSentence.paragraph {
                    quotes[quotes.count - 1].textEnd = q.end
                    quotes[quotes.count - 1].contentTokens = prev.contentTokens.lowerBound..<q.content.upperBound
                    quotes[quotes.count - 1].sentences = prev.sentences.lowerBound...max(prev.sentences.upperBound, lastSentence)
                    quotes[quotes.count - 1].rule += "+next"
                    qi += 1
                    continue
                }
                rule = "direct:carry-over"
            }
            quotes.append(LocalQuote(
                speaker: nil, speakerText: nil, textStart: q.start, textEnd: last.end, direct: true,
                cue: chosen?.cue.map { doc.text(tokens: $0) }, sentences: firstSentence...lastSentence,
                contentTokens: q.content.lowerBound..<last.content.upperBound,
                speakerTokens: chosen?.speaker?.tokens, cueTokens: chosen?.cue, rule: rule))
            qi = merged + 1
        }
        let transcript = transcriptTurns(doc)
        if !transcript.isEmpty {
            // A turn's quotation marks wrap the whole exchange (each paragraph opens with a mark and only the
            // last closes it): the turns replace the direct quotes that run over them.
            let turns = transcript.map(\.contentTokens)
            quotes.removeAll { q in Self.overlapsAny(q.contentTokens, turns) }
            quotes.append(contentsOf: transcript)
            quotes.sort { ($0.contentTokens.lowerBound, $0.contentTokens.upperBound) < ($1.contentTokens.lowerBound, $1.contentTokens.upperBound) }
        }
        doc.quotes = quotes
        return doc
    }

    /// Transcript turns: a paragraph that opens (after an optional quotation mark) with a speaker label in
    /// capitals and a colon, `WALLACE: Let's start …` or `JAKE TAPPER: …`, is a direct quote of the rest of
    /// the paragraph by the person the label names: a person of the document whose last name (or full name)
    /// the label spells, and only one such person; or, when the label opens two turns or more (an exchange),
    /// the entity the label itself was taken for ("WALLACE" read as a name of its own). Labels that name
    /// nobody ("UPDATE:", "CORRECTION:") are left alone. Rule `direct:transcript`.
    func transcriptTurns(_ doc: AnalyzedDocument) -> [LocalQuote] {
        let tokens = doc.tokens
        var candidates: [(label: [String], labelTokens: Range<Int>, content: Range<Int>)] = []
        var i = 0
        while i < tokens.count {
            var end = i + 1
            while end < tokens.count && !tokens[end].flags.contains(.lineStart) { end += 1 }
            defer { i = end }
            var k = i
            if tokens[k].isQuote { k += 1 }
            var label: [String] = []
            while k < end, label.count < 3, tokens[k].kind == .word, tokens[k].flags.contains(.allCaps) {
                label.append(tokens[k].lower)
                k += 1
            }
            guard !label.isEmpty, k < end, tokens[k].text == ":",
                  !doc.sentences[doc.sentenceOfToken[k]].isHeadline else { continue }
            var last = end
            while last > k + 1, tokens[last - 1].isQuote { last -= 1 }
            let content = (k + 1)..<last
            guard content.filter({ tokens[$0].kind == .word }).count >= 2 else { continue }
            candidates.append((label, (k - label.count)..<k, content))
        }
        guard !candidates.isEmpty else { return [] }
        let bySurname = Self.peopleByLastName(doc)
        var turnsOf: [String: Int] = [:]
        for c in candidates { turnsOf[c.label.joined(separator: " "), default: 0] += 1 }
        var turns: [LocalQuote] = []
        for c in candidates {
            let name = c.label.joined(separator: " ")
            var speaker = bySurname[name] ?? bySurname[c.label[c.label.count - 1]]
            if speaker == nil, turnsOf[name, default: 0] >= 2, let m = doc.mentionIndex(atToken: c.labelTokens.lowerBound),
               doc.mentions[m].tokens == c.labelTokens, let e = doc.mentions[m].entity,
               [.person, .organization, .agency].contains(doc.entities[e].type) {
                speaker = e
            }
            guard let person = speaker, person >= 0 else { continue }
            turns.append(LocalQuote(
                speaker: person, speakerText: doc.text(tokens: c.labelTokens), textStart: tokens[c.content.lowerBound].start,
                textEnd: tokens[c.content.upperBound - 1].end, direct: true, cue: nil,
                sentences: doc.sentenceOfToken[c.content.lowerBound]...doc.sentenceOfToken[c.content.upperBound - 1],
                contentTokens: c.content, rule: "direct:transcript"))
        }
        return turns
    }

    /// Lowercased last names and full names of the document's people → the entity; -1 when two people share
    /// one. A full name ("Chris Wallace") wins over a one-word entity of the same last name ("WALLACE", the
    /// label itself taken for a name).
    static func peopleByLastName(_ doc: AnalyzedDocument) -> [String: Int] {
        var full: [String: Int] = [:]
        var single: [String: Int] = [:]
        for (e, entity) in doc.entities.enumerated() where entity.type == .person {
            let name = Tokenizer.lower(entity.name)
            let words = name.split(separator: " ")
            guard let last = words.last else { continue }
            if words.count == 1 {
                single[name] = single[name].map { $0 == e ? e : -1 } ?? e
            } else {
                full[name] = full[name].map { $0 == e ? e : -1 } ?? e
                full[String(last)] = full[String(last)].map { $0 == e ? e : -1 } ?? e
            }
        }
        return full.merging(single) { multi, _ in multi }
    }

    /// Whether `r` overlaps one of `sorted` (disjoint ranges in text order); a binary search.
    static func overlapsAny(_ r: Range<Int>, _ sorted: [Range<Int>]) -> Bool {
        let n = Coreference.firstIndex(sorted.count) { sorted[$0].upperBound > r.lowerBound }
        return n < sorted.count && sorted[n].lowerBound < r.upperBound
    }

    /// Bounds of the clause-level search around a quotation: the paragraph, and no further than a sentence end.
    private func paragraphStart(_ i: Int, _ tokens: [Token]) -> Int {
        var k = i
        while k > 0 && !tokens[k].flags.contains(.lineStart) { k -= 1 }
        return k
    }

    /// `“…,” X said` and `“…,” said X`.
    func attributionAfter(_ q: Quotation, search: SpeakerSearch, doc: AnalyzedDocument) -> Attribution? {
        guard let c = q.close else { return nil }
        let tokens = doc.tokens
        // A title in a prepositional phrase is no statement: “In an interview on CBS's "Face the Nation," Ryan said”.
        if q.open > 0, doc.sentenceOfToken[q.open - 1] == doc.sentenceOfToken[q.open] {
            let before = tokens[q.open - 1]
            if before.flags.contains(.possessive) || SpeakerSearch.innerPrepositions.contains(before.lower) && before.lower != "familiar" && before.lower != "close" {
                return nil
            }
        }
        var p = c + 1
        // The second mark of a doubled '' closing mark.
        while p < tokens.count && tokens[p].isQuote && !tokens[p].flags.contains(.lineStart) && !tokens[p].flags.contains(.spaceBefore) { p += 1 }
        guard p < tokens.count, !tokens[p].flags.contains(.lineStart) else { return nil }
        // The attribution is set off by a comma, dash, question or exclamation mark (“…,” she said).
        let lastQuoted = tokens[q.content.upperBound - 1].text
        var setOff = lastQuoted == "," || lastQuoted == "?" || lastQuoted == "!" || lastQuoted == "…" || lastQuoted == "..."
            || tokens[q.content.upperBound - 1].kind == .dash
        let dashed = tokens[p].kind == .dash
        if tokens[p].text == "," || tokens[p].kind == .dash { p += 1; setOff = true }
        guard setOff, p < tokens.count, !tokens[p].flags.contains(.lineStart) else { return nil }
        if dashed, let byline = dashByline(from: p, search: search, doc: doc) {
            return Attribution(cue: nil, speaker: byline, rule: "direct:after:dash-byline", end: byline.tokens.upperBound - 1)
        }
        // “….” Kelly added that …: a new sentence, not this quotation's attribution (but “…?” he asked).
        if doc.sentenceOfToken[p] != doc.sentenceOfToken[c] || lastQuoted == "." {
            guard lastQuoted == "?" || lastQuoted == "!" else { return nil }
        }
        // The attribution is short and ends at the sentence end, a colon or the next quotation.
        var limit = p
        while limit < tokens.count && limit - p < 20 {
            let t = tokens[limit]
            if limit > p && t.flags.contains(.lineStart) { break }
            // A party and state tag in brackets ("Rep. John Mica (R-Fla.) said") is part of the speaker phrase.
            if t.text == "(", let close = (limit..<min(limit + 10, tokens.count)).first(where: { tokens[$0].text == ")" }) {
                limit = close + 1
                continue
            }
            // A period that does not end the sentence is an abbreviation's ("R-Ky.,").
            let sentenceEnd = t.text == "." && (limit + 1 >= tokens.count || doc.sentenceOfToken[limit + 1] != doc.sentenceOfToken[limit])
            if t.isQuote || sentenceEnd || t.text == "!" || t.text == "?" || t.text == ";" || t.text == ":" { break }
            limit += 1
        }
        // Inverted: “…,” said Trump.
        if let ci = search.cueIndex(at: p), doc.cues[ci].tokens.lowerBound == p, doc.cues[ci].isVerb {
            let cue = doc.cues[ci].tokens
            if let speaker = search.phrase(startingAt: cue.upperBound, upperBound: limit) {
                return Attribution(cue: cue, speaker: speaker, rule: "direct:after:cue-speaker", end: speaker.tokens.upperBound - 1)
            }
        }
        // “…,” Trump said. / “…,” Eduardo Guerrero, a security expert, said.
        var k = p
        while k < limit {
            if let ci = search.cueIndex(at: k), doc.cues[ci].isVerb {
                let cue = doc.cues[ci].tokens
                guard cue.lowerBound > p, var speaker = search.subject(beforeCue: cue.lowerBound, lowerBound: p) else { return nil }
                if speaker.tokens.lowerBound > p {
                    // Words before the name that the phrase did not take are its pre-modifiers: a title or an
                    // employer ("Tulsa police Chief Chuck Jordan", "Rep. John Mica (R-Fla.)", "Mr. Morgan of
                    // the Sierra Club"). Anything that ends a noun phrase (punctuation, a clause word, a verb
                    // cue) means the attribution is not this quotation's.
                    guard (p..<speaker.tokens.lowerBound).allSatisfy({ search.isNamePremodifier($0) }) else { return nil }
                    speaker.tokens = p..<speaker.tokens.upperBound
                }
                return Attribution(cue: cue, speaker: speaker, rule: "direct:after:speaker-cue", end: cue.upperBound - 1)
            }
            k += 1
        }
        return nil
    }

    /// `“…” ― Sonya Herridge` (a testimonial or epigraph signed with a dash): a name, with at most an
    /// apposition after a comma, that ends the paragraph and has no cue of its own.
    func dashByline(from p: Int, search: SpeakerSearch, doc: AnalyzedDocument) -> SpeakerPhrase? {
        let tokens = doc.tokens
        var end = p
        while end < tokens.count && !tokens[end].flags.contains(.lineStart) { end += 1 }
        guard end - p <= 16, !(p..<end).contains(where: { search.isCue($0) || tokens[$0].isQuote }),
              tokens[p].isCapitalized, let speaker = search.phrase(startingAt: p, upperBound: end) else { return nil }
        let e = speaker.tokens.upperBound
        guard e == end || tokens[e].text == "," || (e..<end).allSatisfy({ tokens[$0].kind == .punctuation }) else { return nil }
        return speaker
    }

    /// `X said: “…”`, `X said, “…”`, `X told reporters: “…”`, `X: “…”`, `according to X, “…”`,
    /// `…, stating, “…”`, `his declaration of an ‘armed conflict’`.
    func attributionBefore(_ q: Quotation, search: SpeakerSearch, doc: AnalyzedDocument) -> Attribution? {
        let tokens = doc.tokens
        let o = q.open
        let sentence = doc.sentences[doc.sentenceOfToken[o]]
        let lower = sentence.tokens.lowerBound
        var p = o - 1
        guard p >= lower else { return nil }
        var colon = false
        var punctuated = false
        if tokens[p].text == ":" || tokens[p].text == "," { colon = tokens[p].text == ":"; punctuated = true; p -= 1 }
        guard p >= lower else { return nil }
        // "X said that “…”" is a partial quote inside reported speech.
        if tokens[p].lower == "that" && !colon { return nil }
        // Nearest cue within a short stretch before the mark.
        var k = p
        while k >= lower && p - k < 8 {
            let t = tokens[k]
            if t.text == "." || t.text == ";" || t.isQuote || (t.text == "," && k < p) { break }
            if let ci = search.cueIndex(at: k) {
                let match = doc.cues[ci]
                let cue = match.tokens
                // Words between the cue and the mark: only an object ("calling it “…”", "described himself as
                // “…”") unless a colon or comma sets the quotation off; otherwise it is a partial quote inside
                // a clause ("claiming cartels were “running” the country").
                if !punctuated && !(cue.upperBound..<o).allSatisfy({ isObjectWord($0, doc) }) { return nil }
                if match.cue.kind == "prep" {
                    // according to X, “…”
                    if let speaker = search.phrase(startingAt: cue.upperBound, upperBound: o) {
                        return Attribution(cue: cue, speaker: speaker, rule: "direct:before:according-to", end: o - 1)
                    }
                    return nil
                }
                if match.cue.kind == "noun" {
                    // his declaration of ‘…’ / Trump’s remarks: “…”
                    let b = cue.lowerBound - 1
                    if b >= lower, ["his", "her", "their", "its"].contains(tokens[b].lower) {
                        return Attribution(cue: cue, speaker: SpeakerPhrase(tokens: b..<(b + 1), head: b), rule: "direct:before:possessor", end: o - 1)
                    }
                    if b - 1 >= lower, tokens[b].flags.contains(.possessive), let speaker = search.phrase(endingAt: b, lowerBound: lower) {
                        return Attribution(cue: cue, speaker: speaker, rule: "direct:before:possessor", end: o - 1)
                    }
                    k = cue.lowerBound - 1
                    continue
                }
                if let speaker = search.subject(beforeCue: cue.lowerBound, lowerBound: lower) {
                    return Attribution(cue: cue, speaker: speaker, rule: "direct:before:speaker-cue", end: o - 1)
                }
                // Participle: “He further commented on X, stating, ‘…’”
                if let speaker = search.mainSubject(of: sentence, before: cue.lowerBound) {
                    return Attribution(cue: cue, speaker: speaker, rule: "direct:before:participle", end: o - 1)
                }
                // A cue with no subject in this sentence ("stating" after a sentence break): carry over.
                return Attribution(cue: cue, speaker: nil, rule: "direct:before:cue-no-subject", end: o - 1)
            }
            k -= 1
        }
        // X: “…” 
        if colon, let speaker = search.phrase(endingAt: p + 1, lowerBound: lower), speaker.tokens.lowerBound == lower {
            return Attribution(cue: nil, speaker: speaker, rule: "direct:before:colon", end: o - 1)
        }
        return nil
    }

    static let objectWords: Set<String> = ["it", "him", "her", "them", "himself", "herself", "themselves", "itself", "us",
                                           "me", "as", "a", "an", "the", "this", "that", "his", "their", "its", "of"]

    private func isObjectWord(_ k: Int, _ doc: AnalyzedDocument) -> Bool {
        Self.objectWords.contains(doc.tokens[k].lower) || doc.mentionIndex(atToken: k) != nil
    }
}
