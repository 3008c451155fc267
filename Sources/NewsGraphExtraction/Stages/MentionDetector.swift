import NewsGraphModel

/// Finds the names in each sentence and gives each a first type.
///
/// A candidate is a run of capitalized words, with name particles inside ("Juan Ramón de la Fuente"),
/// connectors where the name needs them ("Douglas & Lomason", "Bank of England", "Securities and Exchange
/// Commission"), or a whole gazetteer phrase. Each run is then cut into:
/// - a title prefix ("Former U.S. President", "Mexican Foreign Secretary", "Cofinec CEO"), which makes
///   what follows a person and records the title and what it is of (see `TitlePrefix`);
/// - sentence-initial and headline words that are ordinary English words ("Despite", "Read", "Turns"),
///   dropped unless the document also writes them capitalized mid-sentence;
/// - the name itself, typed by the gazetteer, by its head word ("… Department", "… Cartel"), by a first
///   name, or left `.misc` for the resolver to decide from the rest of the document.
/// Country words followed by "government"/"administration" or by force nouns ("U.S. troops") become
/// mentions of the government or of the country's military.
///
/// Sentences are read in two passes: prose first, then headlines and lines written in capitals, where
/// the case says little and the names already found in the prose (plus the gazetteer) are matched instead.
public struct MentionDetector: PipelineStage {
    public let requires: Set<Layer> = [.tokens, .sentences]
    public let produces: Set<Layer> = [.mentions]
    let lex: Lexicons
    let gazetteer: GazetteerMatcher

    /// Lowercase words inside a person's name ("Juan Ramón de la Fuente", "Osama bin Laden").
    static let nameParticles: Set<String> = ["de", "del", "la", "las", "los", "da", "das", "do", "dos", "di", "van", "von",
                                             "der", "den", "ter", "bin", "ibn", "al", "el", "le", "du", "y", "e"]
    /// Lowercase prefixes written with a hyphen before a capitalized name part ("al-Aqsa", "el-Sisi").
    static let hyphenParticles: Set<String> = ["al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "bin", "ibn", "abu", "ul"]
    /// Generational suffixes written after a name ("Joseph R. Biden, Jr.").
    static let nameSuffixes: Set<String> = ["jr.", "jr", "sr.", "sr"]
    /// Lowercase words that join the parts of an institution's name, after a head word ("Bank of England").
    static let connectors: Set<String> = ["of", "for", "on", "the", "and", "in", "&"]
    static let governmentNouns: Set<String> = ["government", "administration", "authorities", "officials", "regime"]
    static let forceNouns: Set<String> = ["military", "troops", "forces", "army", "navy", "soldiers", "marines",
                                          "armed forces", "special forces", "air force", "military forces"]
    /// Function-word classes that are never a name on their own ("Friday", "July", "I").
    static let nonNameClasses: Set<String> = ["month", "weekday", "pronoun-1", "pronoun-2", "pronoun-m", "pronoun-f",
                                              "pronoun-pl", "pronoun-n"]

    public init(lexicons: Lexicons) {
        self.lex = lexicons
        self.gazetteer = GazetteerMatcher(lex: lexicons)
    }

    enum CaseMode { case prose, headline, caseless }

    public func run(_ document: AnalyzedDocument) -> AnalyzedDocument {
        var doc = document
        let tokens = doc.tokens
        var linesOfParagraph: [Int: Int] = [:]
        for s in doc.sentences { linesOfParagraph[s.paragraph, default: 0] += 1 }
        let modes = doc.sentences.map { caseMode($0, tokens, aloneInLine: linesOfParagraph[$0.paragraph] == 1) }
        // "Little Relief for Refugees: The refugee crisis …": a section title run into the prose after a colon.
        let headings: [Int?] = doc.sentences.indices.map { modes[$0] == .prose ? headingPrefixEnd(doc.sentences[$0], tokens) : nil }
        // Words this document writes capitalized inside a sentence of prose: evidence that they are names;
        // and words written right after a first name ("Theresa May"): names even where they are also months.
        var capitalizedInProse = Set<String>()
        var personNameWords = Set<String>()
        for (si, s) in doc.sentences.enumerated() where modes[si] == .prose {
            for k in s.tokens.dropFirst() where tokens[k].isCapitalized && tokens[k].kind == .word && k > (headings[si] ?? -1) {
                let prev = tokens[k - 1]
                if prev.kind == .quote || prev.text == ":" || prev.kind == .dash { continue }
                capitalizedInProse.insert(tokens[k].text)
                if let f = lex.firstNames[prev.text], !f.ambiguous, prev.isCapitalized { personNameWords.insert(tokens[k].text) }
            }
        }
        // Acronyms the document defines in parentheses ("Kurdistan Democratic Party (KDP)").
        var definedAcronyms = Set<String>()
        for k in tokens.indices.dropFirst() where tokens[k].isAllCaps && tokens[k - 1].text == "(" {
            definedAcronyms.insert(tokens[k].text)
        }
        // Romanized two-syllable given names after a short family name ("Kim In-so", "Chen Chun-yeh"): name
        // words, though written like a compound with a lowercase part.
        var syllableNames = Set<Int>()
        for k in tokens.indices.dropFirst() where tokens[k].flags.contains(.hyphenated) && tokens[k].isCapitalized {
            let prev = tokens[k - 1]
            guard prev.kind == .word, prev.isCapitalized, !prev.isAllCaps, prev.text.count <= 5, prev.flags.contains(.capitalized),
                  lex.functionWords[prev.lower] == nil, tokens[k].flags.contains(.spaceBefore) else { continue }
            let parts = tokens[k].text.split(separator: "-")
            guard parts.count == 2, parts[0].count <= 5, (2...4).contains(parts[1].count), parts[1].allSatisfy(\.isLowercase),
                  !Self.compoundTails.contains(String(parts[1])) else { continue }
            syllableNames.insert(tokens[k].start)
        }
        var c = Context(tokens: tokens, capitalizedInProse: capitalizedInProse, personNameWords: personNameWords,
                        definedAcronyms: definedAcronyms, syllableNames: syllableNames)
        for (si, s) in doc.sentences.enumerated() where modes[si] == .prose {
            c.sentence = si
            c.mode = .prose
            var body = s
            if let colon = headings[si] { body.tokens = (colon + 1)..<s.tokens.upperBound }
            scan(body, &c)
        }
        c.known = KnownNames(c.mentions, tokens)
        let proseWords = Set(c.mentions.flatMap { m in m.tokens.map { tokens[$0].lower } })
        let proseCount = c.mentions.count
        for (si, s) in doc.sentences.enumerated() {
            c.sentence = si
            if modes[si] != .prose {
                c.mode = modes[si]
                scan(s, &c)
            } else if let colon = headings[si] {
                c.mode = .headline
                var title = s
                title.tokens = s.tokens.lowerBound..<colon
                scan(title, &c)
            }
        }
        // A name seen only in a headline must be confirmed by the body or a lexicon.
        let headlineMentions = c.mentions[proseCount...].filter { isConfirmed($0, proseWords: proseWords, tokens) }
        c.mentions.removeSubrange(proseCount...)
        c.mentions.append(contentsOf: headlineMentions)
        doc.mentions = dropOrdinaryWords(c.mentions, tokens, personNameWords: personNameWords).sorted { $0.start < $1.start }
        return doc
    }

    struct Context {
        let tokens: [Token]
        let capitalizedInProse: Set<String>
        let personNameWords: Set<String>
        let definedAcronyms: Set<String>
        let syllableNames: Set<Int>
        var sentence = 0
        var mode = CaseMode.prose
        var known = KnownNames()
        var mentions: [EntityMention] = []
        var headline: Bool { mode != .prose }
    }

    /// Names found in the document's prose, looked up by their folded words in headlines and capital lines.
    struct KnownNames {
        var byWords: [String: EntityMention] = [:]
        var longest = 0

        init() {}

        init(_ mentions: [EntityMention], _ tokens: [Token]) {
            for m in mentions {
                let key = m.tokens.map { tokens[$0].lower }.joined(separator: " ")
                if byWords[key] == nil { byWords[key] = m }
                longest = max(longest, m.tokens.count)
            }
        }

        func match(_ tokens: [Token], at i: Int, limit: Int) -> (length: Int, mention: EntityMention)? {
            guard tokens[i].kind == .word else { return nil }
            var n = min(longest, limit - i)
            while n >= 1 {
                if tokens[i + n - 1].kind == .word {
                    let key = tokens[i..<(i + n)].map(\.lower).joined(separator: " ")
                    if let m = byWords[key] { return (n, m) }
                }
                n -= 1
            }
            return nil
        }
    }

    /// Drops one-word names that are ordinary words the same document also writes in lowercase ("Peace",
    /// "Refugees", "Center", "Media"): capitalized by a title or a heading, not names. A word that is part
    /// of a longer name in the document ("Bush" after "George Bush") or follows a first name is kept.
    /// Also drops a family named by a plural surname ("the Clintons").
    private func dropOrdinaryWords(_ mentions: [EntityMention], _ tokens: [Token], personNameWords: Set<String>) -> [EntityMention] {
        var lowercase = Set<String>()
        for t in tokens where t.kind == .word && !t.isCapitalized && !t.isAllCaps { lowercase.insert(t.text) }
        var nameParts = Set<String>()
        for m in mentions where m.tokens.count >= 2 {
            for k in m.tokens { nameParts.insert(tokens[k].text) }
        }
        // Surnames of the people the document names in full ("Clinton" of "Hillary Clinton").
        var surnames = Set<String>()
        for m in mentions where m.tokens.count >= 2 && lex.firstNames[tokens[m.tokens.lowerBound].text] != nil {
            surnames.insert(tokens[m.tokens.upperBound - 1].text)
        }
        return mentions.filter { m in
            guard m.tokens.count == 1, m.canonical == nil, m.rule == "capitalized", m.title == nil else { return true }
            let t = tokens[m.tokens.lowerBound]
            // "the Clintons", "the Bushes": a family, named by the plural of a surname the document gives a person,
            // is not one actor.
            if m.tokens.lowerBound > 0, tokens[m.tokens.lowerBound - 1].lower == "the", t.text.hasSuffix("s"),
               surnames.contains(String(t.text.dropLast())) || (t.text.hasSuffix("es") && surnames.contains(String(t.text.dropLast(2)))) {
                return false
            }
            guard !t.isAllCaps, lex.commonWords.contains(t.lower), lowercase.contains(t.lower) else { return true }
            return nameParts.contains(t.text) || personNameWords.contains(t.text) || lex.firstNames[t.text] != nil
        }
    }

    /// Rules whose mention rests on capitalization alone; in a headline such a mention needs the body's word.
    static let capitalizationRules: Set<String> = ["capitalized", "head", "ampersand", "acronym", "first-name", "title"]

    /// True when every word of a headline mention is also written in a name of the body, or is an
    /// unambiguous first name (lexicon); gazetteer and known-name matches are confirmed already.
    private func isConfirmed(_ m: EntityMention, proseWords: Set<String>, _ tokens: [Token]) -> Bool {
        guard Self.capitalizationRules.contains(m.rule) else { return true }
        return m.tokens.allSatisfy { k in
            let t = tokens[k]
            guard t.kind == .word, t.isCapitalized || t.isAllCaps else { return true }
            return proseWords.contains(t.lower) || lex.firstNames[t.text].map { !$0.ambiguous } == true
        }
    }

    /// A line of its own written in title case ("Visa Program Up for Renewal Amid Allegations of Fraud.",
    /// "Human Rights."): every word but the short function words capitalized, whatever its final mark.
    private func isTitleLine(_ s: Sentence, _ tokens: [Token]) -> Bool {
        var content = 0
        for k in s.tokens where tokens[k].kind == .word {
            let t = tokens[k]
            guard t.text.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) else { continue }
            if t.isCapitalized || t.isAllCaps { content += 1; continue }
            if lex.isFunctionWord(t.lower) && t.text.count <= 4 { continue }
            return false
        }
        return content >= 1 && content <= 16
    }

    /// The colon that ends a title-case heading opening a line ("Limited Tools to Fight Terrorism: The …").
    private func headingPrefixEnd(_ s: Sentence, _ tokens: [Token]) -> Int? {
        guard tokens[s.tokens.lowerBound].flags.contains(.lineStart) else { return nil }
        var content = 0, glue = 0
        for k in s.tokens {
            let t = tokens[k]
            if t.text == ":" {
                // "Maria Lopez: “…”" is a speaker's label, not a heading: a heading has three title words or
                // a small word between them, and prose (not a quote) after it.
                guard content + glue >= 3, content >= 2, k + 1 < s.tokens.upperBound, tokens[k + 1].kind == .word else { return nil }
                return k
            }
            guard t.kind == .word, k - s.tokens.lowerBound < 12 else { return nil }
            if t.isCapitalized && !t.isAllCaps { content += 1; continue }
            if lex.isFunctionWord(t.lower) && !t.isCapitalized && t.text.count <= 4 { glue += 1; continue }
            return nil
        }
        return nil
    }

    /// Prose, a headline (every word capitalized), or a line in capitals (headline, dateline).
    private func caseMode(_ s: Sentence, _ tokens: [Token], aloneInLine: Bool) -> CaseMode {
        var words = 0, caps = 0, lower = 0
        for k in s.tokens where tokens[k].kind == .word && !tokens[k].flags.contains(.possessive) {
            guard tokens[k].text.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) else { continue }
            words += 1
            if tokens[k].isAllCaps || (tokens[k].flags.contains(.abbreviation) && tokens[k].text == tokens[k].text.uppercased()) { caps += 1 }
            if !tokens[k].isCapitalized { lower += 1 }
        }
        if words > 0 && lower <= words / 4 && caps * 3 >= words * 2 && (caps >= 2 || words == 1) { return .caseless }
        if s.isHeadline || (aloneInLine && words >= 2 && isTitleLine(s, tokens)) { return .headline }
        return .prose
    }

    // MARK: - Scanning

    private func scan(_ s: Sentence, _ c: inout Context) {
        let tokens = c.tokens
        var i = s.tokens.lowerBound
        let end = s.tokens.upperBound
        while i < end {
            if c.mode != .prose, let k = c.known.match(tokens, at: i, limit: end) {
                var m = mention(i, i + k.length, type: k.mention.type, rule: "known:" + k.mention.rule, c)
                m.canonical = k.mention.canonical
                m.lexicon = k.mention.lexicon
                m.isDemonym = k.mention.isDemonym
                m.gender = k.mention.gender
                c.mentions.append(m)
                i += k.length
                continue
            }
            if c.mode == .caseless {
                if let g = gazetteer.match(tokens, at: i, limit: end, caseless: true) {
                    appendGazetteer(g, i, c: &c, extendLowercase: false)
                    i += g.length
                    continue
                }
                if let d = dateline(at: i, s, c) {
                    for (a, b) in d { c.mentions.append(mention(a, b, type: .location, rule: "dateline", c)) }
                    i = d.last!.1
                    continue
                }
                i += 1
                continue
            }
            if isPartyStateCode(tokens[i]) || continuesPartyStateCode(i, tokens) {
                // "(R-Wis.)", "D-N.Y.": a member's party and state, not a name (also when the sentence splitter
                // cut "D-N." from "Y.").
                i += 1
                while i < end, !tokens[i].flags.contains(.spaceBefore), tokens[i].kind == .word || tokens[i].text == "." { i += 1 }
                continue
            }
            if c.mode == .prose, let close = quotedTitleEnd(i, end, c) {
                // “Shark Tank”, “Big Daddy”, “The Comeback Kid”: a title or nickname in quotation marks.
                i = close
                continue
            }
            guard isNameWord(tokens[i], c) else { i += 1; continue }
            let j = runEnd(from: i, end, c)
            if j < end, isCompoundModifier(tokens[j]) {
                // "Hong Kong-based", "United Nations-sponsored": the name is inside an adjective.
                i = j + 1
                continue
            }
            if c.mode == .prose, isTitleCaseRun(i, j, c) {
                // "Sanders And Clinton Are Fighting About Obama" inside prose: a title written in headline
                // case; read it as a headline, keeping only the words that look like names.
                c.mode = .headline
                var a = i
                while a < j {
                    guard isNameWordInHeadline(tokens[a], c) || gazetteer.match(tokens, at: a, limit: j) != nil else { a += 1; continue }
                    var b = a + 1
                    while b < j && isNameWordInHeadline(tokens[b], c) { b += 1 }
                    analyzeRun(a, b, sentenceStart: true, &c)
                    a = b
                }
                c.mode = .prose
            } else {
                analyzeRun(i, j, sentenceStart: isSentenceStart(i, s, tokens), &c)
            }
            i = max(j, i + 1)
        }
    }

    /// The closing quotation mark after `i` when the quotation opened right before `i` holds only a short
    /// Title-Case phrase (a show, a book, a slogan, a nickname) that neither the gazetteer nor a given name
    /// makes a name: "on “Shark Tank.”", "hailed him as “The Comeback Kid”".
    private func quotedTitleEnd(_ i: Int, _ end: Int, _ c: Context) -> Int? {
        let tokens = c.tokens
        guard i > 0, tokens[i - 1].isQuote, !tokens[i].flags.contains(.spaceBefore), tokens[i].kind == .word,
              tokens[i].isCapitalized else { return nil }
        var k = i, words = 0
        while k < tokens.count, !tokens[k].isQuote {
            let t = tokens[k]
            if t.kind == .word {
                words += 1
                guard words <= 6 else { return nil }
                if !t.isCapitalized && !(lex.isFunctionWord(t.lower) && t.text.count <= 4) { return nil }
                if gazetteer.match(tokens, at: k, limit: tokens.count) != nil { return nil }
                if let f = lex.firstNames[t.text], !f.ambiguous { return nil }
            } else if !(t.text == "." || t.text == "," || t.text == "!" || t.text == "?" || t.kind == .dash) {
                return nil
            }
            k += 1
        }
        guard words > 0, k < tokens.count, !tokens[k].flags.contains(.spaceBefore) else { return nil }
        return min(k, end)
    }

    /// The second half of a party-state code written without a space ("Y." of "D-N.Y.", "C." of "R-S.C.").
    private func continuesPartyStateCode(_ i: Int, _ tokens: [Token]) -> Bool {
        var k = i
        while k > 0, !tokens[k].flags.contains(.spaceBefore), i - k < 4 {
            k -= 1
            if isPartyStateCode(tokens[k]) { return true }
            guard tokens[k].kind == .word || tokens[k].text == "." else { return false }
        }
        return false
    }

    /// "R-Ky", "D-N", "I-Vt": a party letter and a state abbreviation joined by a hyphen.
    private func isPartyStateCode(_ t: Token) -> Bool {
        guard t.kind == .word, t.flags.contains(.hyphenated) else { return false }
        let parts = t.text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, ["R", "D", "I"].contains(parts[0]), let f = parts[1].first, f.isUppercase else { return false }
        return parts[1].count <= 5
    }

    /// A run of four or more words with a capitalized function word inside ("And", "About", "Are") that
    /// no gazetteer name explains: headline case, not one name.
    private func isTitleCaseRun(_ i: Int, _ j: Int, _ c: Context) -> Bool {
        let tokens = c.tokens
        guard j - i >= 4, gazetteer.match(tokens, at: i, limit: j)?.length != j - i else { return false }
        return (i + 1..<j - 1).contains { k in
            let t = tokens[k]
            return t.kind == .word && t.isCapitalized && !t.isAllCaps && isHeadlineGlue(t.lower)
                && gazetteer.match(tokens, at: k, limit: j) == nil
        }
    }

    static let glueClasses: Set<String> = ["preposition", "conjunction", "auxiliary", "modal", "determiner", "negation", "relative"]

    /// A preposition, conjunction, auxiliary, determiner …: the words that hold a headline's phrase together.
    private func isHeadlineGlue(_ lower: String) -> Bool {
        guard let classes = lex.functionWords[lower] else { return false }
        return !classes.isDisjoint(with: Self.glueClasses)
    }

    /// "BUCHAREST 1996-08-30", "FARMINGTON HILLS, Mich.", "ERBIL (Kurdistan24) -": the place a story
    /// was filed from, written in capitals at the start of a line.
    private func dateline(at i: Int, _ s: Sentence, _ c: Context) -> [(Int, Int)]? {
        let tokens = c.tokens
        guard i == s.tokens.lowerBound, tokens[i].flags.contains(.lineStart) else { return nil }
        var k = i
        while k < s.tokens.upperBound, tokens[k].kind == .word, tokens[k].isCapitalized,
              tokens[k].isAllCaps || tokens[k].flags.contains(.abbreviation) || tokens[k].text.count == 1 || tokens[k].text.contains("'") { k += 1 }
        guard k > i, !(k - i == 1 && isCapitalizedCommonWord(i, c)) else { return nil }
        if k == s.tokens.upperBound { return nil }
        let next = tokens[k]
        guard next.text == "," || next.text == "(" || next.kind == .dash || next.kind == .number else { return nil }
        var spans = [(i, k)]
        if next.text == ",", k + 1 < s.tokens.upperBound, tokens[k + 1].kind == .word, tokens[k + 1].isCapitalized {
            var e = k + 1
            while e < s.tokens.upperBound, tokens[e].kind == .word, tokens[e].isCapitalized { e += 1 }
            spans.append((k + 1, e))
        }
        return spans
    }

    /// A word that can be part of a name.
    private func isNameWord(_ t: Token, _ c: Context) -> Bool {
        guard t.kind == .word, !t.flags.contains(.possessive) else { return false }
        if !t.isCapitalized {
            // "then-President Maduro": a title that opens the run.
            if stripTitleModifier(t) != nil { return true }
            // "al-Aqsa", "el-Sisi"
            guard t.flags.contains(.hyphenated), let dash = t.text.firstIndex(of: "-") else { return false }
            let prefix = String(t.lower[..<(t.lower.firstIndex(of: "-") ?? t.lower.endIndex)])
            let rest = t.text[t.text.index(after: dash)...]
            return Self.hyphenParticles.contains(prefix) && rest.first?.isUppercase == true
        }
        if let classes = lex.functionWords[t.lower], !classes.isDisjoint(with: Self.nonNameClasses),
           !t.isAllCaps, !c.personNameWords.contains(t.text) {
            return false
        }
        if t.flags.contains(.hyphenated), !t.isAllCaps, !c.syllableNames.contains(t.start) {
            // "Ontario-based", "Year-on-year": a capitalized word with a lowercase compound part.
            let parts = t.text.split(separator: "-")
            if parts.count >= 2, parts.dropFirst().contains(where: { $0.first?.isLowercase == true }) { return false }
        }
        var letters = 0, digits = 0
        for u in t.text.unicodeScalars {
            if u.properties.isAlphabetic { letters += 1 } else if u.properties.numericType != nil { digits += 1 }
        }
        if digits > 0 && letters < 3 { return false }
        // "PACs", "NGOs", "CEOs": the plural of an acronym names a kind of thing, not one actor.
        if t.text.count >= 3, t.text.hasSuffix("s"), t.text.dropLast().allSatisfy({ $0.isUppercase }) { return false }
        return true
    }

    /// Short lowercase tails of compounds ("U.S.-led", "Paris-born"), never a syllable of a given name.
    static let compoundTails: Set<String> = ["led", "run", "era", "type", "like", "wide", "long", "old", "year", "born",
                                             "made", "up", "in", "off", "held", "free", "rich", "hit", "poor", "day",
                                             "time", "side", "line", "war", "age", "page", "term", "size", "bred", "area",
                                             "zone", "bloc", "area", "left", "right", "east", "west", "to", "on", "only"]

    /// A capitalized word with a lowercase compound part ("Kong-based", "Nations-sponsored").
    private func isCompoundModifier(_ t: Token) -> Bool {
        guard t.kind == .word, t.isCapitalized, t.flags.contains(.hyphenated), !t.isAllCaps else { return false }
        return t.text.split(separator: "-").dropFirst().contains { $0.first?.isLowercase == true }
    }

    /// End of the name run that starts at `i`.
    private func runEnd(from i: Int, _ end: Int, _ c: Context) -> Int {
        let tokens = c.tokens
        var j = i + 1
        if let g = gazetteer.match(tokens, at: i, limit: end) { j = max(j, i + g.length) }
        while j < end {
            let u = tokens[j]
            if isNameWord(u, c) {
                if c.mode == .headline && !isNameWordInHeadline(u, c) { break }
                if let g = gazetteer.match(tokens, at: j, limit: end) { j = max(j + 1, j + g.length) } else { j += 1 }
                continue
            }
            if let k = connectorEnd(j, runStart: i, end, c) { j = k; continue }
            break
        }
        return j
    }

    /// After lowercase connectors at `j`, the index of the next name word when the connectors belong to the
    /// name: particles in a person's name, "&" in a company's, "of"/"for"/"on" after a head word, "and"
    /// inside an institution's name that ends in a head word.
    private func connectorEnd(_ j: Int, runStart: Int, _ end: Int, _ c: Context) -> Int? {
        let tokens = c.tokens
        let u = tokens[j]
        guard u.flags.contains(.spaceBefore) || u.text == "&" else { return nil }
        var k = j
        while k < end && k - j < 3 && !tokens[k].isCapitalized
                && (Self.nameParticles.contains(tokens[k].lower) || Self.connectors.contains(tokens[k].lower)) { k += 1 }
        guard k > j, k < end, isNameWord(tokens[k], c), tokens[k].isCapitalized else { return nil }
        let words = tokens[j..<k].map(\.lower)
        if words.allSatisfy({ Self.nameParticles.contains($0) }) && k - j <= 2 { return k }
        if words == ["&"] { return k }
        let before = tokens[j - 1]
        switch words[0] {
        case "of", "for", "on", "in":
            if words.count > 2 || (words.count == 2 && words[1] != "the") { return nil }
            // "the George W. Bush Presidential Center in Dallas": "in" before a known place says where the body is.
            if words[0] == "in", let g = gazetteer.match(tokens, at: k, limit: end), g.place.kind != .organization,
               g.place.kind != .member { return nil }
            // "Christopher Newport University in Scott's district": a possessive after "in" is a place phrase.
            if words[0] == "in", k + 1 < end, tokens[k + 1].flags.contains(.possessive) { return nil }
            if let h = head(before), h.position != "end" { return k }
            // "Secretary of State", "Minister for Foreign Affairs" — but not "CEO of Donald Trump's campaign"
            // or "a word from the Lord for Donald Trump": a given name after the connector starts a person's own name.
            if lex.titles.longest(tokens, at: j - 1, limit: j) != nil || stripTitleModifier(before) != nil,
               words[0] == "of" || words[0] == "for",
               lex.firstNames[tokens[k].text].map({ !$0.ambiguous }) != true { return k }
            return nil
        case "and":
            guard words.count == 1, head(before) == nil else { return nil }
            // "George W. Bush and Congress", "President Obama and Congress": an "and" never joins a person's
            // name (a first name or a person's title in the words before it) to a body.
            if (runStart..<j).contains(where: { k in
                lex.firstNames[tokens[k].text].map { !$0.ambiguous } == true
                    || lex.titles.longest(tokens, at: k, limit: j).map { $0.entries.contains { $0.value.makesPerson } } == true
            }) { return nil }
            var e = k
            while e < end && isNameWord(tokens[e], c) && tokens[e].isCapitalized { e += 1 }
            // Two names, each complete: a full name of three words or more after "and" ("KeyCorp and Banc One
            // Corp."), or one that repeats a word of the first ("Kansai Electric Power and Kansai International Airport").
            if e - k >= 3 || (runStart..<j).contains(where: { tokens[$0].text == tokens[k].text }) { return nil }
            if let h = head(tokens[e - 1]), h.position != "start", e - k >= 1, j - runStart >= 1 { return k }
            return nil
        default:
            return nil
        }
    }

    /// The organization head a token is ("Department", "Co." as "Co").
    func head(_ t: Token) -> Lexicons.OrgHead? {
        if let h = lex.orgHeads[t.text] { return h }
        if t.text.hasSuffix("."), let h = lex.orgHeads[String(t.text.dropLast())] { return h }
        return nil
    }

    /// The type a name's head word gives it: "… Department" at the end, "Bank of …" at the start.
    func headType(_ a: Int, _ b: Int, _ tokens: [Token]) -> EntityType? {
        guard a < b else { return nil }
        if let h = head(tokens[b - 1]), h.position != "start" { return h.type }
        var k = a + 1
        while k < b - 1 {
            if ["of", "for", "on", "in"].contains(tokens[k].lower), let h = head(tokens[k - 1]), h.position != "end" { return h.type }
            k += 1
        }
        return nil
    }

    private func isSentenceStart(_ i: Int, _ s: Sentence, _ tokens: [Token]) -> Bool {
        if i == s.tokens.lowerBound { return true }
        let p = tokens[i - 1]
        return p.kind == .quote || p.kind == .dash || p.text == ":" || p.text == "(" || p.text == "["
    }

    /// In a headline every word is capitalized; keep only those that look like names.
    private func isNameWordInHeadline(_ t: Token, _ c: Context) -> Bool {
        // "And", "About", "Are": capitalized in prose too when the prose quotes a title, never a name alone.
        if !t.isAllCaps, isHeadlineGlue(t.lower), !c.personNameWords.contains(t.text),
           t.lower == "and" || !Self.connectors.contains(t.lower), !Self.nameParticles.contains(t.lower) { return false }
        if c.capitalizedInProse.contains(t.text) || t.isAllCaps || t.flags.contains(.abbreviation) { return true }
        if lex.firstNames[t.text] != nil { return true }
        if head(t) != nil { return true }
        return !lex.commonWords.contains(t.lower) && !lex.isFunctionWord(t.lower)
    }

    /// True for an ordinary word (not a name) written with a capital only because of its position.
    private func isOrdinaryWord(_ t: Token, _ c: Context) -> Bool {
        if t.isAllCaps || t.flags.contains(.abbreviation) { return false }
        if c.personNameWords.contains(t.text) { return false }
        if lex.isFunctionWord(t.lower) { return true }
        if c.capitalizedInProse.contains(t.text) { return false }
        if let f = lex.firstNames[t.text], !f.ambiguous { return false }
        return lex.commonWords.contains(t.lower) || lex.titleModifiers[t.lower] != nil
    }

    // MARK: - Runs

    private func analyzeRun(_ i: Int, _ j: Int, sentenceStart: Bool, _ c: inout Context) {
        let tokens = c.tokens
        var p = i
        // Sentence-initial ordinary words ("Despite", "Following", "Read Also"), unless they open a title.
        while p < j && (p == i && sentenceStart || c.headline) && titleLength(at: p, limit: j, tokens) == 0
            && gazetteer.match(tokens, at: p, limit: j) == nil && isOrdinaryWord(tokens[p], c) {
            p += 1
        }
        // "the regional centers The S.E.C. said": a capitalized article opening a run is not part of the
        // name unless a gazetteer name starts with it ("The Hague").
        while p < j - 1, lex.isFunctionWord(tokens[p].lower, "determiner"), !tokens[p].isAllCaps,
              gazetteer.match(tokens, at: p, limit: j) == nil { p += 1 }
        // A connector or particle left at the start after dropping words.
        while p < j && !tokens[p].isCapitalized && !isNameWord(tokens[p], c) { p += 1 }
        guard p < j else { return }
        // Dateline in prose: "ERBIL (Kurdistan24) -", "MEXICO CITY, Oct. 3 -".
        if p == i, tokens[i].flags.contains(.lineStart), (i..<j).allSatisfy({ tokens[$0].isAllCaps || tokens[$0].text.count == 1 }),
           j < tokens.count, tokens[j].text == "(" || tokens[j].text == "," || tokens[j].kind == .dash,
           !(j - i == 1 && isCapitalizedCommonWord(i, c)),
           gazetteer.match(tokens, at: i, limit: j).map({ $0.length == j - i && $0.place.kind == .organization }) != true {
            var m = mention(i, j, type: .location, rule: "dateline", c)
            if let g = gazetteer.match(tokens, at: i, limit: j, caseless: true), g.length == j - i, g.place.type != .agency, g.place.kind != .organization {
                m.canonical = g.place.canonical
                m.lexicon = g.place.lexiconRow
                m.type = g.place.type == .government ? .government : .location
            }
            c.mentions.append(m)
            return
        }
        // Title prefix, then the name.
        var prefixStart = p
        var titleWords: [String] = []
        var ofName: String?
        var ofType: EntityType?
        var gender = Gender.unknown
        var makesPerson = false
        var affiliationMentions: [EntityMention] = []
        var afterHonorific = false
        // A title row that is also a modifier word ("Justice": "Justice Minister", "Justice Department").
        var modifierTitle = false
        var q = p
        // Lowercase title words written just before the run ("White House spokeswoman Anna Kelly").
        // Lowercase title words written just before the run ("White House spokeswoman Anna Kelly", "former
        // first lady Laura Bush", "presidential nominee Donald Trump"): titles and modifiers that end in a title.
        if p == i, let found = lowercaseTitleBefore(i, tokens) {
            (prefixStart, titleWords, makesPerson, gender) = found
            // "state engineer Comelf": an occupation noun before one unknown word is no proof of a person.
            if makesPerson, j - i == 1, lex.firstNames[tokens[i].text] == nil,
               let t = lex.titles.longest(tokens, at: i - 1, limit: i), t.entries.allSatisfy({ $0.value.titleClass == "occupation" }) {
                makesPerson = false
            }
        }
        while q < j {
            let t = tokens[q]
            if let mod = stripTitleModifier(t) {
                titleWords.append(mod.modifier)
                // "then-Secretary of State Hillary Clinton": the title may go on past the hyphenated word.
                let rest = [mod.rest] + tokens[(q + 1)..<j]
                var length = 1
                if let title = lex.titles.longest(rest, at: 0, limit: rest.count) {
                    titleWords.append(title.entries[0].value.title)
                    makesPerson = makesPerson || title.entries[0].value.makesPerson
                    if gender == .unknown { gender = title.entries[0].value.gender }
                    length = max(1, title.length)
                }
                q += length
                continue
            }
            if lex.titleModifiers[t.lower] != nil && q + 1 < j && (titleLength(at: q + 1, limit: j, tokens) > 0 || lex.titleModifiers[tokens[q + 1].lower] != nil || gazetteerAffiliation(at: q + 1, limit: j, c) != nil) {
                titleWords.append(t.text)
                q += 1
                continue
            }
            let tl = titleLength(at: q, limit: j, tokens)
            // "Mr. King", "Mrs. Bishop": after an honorific, a title word that ends the run is the surname.
            if tl > 0, q + tl == j, afterHonorific, tokens[q].isCapitalized { break }
            if tl == 1, q > p, p == i, sentenceStart, prefixStart == p, lex.courtesyTitles.contains(tokens[q].lower),
               (p..<q).allSatisfy({ lex.commonWords.contains(tokens[$0].lower) }) {
                // "Witness Mr. Trump's appeal": an ordinary word opening the sentence before a courtesy title is
                // the sentence's verb or noun, not a title of the person.
                (prefixStart, titleWords, makesPerson, gender, ofName, ofType) = (q, [], false, .unknown, nil, nil)
                affiliationMentions = []
            }
            if tl > 0 {
                let title = lex.titles.longest(tokens, at: q, limit: j)!.entries[0].value
                afterHonorific = title.titleClass == "honorific"
                if tl == 1, lex.titleModifiers[tokens[q].lower] != nil { modifierTitle = true }
                titleWords.append(c.tokens[q..<(q + tl)].map(\.text).joined(separator: " "))
                makesPerson = makesPerson || title.makesPerson
                if gender == .unknown { gender = title.gender }
                q += tl
                // "President of Mexico"
                if q + 1 < j, tokens[q].lower == "of", let g = gazetteerAffiliation(at: q + 1, limit: j, c) {
                    ofName = g.mention.canonical
                    ofType = g.mention.type
                    affiliationMentions.append(g.mention)
                    q = q + 1 + g.length
                }
                continue
            }
            if q + 1 < j, let g = gazetteerAffiliation(at: q, limit: j, c) {
                // An affiliation counts only inside a title: "U.S. Secretary of State", "Mexican President";
                // a party's member word also after one ("billionaire Republican Donald Trump").
                let after = q + g.length
                let member = g.member && !titleWords.isEmpty && after < j && lex.firstNames[tokens[after].text].map({ !$0.ambiguous }) == true
                if after < j && (member || titleLength(at: after, limit: j, tokens) > 0 || lex.titleModifiers[tokens[after].lower] != nil) {
                    ofName = g.mention.canonical
                    ofType = g.mention.type
                    affiliationMentions.append(g.mention)
                    q = after
                    continue
                }
            }
            break
        }
        var hasTitle = !titleWords.isEmpty && titleWords.contains { lex.titleModifiers[Tokenizer.lower($0)] == nil }
        // "Justice Antonin Scalia": a title that is also a modifier word is a title when a given name follows
        // (not in "Justice Department").
        if !hasTitle, modifierTitle, q < j, lex.firstNames[tokens[q].text] != nil || j - q >= 2, head(tokens[j - 1]) == nil,
           gazetteer.match(tokens, at: q, limit: j) == nil { hasTitle = true }
        if hasTitle && q < j {
            c.mentions.append(contentsOf: affiliationMentions)
            // What the title is of: the name just before ("White House spokeswoman", "Cofinec CEO"), or a
            // possessive one ("Mexico’s President Claudia Sheinbaum").
            if ofName == nil, let last = c.mentions.last, last.end <= tokens[prefixStart].start {
                if last.tokens.upperBound == prefixStart
                    || (prefixStart >= 2 && tokens[prefixStart - 1].flags.contains(.possessive) && last.tokens.upperBound == prefixStart - 1) {
                    ofName = last.canonical ?? last.text
                    ofType = last.type
                    // "Republican presidential nominee", "Democratic nominee": the party's word is part of the title.
                    if last.isDemonym, last.lexicon?.hasPrefix("organizations:") == true, last.tokens.upperBound == prefixStart {
                        titleWords.insert(last.text, at: 0)
                    }
                }
            }
            let prefix = TitlePrefix(title: titleWords.joined(separator: " "),
                                     text: text(prefixStart, q, tokens),
                                     of: ofName, ofType: ofType,
                                     start: tokens[prefixStart].start, end: tokens[q - 1].end)
            emitNames(q, j, forcePerson: makesPerson, title: prefix, gender: gender, &c)
            return
        }
        if hasTitle && q == j {
            // A title with no name after it ("the Mexican President"): keep only its affiliations.
            c.mentions.append(contentsOf: affiliationMentions)
            return
        }
        // A title inside the run: "Cofinec CEO Stephen Frater", "Air Traffic Control Administration
        // Director Branko Bilbija". The words before it name what the title is of.
        if let q = innerTitle(p, j, c) {
            // One ordinary word before a courtesy title ("Witness Mr. Trump"): no name of its own.
            let ordinary = q - p == 1 && lex.courtesyTitles.contains(tokens[q].lower) && lex.commonWords.contains(tokens[p].lower)
            if !ordinary { emitNames(p, q, forcePerson: false, title: nil, gender: .unknown, &c) }
            analyzeRun(q, j, sentenceStart: false, &c)
            return
        }
        emitNames(p, j, forcePerson: false, title: nil, gender: .unknown, &c)
    }

    /// The longest run of lowercase title words and modifiers that ends in a title right before token `i`
    /// (at most five words): its start, its words, whether it makes a person and its gender.
    private func lowercaseTitleBefore(_ i: Int, _ tokens: [Token]) -> (Int, [String], Bool, Gender)? {
        var start = i
        while start > 0, i - start < 5, tokens[start - 1].kind == .word, !tokens[start - 1].isCapitalized,
              lex.titles.contains(firstToken: tokens[start - 1].lower) || lex.titleModifiers[tokens[start - 1].lower] != nil
                || lex.titles.matches(tokens, at: start - 1, limit: i).first != nil {
            start -= 1
        }
        var s = start
        while s < i {
            var k = s, words: [String] = [], person = false, gender = Gender.unknown, endsInTitle = false
            while k < i {
                if let t = lex.titles.longest(tokens, at: k, limit: i) {
                    words.append(t.entries[0].value.title)
                    person = person || t.entries[0].value.makesPerson
                    if gender == .unknown { gender = t.entries[0].value.gender }
                    k += t.length
                    endsInTitle = true
                } else if lex.titleModifiers[tokens[k].lower] != nil {
                    words.append(tokens[k].text)
                    k += 1
                    endsInTitle = false
                } else { break }
            }
            if k == i && endsInTitle { return (s, words, person, gender) }
            s += 1
        }
        return nil
    }

    /// Start of a person title inside `[p, j)` that a name follows, when the words before it look like an
    /// organization's name (a head word, an acronym, a gazetteer body), the name after it starts with
    /// a first name, or it is a courtesy title after an ordinary word.
    private func innerTitle(_ p: Int, _ j: Int, _ c: Context) -> Int? {
        let tokens = c.tokens
        var q = p + 1
        while q < j - 1 {
            if let t = lex.titles.longest(tokens, at: q, limit: j), t.entries[0].value.makesPerson, q + t.length < j,
               tokens[q + t.length].isCapitalized {
                let before = tokens[q - 1]
                let orgLike = head(before) != nil || before.isAllCaps
                    || gazetteer.match(tokens, at: p, limit: q).map { $0.length == q - p } == true
                let nameAfter = lex.firstNames[tokens[q + t.length].text].map { !$0.ambiguous } ?? false
                // "Witness Mr. Trump's appeal": a gendered courtesy title (titles.tsv honorific) opens a person's
                // name; an ordinary word before it is no part of the name.
                let courtesy = t.length == 1 && lex.courtesyTitles.contains(tokens[q].lower)
                    && lex.commonWords.contains(before.lower) && !before.isAllCaps
                if orgLike || nameAfter || courtesy { return q }
            }
            q += 1
        }
        return nil
    }

    /// Emits the mentions in `[p, j)`: gazetteer phrases and the capitalized names between them.
    private func emitNames(_ p: Int, _ j: Int, forcePerson: Bool, title: TitlePrefix?, gender: Gender, _ c: inout Context) {
        let tokens = c.tokens
        guard p < j else { return }
        // A people, a faith or an ethnic group ("Kurds", "Muslims", "Latin Americans"): not an actor.
        if !forcePerson, lex.groupWords.contains(Tokenizer.lower(text(p, j, tokens))) { return }
        // An ordinary word written in capitals ("OK", "NOTE", "ISSUE") that the gazetteer does not know and the
        // document neither defines in parentheses nor writes as a name in prose is not an acronym.
        if !forcePerson, j - p == 1, isCapitalizedCommonWord(p, c) { return }
        // "Gulf War", "Labour Day", "Monroe Doctrine": an event or a document, not an actor.
        if !forcePerson, j - p >= 2, headType(p, j, tokens) == .misc { return }
        // "stand by our Constitution", "repeal Obamacare": a law or a document named alone.
        if !forcePerson, j - p == 1, !tokens[p].isAllCaps, head(tokens[p])?.type == .misc { return }
        // "a super PAC", "on TV": a committee or company-form word that only ends names (org_heads, position
        // end), written alone, names a kind of body, not one, unless the gazetteer knows it.
        if !forcePerson, j - p == 1, tokens[p].isAllCaps, let h = head(tokens[p]), h.type == .organization, h.position == "end",
           gazetteer.match(tokens, at: p, limit: j) == nil { return }
        // A party's member word: the whole name ("Democrats"), after a place or a legislature ("Iowa
        // Republicans", "House Democrats"), or before a person ("Republican Donald Trump").
        if !forcePerson, let done = emitMemberForm(p, j, &c), done { return }
        // The whole run is one gazetteer phrase, or begins with one. A title that makes a person wins over a
        // gazetteer entry ("Mr. Bloomberg" is not Bloomberg News).
        if !forcePerson, let g = gazetteer.match(tokens, at: p, limit: j), g.place.kind != .member {
            let after = p + g.length
            if after == j {
                appendGazetteer(g, p, c: &c, extendLowercase: true)
                return
            }
            let placeLike = g.place.kind != .organization
            if placeLike, let rest = gazetteer.match(tokens, at: after, limit: j), after + rest.length == j,
               rest.place.kind == .organization, g.place.kind != .city || rest.place.country == g.place.country {
                // "U.S. Federal Aviation Administration": the body, written with its country.
                var m = mention(p, j, type: rest.place.type, rule: "country+gazetteer", c)
                m.canonical = rest.place.canonical
                m.lexicon = rest.place.lexiconRow
                c.mentions.append(m)
                return
            }
            // Place + a name that ends in an organization head ("Mexican Senate", "U.S. Army", "Tokyo Stock
            // Exchange", "U.S. Agriculture Department"): one body.
            if placeLike, let h = headType(after, j, tokens), h != .location,
               (after..<j).allSatisfy({ tokens[$0].isCapitalized || Self.connectors.contains(tokens[$0].lower) }) {
                var m = mention(p, j, type: h, rule: "place+head", c)
                if h == .government, g.place.type == .government { (m.canonical, m.lexicon) = (g.place.canonical, g.place.lexiconRow) }
                c.mentions.append(m)
                return
            }
            // A city or region + one ordinary capitalized word ("Oklahoma City", "Las Vegas Strip", "Minnesota
            // Vikings"): one name, a body when its word is a plural.
            // A plural after a city or a state names a team or a club even when the word is no English word
            // ("Minnesota Vikings", "Carolina Panthers").
            let pluralWord = tokens[after].lower.hasSuffix("s") && !tokens[after].lower.hasSuffix("ss")
                && tokens[after].text.count >= 4
            if [.city, .capital, .region, .place].contains(g.place.kind), j - after == 1, !tokens[after].isAllCaps,
               lex.commonWords.contains(tokens[after].lower) || (pluralWord && g.place.kind != .place),
               gazetteer.match(tokens, at: after, limit: j) == nil {
                let plural = pluralWord
                c.mentions.append(mention(p, j, type: plural ? .organization : .location, rule: "place+word", c))
                return
            }
            // Place + another name ("Chicago NAPM"): two mentions.
            if placeLike || g.place.kind == .organization {
                appendGazetteer(g, p, c: &c, extendLowercase: false)
                emitNames(after, j, forcePerson: false, title: title, gender: gender, &c)
                return
            }
        }
        // Acronyms before a place ("SKR China"): two names.
        if !forcePerson, j - p >= 2, tokens[p].isAllCaps {
            var k = p + 1
            while k < j && tokens[k].isAllCaps { k += 1 }
            if k < j, let g = gazetteer.match(tokens, at: k, limit: j), k + g.length == j {
                emitNames(p, k, forcePerson: false, title: nil, gender: .unknown, &c)
                appendGazetteer(g, k, c: &c, extendLowercase: true)
                return
            }
        }
        // A compass word before a known place ("South China", "Northern Iraq"): a place.
        if !forcePerson, j - p >= 2, Self.compassWords.contains(tokens[p].lower),
           let g = gazetteer.match(tokens, at: p + 1, limit: j), p + 1 + g.length == j, g.place.kind != .organization {
            c.mentions.append(mention(p, j, type: .location, rule: "compass+place", c))
            return
        }
        // "Rohingya Muslim minority", "Southeast Asian nation": a run that ends in a people's adjective is a
        // description, not a name.
        if !forcePerson, j - p >= 2, lex.firstNames[tokens[p].text] == nil,
           lex.groupWords.contains(tokens[j - 1].lower)
            || gazetteer.match(tokens, at: j - 1, limit: j).map({ $0.place.kind == .demonym }) == true {
            return
        }
        // "Eastern and Northern European heritage", "the Central and East European Coalition": a compass
        // adjective alone is a fragment of a longer phrase, never a name ("the North" stays a place).
        if !forcePerson, j - p == 1, !tokens[p].isAllCaps, Self.compassWords.contains(tokens[p].lower),
           tokens[p].lower.hasSuffix("ern") || tokens[p].lower == "central" { return }
        // A lone letter ("A", "N") is not a name; a lone sentence word was dropped before.
        if j - p == 1 && tokens[p].text.count == 1 && !tokens[p].flags.contains(.abbreviation) { return }
        // A name suffix on its own ("…, Jr."): part of the name before it, never a name.
        if j - p == 1, Self.nameSuffixes.contains(tokens[p].lower) { return }
        var m = mention(p, j, type: .misc, rule: "capitalized", c)
        m.title = title
        m.gender = gender
        let inner = tokens[p..<j]
        if forcePerson {
            m.type = .person
            m.rule = "title"
        } else if j - p >= 2, let h = headType(p, j, tokens) {
            m.type = h
            m.rule = "head"
        } else if inner.contains(where: { $0.text == "&" }) {
            m.type = .organization
            m.rule = "ampersand"
        } else if j - p == 1, !tokens[p].isAllCaps, let h = head(tokens[p]), h.type == .agency, h.position == "any" {
            // "the Senate", "Congress", "Parliament": a legislature or court named by its head word alone.
            m.type = .agency
            m.rule = "head"
            m.lexicon = "org_heads:" + tokens[p].text
        } else if j - p == 1 && tokens[p].isAllCaps {
            m.type = .organization
            m.rule = "acronym"
        } else if let f = lex.firstNames[tokens[p].text], j - p >= 2, j - p <= 4,
                  !inner.contains(where: { !$0.isCapitalized && !Self.nameParticles.contains($0.lower) }) {
            m.type = .person
            m.rule = "first-name"
            m.lexicon = "first_names:" + tokens[p].text
            if m.gender == .unknown { m.gender = f.gender }
        }
        if m.gender == .unknown, m.type == .person, let f = lex.firstNames[tokens[p].text] { m.gender = f.gender }
        c.mentions.append(m)
    }

    private func isCapitalizedCommonWord(_ p: Int, _ c: Context) -> Bool {
        let t = c.tokens[p]
        guard t.isAllCaps, t.kind == .word, t.text.count >= 2, lex.commonWords.contains(t.lower) || t.lower == "ok" else { return false }
        if gazetteer.match(c.tokens, at: p, limit: p + 1) != nil { return false }
        if p > 0, c.tokens[p - 1].text == "(" { return false }
        if c.capitalizedInProse.contains(String(t.text.prefix(1)) + String(t.lower.dropFirst())) { return false }
        return !c.definedAcronyms.contains(t.text)
    }

    /// Emits the mentions of a run that holds a party's member word (see `emitNames`); nil when it holds none
    /// in a place the rule reads ("Republican Guard", "Young Democrats" are left to the other rules).
    private func emitMemberForm(_ p: Int, _ j: Int, _ c: inout Context) -> Bool? {
        let tokens = c.tokens
        if let g = gazetteer.match(tokens, at: p, limit: j), g.place.kind == .member {
            let after = p + g.length
            if after == j {
                appendGazetteer(g, p, c: &c, extendLowercase: false)
                return true
            }
            guard lex.firstNames[tokens[after].text].map({ !$0.ambiguous }) == true else { return nil }
            var m = mention(p, after, type: g.place.type, rule: "gazetteer:member", c)
            m.canonical = g.place.canonical
            m.lexicon = g.place.lexiconRow
            m.isDemonym = true
            c.mentions.append(m)
            emitNames(after, j, forcePerson: false, title: nil, gender: .unknown, &c)
            return true
        }
        guard j - p >= 2, tokens[j - 1].isCapitalized else { return nil }
        for k in (p + 1)..<j {
            guard let g = gazetteer.match(tokens, at: k, limit: j), g.place.kind == .member, k + g.length == j else { continue }
            let leading = (p..<k).allSatisfy { head(tokens[$0]) != nil }
                || gazetteer.match(tokens, at: p, limit: k).map { $0.length == k - p && $0.place.kind != .member } == true
            guard leading else { return nil }
            emitNames(p, k, forcePerson: false, title: nil, gender: .unknown, &c)
            appendGazetteer(g, k, c: &c, extendLowercase: false)
            return true
        }
        return nil
    }

    private func appendGazetteer(_ g: GazetteerMatcher.Hit, _ p: Int, c: inout Context, extendLowercase: Bool) {
        var m = mention(p, p + g.length, type: g.place.type, rule: "gazetteer:\(g.place.kind.rawValue)", c)
        m.canonical = g.place.canonical
        m.lexicon = g.place.lexiconRow
        let after = p + g.length
        let tokens = c.tokens
        let end = tokens.count
        if extendLowercase, g.place.type == .government, after < end, tokens[after].kind == .word, !tokens[after].isCapitalized {
            let next = tokens[after].lower
            if Self.governmentNouns.contains(next) && next != "officials" && next != "authorities" {
                // "U.S. government", "the Venezuelan government": the government itself.
                m = mention(p, after + 1, type: .government, rule: "country+government", c)
                m.canonical = g.place.canonical
                m.lexicon = g.place.lexiconRow
            } else if Self.forceNouns.contains(next) || (after + 1 < end && Self.forceNouns.contains(next + " " + tokens[after + 1].lower)) {
                let two = after + 1 < end && Self.forceNouns.contains(next + " " + tokens[after + 1].lower)
                m = mention(p, after + (two ? 2 : 1), type: .agency, rule: "country+force", c)
                m.canonical = militaryName(of: g.place.canonical)
                m.lexicon = g.place.lexiconRow
            } else if g.place.kind == .demonym {
                m.isDemonym = true
            }
        } else if g.place.kind == .demonym {
            m.isDemonym = true
        } else if g.place.kind == .member {
            // "Democratic candidates", "Republican leaders": the party as a modifier; "Democrats" is the party.
            m.isDemonym = after < end && tokens[after].kind == .word && !tokens[after].isCapitalized
                && !tokens[after].flags.contains(.possessive) && !tokens[after - 1].lower.hasSuffix("s")
        } else if g.place.kind == .capital, let country = g.place.country, c.mode == .prose,
                  capitalStandsForGovernment(p, after, c) {
            // "cooperation with Washington", "Mexico City is expected to expand …": the government.
            m.type = .government
            m.canonical = country
            m.lexicon = "countries:\(country)"
            m.rule = "capital-metonym"
        }
        c.mentions.append(m)
    }

    static let compassWords: Set<String> = ["north", "south", "east", "west", "northern", "southern", "eastern", "western",
                                            "northeast", "northwest", "southeast", "southwest", "central", "upper", "lower",
                                            "n.", "s."]
    static let directionWords: Set<String> = ["north", "south", "east", "west", "northeast", "northwest", "southeast",
                                              "southwest", "outskirts", "suburbs", "streets", "centre", "center", "heart",
                                              "miles", "kilometers", "kilometres", "km", "outside", "parts", "residents",
                                              "mayor", "city", "people", "part", "airport", "downtown"]
    static let placeNounsAfter: Set<String> = ["area", "airport", "residents", "suburb", "suburbs", "streets", "region",
                                               "mayor", "city", "metropolitan", "-based", "police", "hospital", "office",
                                               "bureau", "correspondent", "newsroom", "time"]

    /// A capital names its country's government unless the text clearly uses it as a place: after a
    /// locative preposition ("in Washington", "west of Mexico City"), beside another place or a place noun,
    /// or coordinated with other names.
    private func capitalStandsForGovernment(_ p: Int, _ after: Int, _ c: Context) -> Bool {
        let tokens = c.tokens
        if after < tokens.count {
            let a = tokens[after]
            if a.text == "," || a.text == "(" || Self.placeNounsAfter.contains(a.lower) || a.isCapitalized { return false }
        }
        guard p > 0 else { return false }
        let b = tokens[p - 1]
        if b.kind != .word { return b.kind == .quote }
        if EntityResolver.locativePrepositions.contains(b.lower) || b.lower == "and" || b.lower == "or" || b.isCapitalized { return false }
        if b.lower == "of", p >= 2, Self.directionWords.contains(tokens[p - 2].lower) { return false }
        return true
    }

    /// "U.S. military", "Mexican military": the country's short written form or its adjective.
    func militaryName(of country: String) -> String {
        "\(shortForm(of: country)) military"
    }

    func shortForm(of country: String) -> String {
        lex.countryShortForms[country] ?? country
    }

    // MARK: - Lexicon probes

    struct Affiliation {
        var length: Int
        var mention: EntityMention
        var member = false
    }

    private func gazetteerAffiliation(at i: Int, limit: Int, _ c: Context) -> Affiliation? {
        guard let g = gazetteer.match(c.tokens, at: i, limit: limit) else { return nil }
        switch g.place.kind {
        case .country, .countryAlias, .demonym, .organization, .member:
            var m = mention(i, i + g.length, type: g.place.type, rule: "gazetteer:\(g.place.kind.rawValue)", c)
            m.canonical = g.place.canonical
            m.lexicon = g.place.lexiconRow
            if g.place.kind == .demonym || g.place.kind == .member { m.isDemonym = true }
            return Affiliation(length: g.length, mention: m, member: g.place.kind == .member)
        default: return nil
        }
    }

    private func titleLength(at i: Int, limit: Int, _ tokens: [Token]) -> Int {
        lex.titles.longest(tokens, at: i, limit: limit)?.length ?? 0
    }

    private func stripTitleModifier(_ t: Token) -> (modifier: String, rest: Token)? {
        guard t.flags.contains(.hyphenated) else { return nil }
        for prefix in ["then-", "ex-", "former-"] where t.lower.hasPrefix(prefix) {
            let restText = String(t.text.dropFirst(prefix.count))
            var rest = t
            rest.text = restText
            rest.lower = Tokenizer.lower(restText)
            rest.start = t.start + prefix.count
            if lex.titles.longest([rest], at: 0) != nil {
                return (String(t.text.prefix(prefix.count - 1)), rest)
            }
        }
        return nil
    }

    private func text(_ a: Int, _ b: Int, _ tokens: [Token]) -> String {
        guard a < b else { return "" }
        var out = ""
        for k in a..<b {
            if k > a && tokens[k].flags.contains(.spaceBefore) { out += " " }
            out += tokens[k].text
        }
        return out
    }

    private func mention(_ a: Int, _ b: Int, type: EntityType, rule: String, _ c: Context) -> EntityMention {
        EntityMention(tokens: a..<b, start: c.tokens[a].start, end: c.tokens[b - 1].end,
                      text: text(a, b, c.tokens), type: type, rule: rule)
    }
}
