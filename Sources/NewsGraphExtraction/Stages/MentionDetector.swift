import NewsGraphModel

/// Finds the names in each sentence and gives each a first type.
///
/// A candidate is a run of capitalized words (with name particles such as "de la", "bin", "von" inside),
/// or a gazetteer phrase (countries, demonyms, places, known organizations). Each run is then cut into:
/// - a title prefix ("Former U.S. President", "Mexican Foreign Secretary"), which makes what follows a
///   person and records the title and what it is of (see `TitlePrefix`);
/// - sentence-initial and headline words that are ordinary English words ("Despite", "Read", "Turns"),
///   dropped unless the document also writes them capitalized mid-sentence;
/// - the name itself, typed by the gazetteer, by its head word ("… Department", "… Cartel"), by a first
///   name, or left `.misc` for the resolver to decide from the rest of the document.
/// Country words followed by "government"/"administration" or by force nouns ("U.S. troops") become
/// mentions of the government or of the country's military.
public struct MentionDetector: PipelineStage {
    public let requires: Set<Layer> = [.tokens, .sentences]
    public let produces: Set<Layer> = [.mentions]
    let lex: Lexicons

    static let particles: Set<String> = ["de", "del", "la", "las", "los", "da", "das", "do", "dos", "di", "van", "von",
                                         "der", "den", "ter", "bin", "ibn", "al", "el", "le", "du", "y", "of", "the"]
    static let governmentNouns: Set<String> = ["government", "administration", "authorities", "officials", "regime"]
    static let forceNouns: Set<String> = ["military", "troops", "forces", "army", "navy", "soldiers", "marines",
                                          "armed forces", "special forces", "air force", "military forces"]

    public init(lexicons: Lexicons) {
        self.lex = lexicons
    }

    public func run(_ document: AnalyzedDocument) -> AnalyzedDocument {
        var doc = document
        let tokens = doc.tokens
        // Words this document writes capitalized inside a sentence of prose: evidence that they are names.
        var capitalizedInProse = Set<String>()
        for s in doc.sentences where !s.isHeadline {
            for k in s.tokens.dropFirst() where tokens[k].isCapitalized && tokens[k].kind == .word {
                let prev = tokens[k - 1]
                if prev.kind == .quote || prev.text == ":" || prev.kind == .dash { continue }
                capitalizedInProse.insert(tokens[k].text)
            }
        }
        var context = Context(tokens: tokens, capitalizedInProse: capitalizedInProse)
        for (si, s) in doc.sentences.enumerated() {
            context.sentence = si
            context.headline = s.isHeadline
            var i = s.tokens.lowerBound
            let end = s.tokens.upperBound
            while i < end {
                let t = tokens[i]
                guard t.kind == .word, t.isCapitalized || Self.isDigitName(t) else { i += 1; continue }
                var j = i + 1
                while j < end {
                    let u = tokens[j]
                    if u.kind == .word && u.isCapitalized && !u.flags.contains(.possessive) {
                        if context.headline && !isNameWordInHeadline(u, context) { break }
                        j += 1
                        continue
                    }
                    if u.kind == .word && Self.particles.contains(u.lower) && !u.isCapitalized && j + 1 < end
                        && tokens[j + 1].kind == .word && tokens[j + 1].isCapitalized && u.flags.contains(.spaceBefore) {
                        // "Juan Ramón de la Fuente", "Secretary of State": take the particles with the next word.
                        var k = j
                        while k < end && tokens[k].kind == .word && Self.particles.contains(tokens[k].lower) && !tokens[k].isCapitalized { k += 1 }
                        if k < end && tokens[k].isCapitalized && tokens[k].kind == .word && k - j <= 2 { j = k; continue }
                    }
                    break
                }
                analyzeRun(i, j, sentenceStart: isSentenceStart(i, s, tokens), &context)
                i = max(j, i + 1)
            }
        }
        doc.mentions = context.mentions.sorted { $0.start < $1.start }
        return doc
    }

    struct Context {
        let tokens: [Token]
        let capitalizedInProse: Set<String>
        var sentence = 0
        var headline = false
        var mentions: [EntityMention] = []
    }

    static func isDigitName(_ t: Token) -> Bool { false }

    private func isSentenceStart(_ i: Int, _ s: Sentence, _ tokens: [Token]) -> Bool {
        if i == s.tokens.lowerBound { return true }
        let p = tokens[i - 1]
        return p.kind == .quote || p.kind == .dash || p.text == ":" || p.text == "(" || p.text == "["
    }

    /// In a headline every word is capitalized; keep only those that look like names.
    private func isNameWordInHeadline(_ t: Token, _ c: Context) -> Bool {
        if c.capitalizedInProse.contains(t.text) || t.isAllCaps || t.flags.contains(.abbreviation) { return true }
        if lex.firstNames[t.text] != nil { return true }
        if lex.orgHeads[t.text] != nil { return true }
        return !lex.commonWords.contains(t.lower) && !lex.isFunctionWord(t.lower)
    }

    /// True for an ordinary word (not a name) written with a capital only because of its position.
    private func isOrdinaryWord(_ t: Token, _ c: Context) -> Bool {
        if t.isAllCaps || t.flags.contains(.abbreviation) { return false }
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
            && gazetteerMatch(at: p, limit: j, c) == nil && isOrdinaryWord(tokens[p], c) {
            p += 1
        }
        // Title prefix, then the name.
        var prefixStart = p
        var titleWords: [String] = []
        var ofName: String?
        var ofType: EntityType?
        var gender = Gender.unknown
        var makesPerson = false
        var affiliationMentions: [EntityMention] = []
        var q = p
        // Lowercase title words written just before the run ("White House spokeswoman Anna Kelly").
        var back = i
        while back > 0, tokens[back - 1].kind == .word, !tokens[back - 1].isCapitalized,
              let t = lex.titles.matches(tokens, at: back - 1, limit: i).first, t.tokens.count == 1 {
            back -= 1
        }
        if back < i && p == i {
            // Each lowercase title word must itself be a title or modifier.
            var k = back
            var words: [String] = []
            while k < i {
                if let t = lex.titles.longest(tokens, at: k, limit: i) {
                    words.append(t.entries[0].value.title)
                    if t.entries[0].value.makesPerson { makesPerson = true }
                    if gender == .unknown { gender = t.entries[0].value.gender }
                    k += t.length
                } else { break }
            }
            if k == i {
                titleWords = words
                prefixStart = back
                // What the title is of: the mention just before ("White House", "Mexican").
                if let last = c.mentions.last, last.tokens.upperBound == back {
                    ofName = last.canonical ?? last.text
                    ofType = last.type
                }
            }
        }
        while q < j {
            let t = tokens[q]
            if let mod = stripTitleModifier(t) {
                titleWords.append(mod.modifier)
                if let title = lex.titles.longest([mod.rest], at: 0) {
                    titleWords.append(title.entries[0].value.title)
                    makesPerson = makesPerson || title.entries[0].value.makesPerson
                    if gender == .unknown { gender = title.entries[0].value.gender }
                }
                q += 1
                continue
            }
            if lex.titleModifiers[t.lower] != nil && q + 1 < j && (titleLength(at: q + 1, limit: j, tokens) > 0 || lex.titleModifiers[tokens[q + 1].lower] != nil || gazetteerAffiliation(at: q + 1, limit: j, c) != nil) {
                titleWords.append(t.text)
                q += 1
                continue
            }
            let tl = titleLength(at: q, limit: j, tokens)
            if tl > 0 {
                let title = lex.titles.longest(tokens, at: q, limit: j)!.entries[0].value
                titleWords.append(c.tokens[q..<(q + tl)].map(\.text).joined(separator: " "))
                makesPerson = makesPerson || title.makesPerson
                if gender == .unknown { gender = title.gender }
                q += tl
                // "President of Mexico"
                if q + 1 < j, tokens[q].lower == "of", let g = gazetteerAffiliation(at: q + 1, limit: j, c) {
                    ofName = g.place.canonical
                    ofType = g.place.type
                    affiliationMentions.append(g.mention)
                    q = q + 1 + g.length
                }
                continue
            }
            if q + 1 < j, let g = gazetteerAffiliation(at: q, limit: j, c) {
                // An affiliation counts only inside a title: "U.S. Secretary of State", "Mexican President".
                let after = q + g.length
                if after < j && (titleLength(at: after, limit: j, tokens) > 0 || lex.titleModifiers[tokens[after].lower] != nil) {
                    ofName = g.place.canonical
                    ofType = g.place.type
                    affiliationMentions.append(g.mention)
                    q = after
                    continue
                }
            }
            break
        }
        let hasTitle = !titleWords.isEmpty && titleWords.contains { lex.titleModifiers[Tokenizer.lower($0)] == nil }
        if hasTitle && q < j {
            c.mentions.append(contentsOf: affiliationMentions)
            // Possessive affiliation before a title: "Mexico’s President Claudia Sheinbaum".
            if ofName == nil, prefixStart >= 2, tokens[prefixStart - 1].flags.contains(.possessive),
               let last = c.mentions.last, last.tokens.upperBound == prefixStart - 1 {
                ofName = last.canonical ?? last.text
                ofType = last.type
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
        emitNames(p, j, forcePerson: false, title: nil, gender: .unknown, &c)
    }

    /// Emits the mentions in `[p, j)`: gazetteer phrases and the capitalized names between them.
    private func emitNames(_ p: Int, _ j: Int, forcePerson: Bool, title: TitlePrefix?, gender: Gender, _ c: inout Context) {
        let tokens = c.tokens
        guard p < j else { return }
        // The whole run is one gazetteer phrase, or begins with one.
        if let g = gazetteerMatch(at: p, limit: j, c) {
            let after = p + g.length
            if after == j {
                appendGazetteer(g, p, c: &c, extendLowercase: true)
                return
            }
            // Country + one organization head ("Mexican Senate", "U.S. Army"): one agency.
            if (g.place.kind == .demonym || g.place.kind == .country || g.place.kind == .countryAlias),
               after + 1 == j, let head = lex.orgHeads[tokens[after].text] {
                var m = mention(p, j, type: head.type == .government ? .government : head.type, rule: "country+head", c)
                if head.type == .government { m.canonical = g.place.canonical }
                c.mentions.append(m)
                return
            }
            // Country + a longer name ("U.S. Federal Aviation Administration"): two mentions.
            if g.place.kind != .organization && !forcePerson {
                appendGazetteer(g, p, c: &c, extendLowercase: false)
                emitNames(after, j, forcePerson: false, title: title, gender: gender, &c)
                return
            }
        }
        var m = mention(p, j, type: .misc, rule: "capitalized", c)
        m.title = title
        m.gender = gender
        let words = tokens[p..<j]
        let last = tokens[j - 1]
        if forcePerson {
            m.type = .person
            m.rule = "title"
        } else if let head = lex.orgHeads[last.text], head.position != "start", j - p >= 2 || tokens[p].isAllCaps == false && j - p >= 2 {
            m.type = head.type
            m.rule = "head:\(last.text)"
        } else if let head = lex.orgHeads[tokens[p].text], head.position != "end", j - p >= 3, tokens[p + 1].lower == "of" {
            m.type = head.type
            m.rule = "head:\(tokens[p].text)"
        } else if j - p == 1 && tokens[p].isAllCaps {
            m.type = .organization
            m.rule = "acronym"
        } else if let f = lex.firstNames[tokens[p].text], j - p >= 2, !(f.ambiguous && j - p == 1) {
            m.type = .person
            m.rule = "first-name"
            if m.gender == .unknown { m.gender = f.gender }
        } else if words.contains(where: { $0.kind == .number }) {
            return
        }
        if m.gender == .unknown, m.type == .person, let f = lex.firstNames[tokens[p].text] { m.gender = f.gender }
        c.mentions.append(m)
    }

    private func appendGazetteer(_ g: GazetteerHit, _ p: Int, c: inout Context, extendLowercase: Bool) {
        var m = g.mention
        let after = p + g.length
        let tokens = c.tokens
        let end = tokens.count
        if extendLowercase, g.place.type == .government, after < end, tokens[after].kind == .word, !tokens[after].isCapitalized {
            let next = tokens[after].lower
            if Self.governmentNouns.contains(next) && next != "officials" && next != "authorities" {
                // "U.S. government", "the Venezuelan government": the government itself.
                m = mention(p, after + 1, type: .government, rule: "country+government", c)
                m.canonical = g.place.canonical
            } else if Self.forceNouns.contains(next) || (after + 1 < end && Self.forceNouns.contains(next + " " + tokens[after + 1].lower)) {
                let two = after + 1 < end && Self.forceNouns.contains(next + " " + tokens[after + 1].lower)
                m = mention(p, after + (two ? 2 : 1), type: .agency, rule: "country+force", c)
                m.canonical = militaryName(of: g.place.canonical)
            } else if g.place.kind == .demonym {
                m.isDemonym = true
            }
        } else if g.place.kind == .demonym {
            m.isDemonym = true
        }
        c.mentions.append(m)
    }

    /// "U.S. military", "Mexican military": the country's short written form or its adjective.
    func militaryName(of country: String) -> String {
        "\(shortForm(of: country)) military"
    }

    func shortForm(of country: String) -> String {
        lex.countryShortForms[country] ?? country
    }

    // MARK: - Lexicon probes

    struct GazetteerHit {
        var length: Int
        var place: Lexicons.Place
        var mention: EntityMention
    }

    /// Longest gazetteer phrase at `i` whose capitalization fits a name.
    private func gazetteerMatch(at i: Int, limit: Int, _ c: Context) -> GazetteerHit? {
        let tokens = c.tokens
        guard let hit = lex.gazetteer.longest(tokens, at: i, limit: limit) else { return nil }
        // Case check: acronyms must match exactly; other words must be capitalized unless lowercase in the entry.
        guard let entry = hit.entries.first(where: { e in
            zip(e.surface, tokens[i..<(i + hit.length)]).allSatisfy { s, t in
                if t.text == s { return true }
                if s.uppercased() == s && s.lowercased() != s { return false }
                return t.isCapitalized || s.first?.isLowercase == true
            }
        }) else { return nil }
        // Prefer a country reading over a city of the same name, a government over a place.
        let place = hit.entries.map(\.value).min { rank($0) < rank($1) } ?? entry.value
        var m = mention(i, i + hit.length, type: place.type, rule: "gazetteer:\(place.kind.rawValue)", c)
        m.canonical = place.canonical
        return GazetteerHit(length: hit.length, place: place, mention: m)
    }

    private func rank(_ p: Lexicons.Place) -> Int {
        switch p.kind {
        case .country: 0
        case .countryAlias: 1
        case .organization: 2
        case .demonym: 3
        case .capital: 4
        case .region: 5
        case .city: 6
        case .place: 7
        }
    }

    private func gazetteerAffiliation(at i: Int, limit: Int, _ c: Context) -> GazetteerHit? {
        guard let g = gazetteerMatch(at: i, limit: limit, c) else { return nil }
        switch g.place.kind {
        case .country, .countryAlias, .demonym, .organization:
            var g = g
            if g.place.kind == .demonym { g.mention.isDemonym = true }
            return g
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
