import NewsGraphModel

/// Reported speech and attributed stance, from the reporting cues:
/// - `X said (that) CLAUSE`, `X told Y (that) …`, `X warned/believes/expressed concern that …` (forward);
/// - `CLAUSE, X said.` and `CLAUSE, said X.` (the clause before the attribution);
/// - `CLAUSE, X said, CLAUSE` (an attribution inside the sentence: the whole sentence);
/// - `according to X, CLAUSE`, `CLAUSE, according to X`;
/// - `X’s statement/claim that CLAUSE` (a nominal cue with its possessor).
///
/// The content is the reported clause, cut at the sentence end, at a second attribution in the same sentence
/// (`X said A, while Y said B`) and before a quotation that has its own attribution. Partial quotes inside the
/// clause (`cartels are “running Mexico”`) stay part of it. Cues inside quotation marks are not attributions
/// of the quoted speaker's words, and cues already used by a direct quote are skipped.
public struct ReportedSpeechFinder: PipelineStage {
    public let requires: Set<Layer> = [.quotes, .cues, .entities]
    public let produces: Set<Layer> = [.reportedSpeech]
    let lex: Lexicons
    /// Whether an attribution inside another one's reported clause is kept as its own quote
    /// ("Sheinbaum said she told Trump that intervention was unnecessary").
    let nested: Bool

    public init(lexicons: Lexicons, nested: Bool = true) {
        self.lex = lexicons
        self.nested = nested
    }

    static let passiveAuxiliaries: Set<String> = ["was", "were", "been", "being", "be", "is", "are", "get", "got"]
    static let objectPronouns: Set<String> = ["him", "her", "them", "us", "me", "reporters", "journalists", "lawmakers", "supporters", "congress"]
    static let siblingOpeners: Set<String> = ["but", "while", "whereas", "and", "although", "though", ";"]

    public func run(_ document: AnalyzedDocument) -> AnalyzedDocument {
        var doc = document
        let search = SpeakerSearch(doc, lex)
        let tokens = doc.tokens
        // Cues and quotation openings already taken by direct quotes.
        var usedCueStarts = Set<Int>()
        // Opening mark → the cue of its direct quote (-1 when it has none).
        var attributedOpenings: [Int: Int] = [:]
        for q in doc.quotes {
            if let c = q.cueTokens { usedCueStarts.insert(c.lowerBound) }
            attributedOpenings[q.contentTokens.lowerBound - 1] = q.cueTokens?.lowerBound ?? -1
        }
        var found: [LocalQuote] = []
        for (ci, match) in doc.cues.enumerated() {
            guard !match.quoted, !usedCueStarts.contains(match.tokens.lowerBound) else { continue }
            let si = doc.sentenceOfToken[match.tokens.lowerBound]
            let sentence = doc.sentences[si]
            guard !sentence.isHeadline else { continue }
            guard var r = attribution(ci, match, sentence, search, doc) else { continue }
            // Cut before a quotation with its own attribution, and at a sibling attribution.
            var end = r.content.upperBound
            for k in r.content where k > r.content.lowerBound {
                // A quotation attributed by a cue of its own outside this clause starts another statement.
                if let cue = attributedOpenings[k], !(r.content.lowerBound..<k).contains(cue) { end = k; break }
                if tokens[k].text == "," || Self.siblingOpeners.contains(tokens[k].lower),
                   let next = siblingAttribution(after: k, in: sentence, excluding: ci, search, doc), next < end {
                    end = k
                    break
                }
            }
            r.content = r.content.lowerBound..<end
            r.content = trimmed(r.content, tokens)
            let words = r.content.filter { tokens[$0].kind == .word || tokens[$0].kind == .number }.count
            guard words >= 2 else { continue }
            // What is left after cutting is only the start of another attribution ("Sheinbaum stated that").
            if words <= 4, let last = r.content.last, tokens[last].lower == "that" || search.isCue(last) { continue }
            let direct = tokens[r.content.lowerBound].isQuote && tokens[r.content.upperBound - 1].isQuote
                && !r.content.dropFirst().dropLast().contains { tokens[$0].isQuote }
            var content = r.content
            if direct { content = (content.lowerBound + 1)..<(content.upperBound - 1) }
            guard !content.isEmpty else { continue }
            found.append(LocalQuote(
                speaker: nil, speakerText: nil, textStart: tokens[content.lowerBound].start,
                textEnd: tokens[content.upperBound - 1].end, direct: direct,
                cue: doc.text(tokens: match.tokens), sentences: si...si, contentTokens: content,
                speakerTokens: r.speaker?.tokens, cueTokens: match.tokens, rule: r.rule))
        }
        // An attribution inside another one's clause: kept when `nested`, except a cue that only takes an
        // object ("Mexico should not dismiss the threat" inside what experts warn).
        let clauses = RangeCover(found.map(\.contentTokens))
        found = found.enumerated().filter { i, q in
            guard let cue = q.cueTokens else { return true }
            let inside = clauses.covers(cue, skipping: i) { o in
                found[o] != q && found[o].contentTokens.lowerBound <= cue.lowerBound && cue.upperBound <= found[o].contentTokens.upperBound
            }
            guard inside, let ci = search.cueIndex(at: cue.lowerBound) else { return true }
            let entry = doc.cues[ci].cue
            return nested && (entry.thatClause || !entry.takesObject)
        }.map(\.element)
        // A reported clause that is a direct quote already found (“X said “…”” without a comma) is not repeated.
        let direct = RangeCover(doc.quotes.map(\.contentTokens))
        found.removeAll { r in direct.covers(r.contentTokens) }
        doc.quotes = (doc.quotes + found).sorted { ($0.textStart, $0.textEnd) < ($1.textStart, $1.textEnd) }
        return doc
    }

    struct Found {
        var speaker: SpeakerPhrase?
        var content: Range<Int>
        var rule: String
    }

    /// Content end of a sentence: before the final punctuation.
    private func sentenceContentEnd(_ s: Sentence, _ tokens: [Token]) -> Int {
        var e = s.tokens.upperBound
        while e > s.tokens.lowerBound && (tokens[e - 1].kind == .punctuation) { e -= 1 }
        return e
    }

    /// True when only punctuation, time words or a short adverbial ("on Tuesday", "in a statement") follow.
    private func isTrivialTail(_ from: Int, _ to: Int, _ tokens: [Token], _ search: SpeakerSearch) -> Bool {
        var k = from
        var words = 0
        while k < to {
            let t = tokens[k]
            if t.kind == .punctuation || t.isQuote { k += 1; continue }
            if t.text == "," { break }
            words += 1
            k += 1
        }
        return words <= 4 && (k >= to || tokens[k].text == ",")
            && !(from < to && tokens[from].lower == "that")
    }

    /// True when `from..<to` is only an introductory phrase, not a clause: no comma or quotation mark inside, it
    /// opens with a preposition, a subordinating conjunction or an -ing form, and the cue has words after it.
    private func isIntroductoryPhrase(_ from: Int, _ to: Int, _ tokens: [Token], cueEnd: Int, end: Int) -> Bool {
        guard from < to, cueEnd < end, tokens[cueEnd].kind == .word, !(from..<to).contains(where: { tokens[$0].text == "," || tokens[$0].isQuote }) else {
            return false
        }
        var k = from
        if Self.siblingOpeners.contains(tokens[k].lower), k + 1 < to { k += 1 }
        let w = tokens[k].lower
        return lex.isFunctionWord(w, "preposition") || lex.isFunctionWord(w, "conjunction") && w != "and" && w != "but" && w != "or"
            || tokens[k].kind == .word && w.hasSuffix("ing") && w.count > 5
    }

    /// True when a comma and a noun phrase run from `from` to the sentence end: an apposition to the speaker
    /// ("…, said Karen Holt, a senior official with the farm bureau").
    private func isApposition(_ from: Int, _ to: Int, _ tokens: [Token]) -> Bool {
        guard from + 1 < to, tokens[from].text == "," else { return false }
        let first = tokens[from + 1]
        return first.kind == .word && (SpeakerSearch.determiners.contains(first.lower) || first.lower == "who"
            || first.isCapitalized && !(SpeakerSearch.subjectPronouns.contains(first.lower)))
    }

    /// The start of the speaker of another attribution that begins right after token `k` (a comma or a conjunction).
    private func siblingAttribution(after k: Int, in s: Sentence, excluding current: Int, _ search: SpeakerSearch, _ doc: AnalyzedDocument) -> Int? {
        let tokens = doc.tokens
        var p = k + 1
        while p < s.tokens.upperBound && tokens[p].isQuote { p += 1 }
        if p < s.tokens.upperBound, Self.siblingOpeners.contains(tokens[p].lower) { p += 1 }
        guard p < s.tokens.upperBound else { return nil }
        // according to X / saying / adding
        if let ci = search.cueIndex(at: p), ci != current, doc.cues[ci].tokens.lowerBound == p {
            let c = doc.cues[ci]
            if c.cue.kind == "prep" || doc.tokens[p].lower.hasSuffix("ing"), attribution(ci, c, s, search, doc) != nil { return p }
            return nil
        }
        // X said / X also warned (a verb cue within a few tokens with its subject starting at p)
        var q = p
        while q < s.tokens.upperBound && q - p < 10 {
            if tokens[q].text == "," || tokens[q].isQuote || tokens[q].text == "." { return nil }
            if let ci = search.cueIndex(at: q), doc.cues[ci].isVerb {
                guard ci != current, let subj = search.subject(beforeCue: q, lowerBound: p), subj.tokens.lowerBound == p,
                      attribution(ci, doc.cues[ci], s, search, doc) != nil else { return nil }
                return p
            }
            q += 1
        }
        return nil
    }

    private func trimmed(_ r: Range<Int>, _ tokens: [Token]) -> Range<Int> {
        var a = r.lowerBound, b = r.upperBound
        while a < b && (tokens[a].text == "," || tokens[a].text == ":" || tokens[a].kind == .dash) { a += 1 }
        while b > a && (tokens[b - 1].kind == .punctuation || tokens[b - 1].kind == .dash) { b -= 1 }
        // A closing mark whose opening mark is outside the content.
        if b > a, tokens[b - 1].isQuote, !r.dropLast().contains(where: { $0 >= a && $0 < b - 1 && tokens[$0].isQuote }) { b -= 1 }
        while b > a && (tokens[b - 1].kind == .punctuation) { b -= 1 }
        return a..<b
    }

    private func attribution(_ ci: Int, _ match: CueMatch, _ s: Sentence, _ search: SpeakerSearch, _ doc: AnalyzedDocument) -> Found? {
        let tokens = doc.tokens
        let lo = s.tokens.lowerBound
        let end = sentenceContentEnd(s, tokens)
        let k = match.tokens.lowerBound
        let after = match.tokens.upperBound
        // "Her claim that …", "the president’s remarks that …": a noun reading of a verb form.
        let prevWord = k > lo ? tokens[k - 1] : nil
        let nounReading = match.cue.kind == "noun"
            || match.alsoNoun && prevWord.map { SpeakerSearch.determiners.contains($0.lower) || $0.flags.contains(.possessive) } == true
        switch nounReading ? "noun" : match.cue.kind {
        case "prep":
            // according to X
            guard let speaker = search.phrase(startingAt: after, upperBound: end) else { return nil }
            let speakerEnd = speaker.tokens.upperBound
            if k == lo || (k == lo + 1 && Self.siblingOpeners.contains(tokens[lo].lower)) {
                var c = speakerEnd
                while c < end && tokens[c].text != "," && c - speakerEnd < 12 { c += 1 }
                guard c < end else { return nil }
                return Found(speaker: speaker, content: (c + 1)..<end, rule: "reported:according-to-first")
            }
            if speakerEnd >= end || isTrivialTail(speakerEnd, end, tokens, search) {
                var c = k
                if c > lo && tokens[c - 1].text == "," { c -= 1 }
                return Found(speaker: speaker, content: lo..<c, rule: "reported:according-to-last")
            }
            return Found(speaker: speaker, content: lo..<end, rule: "reported:according-to-inside")
        case "noun":
            // X’s claim that …, his remarks that …; X’s view is that … (the noun as subject of a copula)
            var that = after
            var rule = "reported:possessor-noun-that"
            if that + 1 < end, lex.isFunctionWord(tokens[that].lower, "copula"), tokens[that + 1].lower == "that" {
                that += 1
                rule = "reported:possessor-noun-is-that"
            }
            guard that < end, tokens[that].lower == "that" else { return nil }
            let b = k - 1
            if b >= lo, ["his", "her", "their", "its"].contains(tokens[b].lower) {
                return Found(speaker: SpeakerPhrase(tokens: b..<(b + 1), head: b), content: (that + 1)..<end, rule: rule)
            }
            if b - 1 >= lo, tokens[b].flags.contains(.possessive), let speaker = search.phrase(endingAt: b, lowerBound: lo) {
                return Found(speaker: speaker, content: (that + 1)..<end, rule: rule)
            }
            return nil
        default:
            break
        }
        // Verb cues.
        if k > lo {
            let prev = tokens[k - 1].lower
            if SpeakerSearch.determiners.contains(prev) && prev != "both" && prev != "some" && prev != "many" { return nil }
            if Self.passiveAuxiliaries.contains(prev) && !tokens[k].lower.hasSuffix("ing") { return nil }
        }
        var speaker = search.subject(beforeCue: k, lowerBound: lo)
        var rule = "reported"
        if let s = speaker, !agrees(match, s, doc) { speaker = nil }
        // "CLAUSE, said X": a subject found before the comma that is no name or pronoun is only a phrase of the
        // clause ("…, but for some, the losses would outstrip the gains, said Batchelder").
        let namedSubject = speaker.map { doc.mentionIndex(atToken: $0.head) != nil || search.isPronoun(tokens[$0.head]) } ?? false
        if !namedSubject, !search.isParticiple(k), match.cue.kind == "speech" || match.cue.kind == "written",
           k > lo, tokens[k - 1].text == "," || tokens[k - 1].isQuote && k - 2 >= lo && tokens[k - 2].text == ",",
           let inverted = search.phrase(startingAt: after, upperBound: end),
           isTrivialTail(inverted.tokens.upperBound, end, tokens, search) || isApposition(inverted.tokens.upperBound, end, tokens) {
            // CLAUSE, said X.
            var c = k - 1
            while c > lo && (tokens[c].text == "," || tokens[c].isQuote) { c -= 1 }
            return Found(speaker: inverted, content: lo..<(c + 1), rule: "reported:clause-cue-speaker")
        }
        if speaker == nil, k > lo, tokens[k - 1].lower == "and" {
            // "She thanked him and added that …"
            speaker = search.mainSubject(of: s, before: k)
            rule = "reported:coordinated"
        }
        guard let speaker else { return nil }
        let subjectStart = speaker.tokens.lowerBound
        // CLAUSE, X said. / “…,” X said (a partial quote); not an introductory phrase ("In her 2003 book, Clinton
        // noted the clot", "Unlike the protests in Charlotte, …").
        if subjectStart > lo, tokens[subjectStart - 1].text == "," || tokens[subjectStart - 1].isQuote,
           isTrivialTail(after, end, tokens, search), !isIntroductoryPhrase(lo, subjectStart - 1, tokens, cueEnd: after, end: end) {
            var c = subjectStart - 1
            while c > lo && (tokens[c - 1].text == "," || tokens[c - 1].isQuote) { c -= 1 }
            return Found(speaker: speaker, content: lo..<c, rule: "reported:clause-speaker-cue")
        }
        // CLAUSE, X said, CLAUSE.
        if subjectStart > lo + 1, tokens[subjectStart - 1].text == ",", after < end, tokens[after].text == ",",
           rule == "reported" {
            return Found(speaker: speaker, content: lo..<end, rule: "reported:inside")
        }
        // Forward: X said (that) CLAUSE.
        var c = after
        // Object of tell-type cues and short adverbials before "that": "told reporters on Tuesday that".
        var t = c
        var extra = 0
        while t < end && t - c - extra < 7 {
            let w = tokens[t]
            if w.lower == "that" { break }
            // A noun cue may sit in the adverbial ("said in a statement that", "said via email that"); a verb
            // cue starts another attribution.
            let verbCue = t > c && search.cueIndex(at: t).map { doc.cues[$0].isVerb } == true
                && !SpeakerSearch.determiners.contains(tokens[t - 1].lower) && !lex.isFunctionWord(tokens[t - 1].lower, "adverbial-preposition")
            // "said at a stop in Toledo, Ohio, that …": a state after its city, between commas.
            if w.text == ",", t > c, doc.mentionIndex(atToken: t - 1) != nil, let m = doc.mentionIndex(atToken: t + 1),
               doc.mentions[m].type == .location || doc.mentions[m].type == .government,
               doc.mentions[m].tokens.upperBound < end, tokens[doc.mentions[m].tokens.upperBound].text == "," {
                extra += doc.mentions[m].tokens.count + 2
                t = doc.mentions[m].tokens.upperBound + 1
                continue
            }
            if w.text == "." || w.text == ";" || w.isQuote || w.text == ":" || w.text == "," || w.lower == "to" || verbCue { break }
            // A verb form ends the adverbial; a time noun ("in the early morning hours that") or a noun after a
            // determiner ("at a briefing that") does not.
            if (w.lower.hasSuffix("ed") || w.lower.hasSuffix("ing")) && !w.isCapitalized && doc.mentionIndex(atToken: t) == nil
                && !lex.isFunctionWord(w.lower, "time-noun") && !(t > c && SpeakerSearch.determiners.contains(tokens[t - 1].lower)) { break }
            t += 1
        }
        if t < end, tokens[t].lower == "that", t - c - extra <= 6 {
            c = t + 1
        } else if match.cue.takesObject {
            if c < end, let m = doc.mentionIndex(atToken: c),
               !(doc.mentions[m].tokens.upperBound < end && tokens[doc.mentions[m].tokens.upperBound].flags.contains(.possessive)) {
                c = doc.mentions[m].tokens.upperBound
            } else if c < end, Self.objectPronouns.contains(tokens[c].lower) {
                c += 1
            }
            if c < end, tokens[c].lower == "that" { c += 1 }
        }
        while c < end && (tokens[c].text == "," || tokens[c].text == ":") { c += 1 }
        guard c < end else { return nil }
        // "commented on the possibility", "spoke with reporters", "responded forcefully on Monday": no clause.
        if SpeakerSearch.innerPrepositions.contains(tokens[c].lower) || Self.contentBlockers.contains(tokens[c].lower) || SpeakerSearch.stopWords.contains(tokens[c].lower) && tokens[c].lower != "how" && tokens[c].lower != "what" && tokens[c].lower != "why" && tokens[c].lower != "whether" && tokens[c].lower != "if" && tokens[c].lower != "to" {
            return nil
        }
        if search.isVerbModifier(tokens[c]) && c + 1 < end && SpeakerSearch.innerPrepositions.contains(tokens[c + 1].lower) { return nil }
        // "spoke to a gathering of …", "talked to Clinton": "to" before a noun phrase is no infinitive; the clause
        // is the "that" clause after it ("said to reporters on Monday that …"), or there is none.
        if tokens[c].lower == "to", c + 1 < end {
            let n = tokens[c + 1]
            if isAddresseeAfterTo(c + 1, doc) || lex.isFunctionWord(n.lower, "pronoun-m") || lex.isFunctionWord(n.lower, "pronoun-f") || lex.isFunctionWord(n.lower, "pronoun-pl") {
                var t = c + 2
                while t < end && t - c < 9 && tokens[t].lower != "that" && tokens[t].text != "," && !tokens[t].isQuote && !search.isCue(t) { t += 1 }
                if t + 1 < end, tokens[t].lower == "that" { return Found(speaker: speaker, content: (t + 1)..<end, rule: rule + ":forward") }
                // Unless quoted words follow in the same clause ("spoke to Lee about the “crisis”"): a partial quote
                // is reported speech.
                var k = c + 1
                while k < end && tokens[k].text != "," && !tokens[k].isQuote && search.cueIndex(at: k).map({ doc.cues[$0].isVerb }) != true { k += 1 }
                guard k < end, tokens[k].isQuote else { return nil }
            }
        }
        return Found(speaker: speaker, content: c..<end, rule: rule + ":forward")
    }

    /// Words that cannot open a reported clause or its object.
    static let contentBlockers: Set<String> = ["through", "via", "by", "during", "without", "toward", "towards", "against",
                                               "into", "onto", "upon", "across", "over", "under", "around", "up", "out",
                                               "off", "down", "back", "away", "forward", "later", "earlier"]
    /// Auxiliaries and pronouns that may precede a base-form verb ("they say", "would argue", "did not say").
    static let baseFormLicensers: Set<String> = ["i", "we", "you", "they", "will", "would", "could", "should", "can",
                                                 "may", "might", "must", "did", "do", "does", "to", "not", "n't",
                                                 "also", "often", "still", "generally", "now", "never", "all", "both"]
    /// "said to reporters", "said to the crowd", "said to Trump": an addressee after "to", not a passive
    /// infinitive ("said to be", "believed to have").
    private func isAddresseeAfterTo(_ k: Int, _ doc: AnalyzedDocument) -> Bool {
        guard k < doc.tokens.count else { return false }
        let n = doc.tokens[k]
        return SpeakerSearch.determiners.contains(n.lower) || Self.objectPronouns.contains(n.lower) || doc.mentionIndex(atToken: k) != nil
    }

    static let singularOpeners: Set<String> = ["a", "an", "one", "this", "that", "each", "every", "he", "she", "it"]

    /// Whether a subject fits the cue's verb reading: a base form ("call", "say") wants a plural or I/we/you/they
    /// subject, and a form that is also a noun ("remarks", "demands") wants a name or pronoun as subject.
    private func agrees(_ match: CueMatch, _ subject: SpeakerPhrase, _ doc: AnalyzedDocument) -> Bool {
        let tokens = doc.tokens
        let cueWord = tokens[match.tokens.lowerBound].lower
        let first = tokens[subject.tokens.lowerBound].lower
        let adjacent = subject.tokens.upperBound == match.tokens.lowerBound
        if cueWord == Tokenizer.lower(match.cue.lemma) {
            let before = tokens[match.tokens.lowerBound - 1]
            if adjacent && Self.singularOpeners.contains(first) { return false }
            if adjacent, let m = doc.mentionIndex(atToken: subject.head), let e = doc.mentions[m].entity, doc.entities[e].type == .person,
               doc.mentions[m].tokens.count >= 2, subject.tokens.lowerBound == 0 || tokens[subject.tokens.lowerBound - 1].lower != "and" {
                return false
            }
            // The word before the verb, or the subject's head ("Political observers in Virginia say") or a plural
            // determiner that opens it ("Those close to him say").
            let head = tokens[subject.head].lower
            if !Self.baseFormLicensers.contains(before.lower) && !before.lower.hasSuffix("s")
                && !SpeakerSearch.collectiveNouns.contains(before.lower) && doc.mentionIndex(atToken: match.tokens.lowerBound - 1) == nil
                && !(head.hasSuffix("s") && !head.hasSuffix("ss") && doc.mentionIndex(atToken: subject.head) == nil && subject.head < subject.tokens.upperBound - 1)
                && !(lex.isFunctionWord(first, "plural-opener") && subject.tokens.count > 1) {
                return false
            }
        }
        // "believed to have", "said to be": a passive, not a report by the subject.
        let next = match.tokens.upperBound
        if next < tokens.count, tokens[next].lower == "to", !isAddresseeAfterTo(next + 1, doc), cueWord.hasSuffix("ed") || cueWord == "said" || cueWord == "thought" || cueWord == "known" || cueWord == "seen",
           match.cue.kind == "stance" || match.cue.kind == "report" || cueWord == "said" {
            return false
        }
        if match.alsoNoun && adjacent {
            let headToken = tokens[subject.tokens.upperBound - 1]
            if headToken.flags.contains(.possessive) { return false }
            let named = doc.mentionIndex(atToken: subject.tokens.upperBound - 1).map { !doc.mentions[$0].isDemonym } ?? false
            if !named && !SpeakerSearch.subjectPronouns.contains(headToken.lower) { return false }
        }
        return true
    }
}
