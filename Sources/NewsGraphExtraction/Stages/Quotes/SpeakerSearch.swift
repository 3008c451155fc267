import NewsGraphModel

/// A noun phrase that names who is speaking: a name, a pronoun or an unnamed description
/// ("a senior Mexican official", "people familiar with the discussions").
public struct SpeakerPhrase: Sendable, Hashable {
    public var tokens: Range<Int>
    /// The head word: the last word before any prepositional phrase ("officials" in "officials in Mexico City").
    public var head: Int
}

/// Finds speaker noun phrases around a reporting cue, over tokens and mentions only (no parser): the subject
/// before a cue ("Eduardo Guerrero, a security expert, warned"), the phrase after an inverted cue ("said
/// Trump", "according to officials"), and a sentence's main subject for participle cues ("…, saying").
struct SpeakerSearch {
    let doc: AnalyzedDocument
    let lex: Lexicons
    var tokens: [Token] { doc.tokens }

    init(_ doc: AnalyzedDocument, _ lex: Lexicons) {
        self.doc = doc
        self.lex = lex
    }

    // MARK: - Word classes (closed-class grammar words, not names)

    /// Words that open a noun phrase and end a backward walk.
    static let determiners: Set<String> = [
        "a", "an", "the", "this", "these", "those", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "several", "some", "many", "most", "few", "both", "all", "another", "other", "his", "her",
        "their", "its", "our", "my", "your", "each", "every", "no", "any", "dozens", "hundreds", "thousands",
    ]
    /// Subject pronouns that can report speech.
    static let subjectPronouns: Set<String> = ["he", "she", "they", "it", "we", "i", "you"]
    /// Words that may stand between a subject and its verb ("Trump also said", "she has repeatedly warned").
    static let verbModifiers: Set<String> = [
        "also", "further", "then", "later", "repeatedly", "previously", "reportedly", "again", "recently", "already",
        "still", "just", "even", "once", "has", "have", "had", "was", "were", "is", "are", "will", "would", "could",
        "should", "may", "might", "did", "does", "do", "not", "n't", "never", "long", "often", "earlier", "first",
        "herself", "himself", "themselves", "itself", "too", "now", "had", "being", "been", "be", "always",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
        "tonight", "ultimately", "finally", "initially",
    ]
    /// Nouns ending in -ly that are not adverbs.
    static let lyNouns: Set<String> = ["family", "ally", "rally", "assembly", "supply", "monopoly", "italy", "july", "daily", "anomaly"]
    /// Words that end a noun phrase walk (clause openers, conjunctions, verbs of being).
    static let stopWords: Set<String> = [
        "that", "which", "who", "whom", "whose", "where", "when", "while", "because", "although", "though", "if",
        "as", "since", "but", "or", "so", "than", "after", "before", "until", "unless", "whether", "to", "is", "was",
        "are", "were", "has", "have", "had", "not", "will", "would", "could", "should", "can", "may", "might", "be",
        "been", "being", "did", "does", "do", "also", "and", "then", "how", "what", "why", "by", "said", "says",
        "under", "into", "over", "about", "against", "amid", "despite", "during", "following", "like",
    ]
    /// Words that open an introductory phrase before the subject ("Earlier, …", "Despite …, …").
    static let clauseOpeners: Set<String> = ["earlier", "later", "last", "meanwhile", "however", "separately", "instead",
                                             "asked", "speaking", "once", "unlike", "in", "on", "at", "after", "before", "during"]
    /// Nouns that speak as a group without a plural -s ("people say", "police said").
    static let collectiveNouns: Set<String> = ["people", "police", "public", "media", "staff", "personnel", "management", "leadership", "government", "administration", "military"]
    /// Prepositions allowed inside a speaker phrase ("officials at the ministry", "leaders within a cartel").
    static let innerPrepositions: Set<String> = ["of", "at", "for", "from", "with", "within", "in", "on", "familiar", "close"]

    func isPronoun(_ t: Token) -> Bool {
        t.kind == .word && Self.subjectPronouns.contains(t.lower)
    }

    func isVerbModifier(_ t: Token) -> Bool {
        guard t.kind == .word, !t.isCapitalized || Self.verbModifiers.contains(t.lower) else { return false }
        if Self.verbModifiers.contains(t.lower) { return true }
        // "hasn't", "won't", "must", "didn't": auxiliaries, modals and negations (function_words).
        if !t.isCapitalized, lex.isFunctionWord(t.lower, "auxiliary") || lex.isFunctionWord(t.lower, "modal")
            || lex.isFunctionWord(t.lower, "negation") && t.lower.hasSuffix("n't") {
            return true
        }
        return t.lower.hasSuffix("ly") && t.lower.count > 4 && !Self.lyNouns.contains(t.lower)
    }

    func isCue(_ i: Int) -> Bool { cueIndex(at: i) != nil }

    /// True when a cue at `k` ends a speaker phrase: a verb reading, or a noun of a mental state or act
    /// ("belief", "threat"). A noun that names a document, survey or statement (lexicon column `source`) is a
    /// word of the phrase and may head it ("a new poll shows", "the study found", "according to the report"),
    /// also in a form that is also a verb when a determiner, possessive or name stands before it ("the
    /// report found").
    func endsPhrase(_ k: Int) -> Bool {
        guard let ci = cueIndex(at: k) else { return false }
        let c = doc.cues[ci]
        guard c.nounIsSource else { return true }
        if c.cue.kind == "noun" { return false }
        if c.alsoNoun, c.tokens.lowerBound == k, k > 0 {
            let p = tokens[k - 1]
            if p.kind == .word && Self.determiners.contains(p.lower) || p.flags.contains(.possessive)
                || doc.mentionIndex(atToken: k - 1) != nil && p.isCapitalized {
                return false
            }
        }
        return true
    }

    /// The start of a time adverbial that ends just before `e` and stands between a subject and its verb
    /// ("a poll in late August found", "the senator last week said", "Trump earlier this month argued"):
    /// a preposition or time deictic, then up to four words of a date, ending in a weekday, month, time noun
    /// (function_words: time-noun) or a year.
    func timeAdverbialStart(before e: Int, lowerBound: Int) -> Int? {
        let last = e - 1
        guard last > lowerBound else { return nil }
        let t = tokens[last]
        let isTimeWord: (Token) -> Bool = { w in
            w.kind == .word && (lex.isFunctionWord(w.lower, "weekday") || lex.isFunctionWord(w.lower, "month")
                || lex.isFunctionWord(w.lower, "time-noun"))
        }
        guard isTimeWord(t) || t.kind == .number else { return nil }
        var k = last
        while k - 1 > lowerBound && last - k < 4 {
            let p = tokens[k - 1]
            if lex.isFunctionWord(p.lower, "time-deictic") || lex.isFunctionWord(p.lower, "time-preposition") {
                k -= 1
                // "earlier this month", "in late August": keep walking over a second opener.
                continue
            }
            if isTimeWord(p) || p.kind == .number || p.text == "," && k - 2 > lowerBound && tokens[k - 2].kind == .number { k -= 1; continue }
            break
        }
        guard k < last || lex.isFunctionWord(tokens[k].lower, "time-deictic"), k > lowerBound else { return nil }
        let opener = tokens[k].lower
        guard lex.isFunctionWord(opener, "time-deictic") || lex.isFunctionWord(opener, "time-preposition") else { return nil }
        // A bare number after a preposition is no date ("in 2015" is, "on 42" is not): want a time word or a year.
        if !(k..<e).contains(where: { isTimeWord(tokens[$0]) }) {
            guard t.kind == .number, t.text.count == 4, t.text.allSatisfy(\.isNumber) else { return nil }
        }
        return k
    }

    /// A word that may stand before a speaker's name inside the same noun phrase: a title, an employer or
    /// place name, "of" between a name and its employer ("Mr. Morgan of the Sierra Club"), a party tag in
    /// brackets; not punctuation that ends a phrase, a clause word, a pronoun or a verb cue.
    func isNamePremodifier(_ k: Int) -> Bool {
        let t = tokens[k]
        if t.text == "(" || t.text == ")" || t.kind == .number { return true }
        guard t.kind == .word, !isCue(k), !isPronoun(t) else { return false }
        if t.lower == "of" || t.lower == "the" { return true }
        return !Self.stopWords.contains(t.lower) && !Self.determiners.contains(t.lower)
    }

    /// A phrase that names a time, not a speaker: a weekday or month ("said Tuesday"), or a short phrase that
    /// opens with a time deictic ("this week", "last month", "earlier this year").
    func isTimePhrase(_ r: Range<Int>, head: Int) -> Bool {
        guard doc.mentionIndex(atToken: head) == nil else { return false }
        if lex.isFunctionWord(tokens[head].lower, "weekday") || lex.isFunctionWord(tokens[head].lower, "month") { return true }
        return r.count <= 3 && lex.isFunctionWord(tokens[r.lowerBound].lower, "time-deictic")
    }

    /// A phrase of grammar words, not a noun phrase ("perhaps", "For instance", "came away", "his aides haven't"):
    /// its head is an adverb, preposition, conjunction, auxiliary, modal or negation, or it opens with a sentence
    /// adverb or preposition (function_words classes). Names and pronouns always pass.
    func isNoNounPhrase(_ r: Range<Int>, head: Int) -> Bool {
        guard doc.mentionIndex(atToken: head) == nil, !isPronoun(tokens[head]) else { return false }
        let headClasses: Set<String> = ["preposition", "conjunction", "auxiliary", "modal", "negation"]
        if let c = lex.functionWords[tokens[head].lower], !c.contains("determiner"),
           !c.isDisjoint(with: headClasses) || c.contains("sentence-adverb") && (r.count == 1 || head == r.lowerBound) {
            return true
        }
        // "For instance", "even without": a prepositional phrase ("outside experts" is a noun phrase).
        let first = tokens[r.lowerBound]
        guard doc.mentionIndex(atToken: r.lowerBound) == nil, let c = lex.functionWords[first.lower], !c.contains("determiner") else { return false }
        return c.contains("preposition") && !Self.innerPrepositions.contains(first.lower) && first.lower != "outside" || c.contains("negation")
    }

    /// "saying", "adding", "calling": a participle, whose subject is the clause's.
    func isParticiple(_ k: Int) -> Bool { tokens[k].lower.hasSuffix("ing") }

    /// Index into `doc.cues` of a cue covering token `i`.
    func cueIndex(at i: Int) -> Int? {
        var lo = 0, hi = doc.cues.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if doc.cues[mid].tokens.upperBound <= i { lo = mid + 1 } else { hi = mid }
        }
        return lo < doc.cues.count && doc.cues[lo].tokens.contains(i) ? lo : nil
    }

    // MARK: - Subject before a cue

    /// The subject of the verb cue starting at `k`, searching back no further than `lowerBound`.
    func subject(beforeCue k: Int, lowerBound: Int) -> SpeakerPhrase? {
        // A participle after a comma ("…, saying", "…, calling it") reports for the clause's subject.
        if isParticiple(k), k - 1 >= lowerBound, tokens[k - 1].text == "," || tokens[k - 1].isQuote && k - 2 >= lowerBound && tokens[k - 2].text == "," {
            let sentence = doc.sentences[doc.sentenceOfToken[k]]
            if let s = mainSubject(of: sentence, before: k, lowerBound: lowerBound) { return s }
            // “…,” he said, adding …: the subject of the cue before it.
            var c = (cueIndex(at: k) ?? 0) - 1
            while c >= 0, doc.cues[c].tokens.lowerBound >= max(sentence.tokens.lowerBound, lowerBound) {
                let cue = doc.cues[c]
                if cue.isVerb && !isParticiple(cue.tokens.lowerBound) {
                    if let s = subject(beforeCue: cue.tokens.lowerBound, lowerBound: lowerBound) { return s }
                    if let s = phrase(startingAt: cue.tokens.upperBound, upperBound: k), doc.mentionIndex(atToken: s.head) != nil || isPronoun(tokens[s.head]) {
                        return s
                    }
                    return nil
                }
                c -= 1
            }
            return nil
        }
        var e = k
        var skipped = 0
        while e - 1 >= lowerBound && skipped < 4 && isVerbModifier(tokens[e - 1]) {
            e -= 1
            skipped += 1
        }
        // "…, directly challenging": a participle after an adverb.
        if skipped > 0, isParticiple(k), e - 1 >= lowerBound, tokens[e - 1].text == "," {
            return mainSubject(of: doc.sentences[doc.sentenceOfToken[k]], before: k, lowerBound: lowerBound)
        }
        // "Trump on Tuesday said", "Sheinbaum in a statement said"
        if e - 2 >= lowerBound, tokens[e - 1].isCapitalized, tokens[e - 2].lower == "on",
           Self.verbModifiers.contains(tokens[e - 1].lower) {
            e -= 2
        } else if let t = timeAdverbialStart(before: e, lowerBound: lowerBound), t - 1 >= lowerBound,
                  tokens[t - 1].kind == .word, !Self.stopWords.contains(tokens[t - 1].lower)
                    || tokens[t - 1].lower == "who" && t - 2 >= lowerBound && tokens[t - 2].text == "," {
            // "A Quinnipiac poll in late August found", "Obama last week said", "McConnell, who in 2010 said"
            e = t
            while e - 1 >= lowerBound && skipped < 4 && isVerbModifier(tokens[e - 1]) {
                e -= 1
                skipped += 1
            }
            skipped += 1
        }
        // "A poll released last week found", "the report published Friday said": a participle after the head
        // noun, before a time adverbial, is a reduced relative clause of the subject.
        if skipped > 0, e - 2 >= lowerBound, isReducedRelativeParticiple(e - 1) {
            e -= 1
        }
        guard e - 1 >= lowerBound else { return nil }
        // "Rep. Gwen Moore (D-Wis.) said"
        if tokens[e - 1].text == ")" {
            var c = e - 2
            while c > lowerBound && e - c < 10 && tokens[c].text != "(" { c -= 1 }
            guard c > lowerBound, tokens[c].text == "(" else { return nil }
            e = c
        }
        let last = tokens[e - 1]
        if last.text == "," {
            // Apposition or relative clause between subject and verb: "X, a security expert, warned",
            // "X, who spoke on condition of anonymity, said", "Donna Rawlings, 59, of Ashton, Md., who …, said".
            var c = e - 1
            var fallback: SpeakerPhrase?
            for _ in 0..<4 {
                var b = c - 1
                var steps = 0
                while b >= lowerBound && steps < 24 {
                    let t = tokens[b]
                    if t.text == "," { break }
                    // A period inside the sentence belongs to an abbreviation ("R-Ky."), not a sentence end.
                    // Another reporting verb inside ends the search; a noun cue ("who studies tax policy",
                    // "a statement") does not.
                    if t.text == ";" || t.text == ":" || t.isQuote || cueIndex(at: b).map({ doc.cues[$0].isVerb }) == true {
                        return fallback
                    }
                    b -= 1
                    steps += 1
                }
                // The walk reached the start of the search window: the subject opens it
                // ("“…,” Senate Majority Leader Mitch McConnell, R-Ky., said").
                if b < lowerBound, steps > 0, let p = phrase(endingAt: c, lowerBound: lowerBound), p.tokens.lowerBound == lowerBound {
                    if doc.mentionIndex(atToken: p.head) != nil { return p }
                    return fallback ?? p
                }
                guard b >= lowerBound, tokens[b].text == "," else { return fallback }
                // "Rep. Gregory Meeks (D-N.Y.), chairman of …, said": the name before its party tag.
                var end = b
                if end - 1 > lowerBound, tokens[end - 1].text == ")" {
                    var o = end - 2
                    while o > lowerBound && end - o < 10 && tokens[o].text != "(" { o -= 1 }
                    if o > lowerBound, tokens[o].text == "(" { end = o }
                }
                if let p = phrase(endingAt: end, lowerBound: lowerBound) {
                    let named = doc.mentionIndex(atToken: p.head).map { !doc.mentions[$0].isDemonym } ?? false
                    if named, let m = doc.mentionIndex(atToken: p.head), let ent = doc.mentions[m].entity, doc.entities[ent].type == .person {
                        return p
                    }
                    // "China, Pyongyang's only ally and its lifeline to the outside world, said": a name before
                    // its apposition speaks, not the apposition's last noun.
                    if fallback == nil || named && fallback.map({ doc.mentionIndex(atToken: $0.head) == nil }) == true { fallback = p }
                }
                c = b
            }
            return fallback
        }
        if last.lower == "who", e - 2 >= lowerBound, tokens[e - 2].text == "," {
            return phrase(endingAt: e - 2, lowerBound: lowerBound)
        }
        let p = phrase(endingAt: e, lowerBound: lowerBound)
        // "X issued a statement calling …", "she read from a prepared statement outlining …": a participle
        // after a document noun reports for the clause's subject, the one who issued it.
        if let p, isParticiple(k), e == k, p.tokens.lowerBound > doc.sentences[doc.sentenceOfToken[k]].tokens.lowerBound,
           let ci = cueIndex(at: e - 1), doc.cues[ci].nounIsSource {
            return mainSubject(of: doc.sentences[doc.sentenceOfToken[k]], before: p.tokens.lowerBound, lowerBound: lowerBound)
        }
        return p
    }

    /// A lowercase past participle that is not a cue, after a word of a noun phrase ("poll released").
    func isReducedRelativeParticiple(_ k: Int) -> Bool {
        let t = tokens[k], p = tokens[k - 1]
        return t.kind == .word && !t.isCapitalized && t.lower.hasSuffix("ed") && !isCue(k)
            && p.kind == .word && !Self.stopWords.contains(p.lower) && !Self.determiners.contains(p.lower)
            && !isVerbModifier(p) && !isPronoun(p)
    }

    /// The noun phrase that ends just before `e`.
    func phrase(endingAt e: Int, lowerBound: Int) -> SpeakerPhrase? {
        let k = e - 1
        guard k >= lowerBound else { return nil }
        let t = tokens[k]
        if let m = doc.mentionIndex(atToken: k) {
            let mention = doc.mentions[m]
            var start = max(mention.tokens.lowerBound, lowerBound)
            // "Mexico’s President Claudia Sheinbaum", "U.S. Secretary of State Marco Rubio": take the title too.
            if let title = mention.title {
                while start - 1 >= lowerBound && tokens[start - 1].start >= title.start { start -= 1 }
            }
            // "the Tax Foundation"
            if start - 1 >= lowerBound, tokens[start - 1].lower == "the" || tokens[start - 1].lower == "a" { start -= 1 }
            // "Political observers in Ohio say", "officials at the ministry said": a place or body after a preposition
            // belongs to the common noun before it, which heads the phrase.
            if mention.type != .person, start - 2 >= lowerBound, ["in", "at", "from", "for", "within"].contains(tokens[start - 1].lower),
               tokens[start - 2].kind == .word, !tokens[start - 2].isCapitalized, doc.mentionIndex(atToken: start - 2) == nil,
               let inner = phrase(endingAt: start - 1, lowerBound: lowerBound) {
                return SpeakerPhrase(tokens: inner.tokens.lowerBound..<e, head: inner.head)
            }
            return SpeakerPhrase(tokens: start..<e, head: k)
        }
        if isPronoun(t) { return SpeakerPhrase(tokens: k..<e, head: k) }
        guard t.kind == .word || t.kind == .number && k - 1 >= lowerBound && Self.innerPrepositions.contains(tokens[k - 1].lower),
              !t.flags.contains(.possessive), !Self.stopWords.contains(t.lower), !Self.innerPrepositions.contains(t.lower), !endsPhrase(k),
              !Self.determiners.contains(t.lower) || t.lower == "both" || t.lower == "others" || t.lower == "some" || t.lower == "many"
        else { return nil }
        var start = k
        var head = k
        var extendedOverPreposition = false
        while start - 1 >= lowerBound && e - start < 12 {
            let p = tokens[start - 1]
            if Self.determiners.contains(p.lower) && p.kind == .word {
                start -= 1
                // "officials at the ministry": a prepositional phrase inside the speaker phrase.
                if !extendedOverPreposition, start - 2 >= lowerBound, Self.innerPrepositions.contains(tokens[start - 1].lower),
                   tokens[start - 2].kind == .word, !Self.stopWords.contains(tokens[start - 2].lower),
                   !Self.determiners.contains(tokens[start - 2].lower), !endsPhrase(start - 2) {
                    extendedOverPreposition = true
                    start -= 1
                    head = start - 1
                    continue
                }
                break
            }
            if p.kind == .number { start -= 1; continue }
            if p.flags.contains(.possessive) { start -= 1; continue }
            if p.kind == .word && Self.innerPrepositions.contains(p.lower) && !extendedOverPreposition && p.lower != "familiar" && p.lower != "close",
               start - 2 >= lowerBound, tokens[start - 2].kind == .word, !Self.stopWords.contains(tokens[start - 2].lower),
               !Self.determiners.contains(tokens[start - 2].lower), !endsPhrase(start - 2) {
                extendedOverPreposition = true
                start -= 1
                head = start - 1
                continue
            }
            if p.kind == .word && (p.lower == "to" || p.lower == "with"), start - 2 >= lowerBound,
               tokens[start - 2].lower == "close" || tokens[start - 2].lower == "familiar" {
                // "those close to him", "people familiar with the talks"
                start -= 2
                head = start - 1
                extendedOverPreposition = true
                continue
            }
            if p.kind == .word && (p.lower == "familiar" || p.lower == "close") {
                // "people familiar with the discussions", "sources close to the president"
                start -= 1
                head = start - 1
                extendedOverPreposition = true
                continue
            }
            guard p.kind == .word, !Self.stopWords.contains(p.lower), !endsPhrase(start - 1), !isPronoun(p) else { break }
            if (p.lower.hasSuffix("ed") || p.lower.hasSuffix("ing")) && !p.isCapitalized && !p.flags.contains(.hyphenated) {
                // A participle belongs to the phrase only right after a determiner ("a retired general").
                if start - 2 >= lowerBound, Self.determiners.contains(tokens[start - 2].lower) { start -= 1; continue }
                break
            }
            start -= 1
        }
        // A lone lowercase singular word is no speaker ("blowing up suspected boats", "history shows").
        if start == k, t.kind == .number || !t.isCapitalized && !t.lower.hasSuffix("s") && !Self.collectiveNouns.contains(t.lower) { return nil }
        if head < start { head = start }
        if isTimePhrase(start..<e, head: head) || isNoNounPhrase(start..<e, head: head) { return nil }
        return SpeakerPhrase(tokens: start..<e, head: head)
    }

    // MARK: - Phrase after a cue

    /// The noun phrase that starts at `s` ("said Trump", "according to people familiar with the talks").
    func phrase(startingAt s: Int, upperBound: Int) -> SpeakerPhrase? {
        guard s < upperBound else { return nil }
        let t = tokens[s]
        if isPronoun(t) { return SpeakerPhrase(tokens: s..<(s + 1), head: s) }
        guard t.kind == .word || t.kind == .number, !Self.stopWords.contains(t.lower) || t.lower == "both",
              !Self.innerPrepositions.contains(t.lower) else { return nil }
        var e = s
        var head = -1
        while e < upperBound && e - s < 10 {
            let u = tokens[e]
            if let m = doc.mentionIndex(atToken: e) {
                let mention = doc.mentions[m]
                e = min(mention.tokens.upperBound, upperBound)
                if head < 0 && !mention.isDemonym { head = e - 1 }
                continue
            }
            if u.kind == .number || u.flags.contains(.possessive) { e += 1; continue }
            guard u.kind == .word, !endsPhrase(e) else { break }
            if Self.innerPrepositions.contains(u.lower) || u.lower == "familiar" || u.lower == "close" {
                if head < 0 { head = e - 1 }
                e += 1
                continue
            }
            if Self.stopWords.contains(u.lower) && u.lower != "and" { break }
            // "…, said Ivanka Trump’s statement didn’t clarify": an auxiliary, modal or negation is a verb.
            if !u.isCapitalized, lex.isFunctionWord(u.lower, "auxiliary") || lex.isFunctionWord(u.lower, "modal")
                || lex.isFunctionWord(u.lower, "negation") { break }
            if (u.lower.hasSuffix("ing") || u.lower.hasSuffix("ed")) && !u.isCapitalized && !u.flags.contains(.hyphenated),
               !(e > s && Self.determiners.contains(tokens[e - 1].lower)) { break }
            if u.lower == "and" {
                // "Mexican officials and analysts" but not "said Trump and added".
                guard e + 1 < upperBound, tokens[e + 1].kind == .word, !isCue(e + 1) else { break }
            }
            e += 1
        }
        guard e > s else { return nil }
        // Drop a trailing preposition or conjunction.
        while e - 1 > s && (Self.innerPrepositions.contains(tokens[e - 1].lower) || tokens[e - 1].lower == "and") { e -= 1 }
        if head < 0 || head >= e { head = e - 1 }
        if isTimePhrase(s..<e, head: head) || isNoNounPhrase(s..<e, head: head) { return nil }
        // A lone lowercase singular word is no source ("citing sovereignty").
        if e == s + 1, t.kind == .word, !t.isCapitalized, !t.lower.hasSuffix("s"), !Self.collectiveNouns.contains(t.lower),
           doc.mentionIndex(atToken: s) == nil {
            return nil
        }
        return SpeakerPhrase(tokens: s..<e, head: head)
    }

    // MARK: - Main subject of a sentence

    /// The subject that opens the sentence (or the clause after an introductory phrase), for participle cues
    /// ("Trump declined, saying …") and cues whose subject is shared ("She thanked him and added …").
    func mainSubject(of sentence: Sentence, before limit: Int, lowerBound: Int = 0) -> SpeakerPhrase? {
        let first = max(sentence.tokens.lowerBound, lowerBound)
        if let s = clauseSubject(from: first, before: limit) { return s }
        // "Hours later, Trump raised …": the subject after a short introductory phrase.
        var k = first
        while k < limit && k - first < 8 {
            if tokens[k].text == "," { return clauseSubject(from: k + 1, before: limit) }
            if tokens[k].isQuote || isCue(k) { break }
            k += 1
        }
        return nil
    }

    private func clauseSubject(from start: Int, before limit: Int) -> SpeakerPhrase? {
        var i = start
        // Skip an introductory phrase or clause that ends with a comma ("On Tuesday, …", "While X was …, …").
        if i < limit, Self.stopWords.contains(tokens[i].lower) || Self.innerPrepositions.contains(tokens[i].lower)
            || Self.clauseOpeners.contains(tokens[i].lower) {
            var k = i
            while k < limit && k - i < 24 {
                if tokens[k].text == "," { i = k + 1; break }
                if tokens[k].isQuote || tokens[k].text == "." { break }
                k += 1
            }
        }
        guard i < limit else { return nil }
        if isPronoun(tokens[i]) { return SpeakerPhrase(tokens: i..<(i + 1), head: i) }
        // The first mention, if it opens the clause (after at most a determiner or title words).
        var j = i
        while j < limit && j - i < 6 {
            if let m = doc.mentionIndex(atToken: j) {
                let mention = doc.mentions[m]
                if mention.isDemonym { j = mention.tokens.upperBound; continue }
                var end = mention.tokens.upperBound
                // "Mexico’s President Claudia Sheinbaum"
                if end < limit, tokens[end].flags.contains(.possessive) { j = end + 1; continue }
                // "White House spokeswoman Anna Kelly": the name whose title prefix starts here.
                var n = m + 1
                while n < doc.mentions.count && doc.mentions[n].tokens.lowerBound < min(limit, end + 5) {
                    if let title = doc.mentions[n].title, end < tokens.count, title.start <= tokens[end].start {
                        end = doc.mentions[n].tokens.upperBound
                        break
                    }
                    n += 1
                }
                end = min(end, limit)
                return SpeakerPhrase(tokens: i..<end, head: end - 1)
            }
            let t = tokens[j]
            if t.kind != .word || Self.stopWords.contains(t.lower) || isCue(j) { break }
            j += 1
        }
        return nil
    }
}
