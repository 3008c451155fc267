import NewsGraphModel

/// Groups a document's mentions into entities and settles their types.
///
/// - Gazetteer mentions join by canonical name ("U.S.", "United States", "American" → United States).
/// - A person's shorter forms join the full name: surname ("Sheinbaum"), first name ("Claudia"),
///   title + surname ("President Sheinbaum"); when two people share a surname the most recent one wins.
/// - An acronym joins the name it abbreviates ("Federal Aviation Administration (FAA)", or by initials).
/// - Mentions still untyped are typed from the rest of the cluster and then from context: a locative
///   preposition before ("in Toluca") makes a location, a speech verb after a person.
public struct EntityResolver: PipelineStage {
    public let requires: Set<Layer> = [.mentions]
    public let produces: Set<Layer> = [.entities]
    let lex: Lexicons

    static let locativePrepositions: Set<String> = ["in", "at", "near", "from", "to", "across", "outside", "inside",
                                                    "into", "toward", "towards", "through", "via", "around"]
    static let acronymStopWords: Set<String> = ["of", "the", "and", "for", "on", "de", "&", "in"]

    public init(lexicons: Lexicons) {
        self.lex = lexicons
    }

    public func run(_ document: AnalyzedDocument) -> AnalyzedDocument {
        var doc = document
        let tokens = doc.tokens
        var mentions = doc.mentions
        var entities: [LocalEntity] = []
        var byKey: [String: Int] = [:]
        var nameIndex = EntityNameIndex()
        // Each entity's mention starts in text order (its `mentions` keep the order they were linked in).
        var starts: [[Int]] = []
        // The offices each entity's mentions are given ("president" for "Former President Bill Clinton").
        var offices: [Set<String>] = []
        // A mention by its start (for the sorted starts above); sentence starts, for windows of sentences.
        var mentionAt: [Int: Int] = [:]
        for mi in mentions.indices where mentionAt[mentions[mi].start] == nil { mentionAt[mentions[mi].start] = mi }
        let sentenceStarts = doc.sentences.map(\.start)

        func add(_ mi: Int, to e: Int, _ link: String) {
            mentions[mi].entity = e
            mentions[mi].link = link
            entities[e].mentions.append(mi)
            starts[e].insertSorted(mentions[mi].start)
            let m = mentions[mi]
            if let t = m.title, let office = lex.officeHead(ofTitle: t.title) { offices[e].insert(office) }
            let aliasStart = entities[e].aliases.count
            entities[e].aliases.append(m.text)
            if let t = m.title, !t.text.isEmpty { entities[e].aliases.append(t.text + " " + m.text) }
            for alias in entities[e].aliases[aliasStart...] { nameIndex.addAlias(alias, of: e) }
            if entities[e].gender == .unknown { entities[e].gender = m.gender }
        }
        func newEntity(_ mi: Int, name: String, type: EntityType, key: String, _ link: String) -> Int {
            entities.append(LocalEntity(name: name, type: type, key: key))
            starts.append([])
            offices.append([])
            byKey[key] = entities.count - 1
            nameIndex.add(entities.count - 1, folded: NameNormalization.fold(name), initials: Self.initials(of: name))
            add(mi, to: entities.count - 1, link)
            return entities.count - 1
        }

        // Pass 1: gazetteer and multi-word names, which name their entity fully.
        for mi in mentions.indices {
            let m = mentions[mi]
            if let canonical = m.canonical {
                let key = "\(m.type.rawValue):\(NameNormalization.fold(canonical))"
                if let e = byKey[key] {
                    add(mi, to: e, Self.lexiconName)
                } else {
                    _ = newEntity(mi, name: canonical, type: m.type, key: key, Self.lexiconName)
                }
                continue
            }
            guard m.tokens.count >= 2 else { continue }
            let folded = NameNormalization.fold(m.text)
            if let e = byKey["name:" + folded] {
                add(mi, to: e, "full name")
                if entities[e].type == .misc { entities[e].type = m.type }
            } else if m.type == .person || m.type == .misc, let e = personEndingWith(folded, entities, nameIndex) {
                // A compound surname ("López Obrador", "de la Fuente") after the full name.
                add(mi, to: e, "compound surname of a person named in full")
                mentions[mi].type = .person
            } else {
                _ = newEntity(mi, name: m.text, type: m.type, key: "name:" + folded, "full name")
            }
        }
        // A one-word place that is also the surname of a person named in full ("Vernon Jordan" … "Jordan
        // said"): the person, unless a locative preposition makes it the place.
        var surnames: [String: Int] = [:]
        for mi in mentions.indices where mentions[mi].type == .person && mentions[mi].tokens.count >= 2 && mentions[mi].canonical == nil {
            if let last = mentions[mi].text.split(separator: " ").last { surnames[String(last)] = mentions[mi].entity }
        }
        for mi in mentions.indices where mentions[mi].tokens.count == 1 && mentions[mi].canonical != nil && !mentions[mi].isDemonym
            && (mentions[mi].type == .location || mentions[mi].type == .government) {
            guard let person = surnames[mentions[mi].text], let old = mentions[mi].entity else { continue }
            let b = mentions[mi].tokens.lowerBound - 1
            if b >= 0, Self.locativePrepositions.contains(tokens[b].lower) { continue }
            entities[old].mentions.removeAll { $0 == mi }
            mentions[mi].canonical = nil
            mentions[mi].type = .person
            add(mi, to: person, "surname of a person named in full, not the place")
        }
        // Pass 2: single-word names (surnames, first names, acronyms), in text order so the nearest
        // earlier person with that surname wins.
        for mi in mentions.indices where mentions[mi].entity == nil {
            let m = mentions[mi]
            let word = NameNormalization.fold(m.text)
            // Acronym in parentheses right after its expansion, the whole parenthesis ("Donald Trump (Last
            // week: 2.)" gives him no name "Last").
            if m.tokens.lowerBound >= 2, tokens[m.tokens.lowerBound - 1].text == "(",
               m.tokens.upperBound < tokens.count, tokens[m.tokens.upperBound].text == ")",
               let prev = mentions[..<mi].last, prev.tokens.upperBound == m.tokens.lowerBound - 1, let pe = prev.entity,
               // Its first letter is the name's ("Citizens for … in Washington (CREW)" is no name of Washington).
               NameNormalization.fold(m.text).first == NameNormalization.fold(prev.text).first {
                add(mi, to: pe, "acronym in parentheses after the name")
                continue
            }
            if tokens[m.tokens.lowerBound].isAllCaps, let e = acronymMatch(m.text, entities, nameIndex) {
                add(mi, to: e, "initials of a name in the document")
                continue
            }
            // A bare head word for the one body the document named with it ("the Senate" after "Mexican Senate").
            if m.type == .misc || m.type == .agency || m.type == .organization, isHeadWord(m.text),
               let e = bodyWithHead(m.text, entities: entities, index: nameIndex) {
                add(mi, to: e, "head word of a body named in full")
                continue
            }
            // Surname or first name of a person the document names in full; among several (a family), the
            // one the context means, else left open for the corpus to decide.
            switch personForNamePart(word, mention: mi, entities: entities, mentions: mentions, tokens: tokens,
                                     index: nameIndex, starts: starts, offices: offices, sentenceOfToken: doc.sentenceOfToken,
                                     sentenceStarts: sentenceStarts, mentionAt: mentionAt) {
            case .one(let e):
                add(mi, to: e, Self.namePartLink(word, of: entities[e].name, titled: m.title != nil || m.gender != .unknown))
                if mentions[mi].type == .misc { mentions[mi].type = .person }
                continue
            case .near(let e):
                add(mi, to: e, Self.namedJustBeforeLink)
                if mentions[mi].type == .misc { mentions[mi].type = .person }
                continue
            case .titled(let e):
                add(mi, to: e, Self.titleHolderLink)
                if mentions[mi].type == .misc { mentions[mi].type = .person }
                continue
            case .open(let people, let office):
                mentions[mi].type = .person
                let names = people.map { NameNormalization.fold(entities[$0].name) }
                let key = "open:" + word + (office.map { "@" + $0 } ?? "") + "|" + names.joined(separator: ";")
                let open = office == nil ? "surname of several people in the document: left to the corpus"
                    : Self.untitledOfficeLink
                if let e = byKey[key] { add(mi, to: e, open); continue }
                let e = newEntity(mi, name: m.text, type: .person, key: key, open)
                entities[e].candidates = names
                continue
            case .none:
                break
            }
            let key = "name:" + word
            if let e = byKey[key] { add(mi, to: e, "same name"); continue }
            _ = newEntity(mi, name: m.text, type: m.type, key: key, "same name")
        }
        // Pass 3: single-word entities that turn out to be part of a later full name.
        for e in entities.indices where entities[e].type != .government && entities[e].candidates.isEmpty {
            guard entities[e].mentions.allSatisfy({ mentions[$0].tokens.count == 1 && mentions[$0].canonical == nil }) else { continue }
            let word = NameNormalization.fold(entities[e].name)
            var link = "name part of a person named later in full"
            var found = personWithNamePart(word, before: Int.max, entities: entities, mentions: mentions, excluding: e,
                                           gender: entities[e].gender, index: nameIndex)
            if found == nil, entities[e].gender != .unknown {
                // "Mr. Ban" … "Ban Ki-moon": a courtesy title makes the word a person's name, and the one
                // untyped full name holding it is that person (the typer has not run yet).
                found = personWithNamePart(word, before: Int.max, entities: entities, mentions: mentions, excluding: e,
                                           gender: entities[e].gender, index: nameIndex, untyped: true)
                link = "title + name part of an untyped name in full"
            }
            guard let target = found else { continue }
            for mi in entities[e].mentions { add(mi, to: target, link) }
            entities[e].mentions = []
            starts[e] = []
        }
        // Types: cluster vote, then context for what is still unknown.
        let typer = EntityTyper(lex: lex)
        var basedWords = Set<String>()
        for t in tokens where t.flags.contains(.hyphenated) && t.lower.hasSuffix("-based") {
            basedWords.insert(String(t.text.dropLast(6)))
        }
        for e in entities.indices where !entities[e].mentions.isEmpty {
            if entities[e].type == .misc {
                if let t = entities[e].mentions.map({ mentions[$0].type }).first(where: { $0 != .misc }) {
                    entities[e].type = t
                } else {
                    entities[e].type = typer.type(of: entities[e], mentions: mentions, tokens: tokens, basedWords: basedWords)
                }
            }
            // The fullest name: the longest person name, else the canonical/first form.
            if entities[e].type == .person || entities[e].key.hasPrefix("name:") {
                let names = entities[e].mentions.map { mentions[$0] }.filter { $0.canonical == nil }.map(\.text)
                if let longest = names.max(by: { ($0.split(separator: " ").count, $1) < ($1.split(separator: " ").count, $0) }) {
                    entities[e].name = longest
                }
            }
            for mi in entities[e].mentions { mentions[mi].type = entities[e].type }
            entities[e].aliases = Array(Set(entities[e].aliases)).sorted()
            if entities[e].candidates.isEmpty { entities[e].key = NameNormalization.fold(entities[e].name) }
        }
        // Drop emptied entities, renumbering references.
        var remap = [Int](repeating: -1, count: entities.count)
        var kept: [LocalEntity] = []
        for e in entities.indices where !entities[e].mentions.isEmpty {
            remap[e] = kept.count
            kept.append(entities[e])
        }
        for mi in mentions.indices {
            if let e = mentions[mi].entity { mentions[mi].entity = remap[e] >= 0 ? remap[e] : nil }
        }
        doc.mentions = mentions
        doc.entities = kept
        return doc
    }

    static let lexiconName = "lexicon name"
    /// How many sentences back a subject carries its surname (a wire report's run of sentences about one person).
    static let subjectWindow = 2
    /// The link of a surname shared by people of the document, given to the one named just before.
    public static let namedJustBeforeLink = "surname of the one person of that name opening this or one of the two previous sentences"
    /// "Former President Bill Clinton … President Clinton": an office title on a surname shared in the document
    /// goes to the one person of that name the document gives that office.
    public static let titleHolderLink = "title + surname of the one person of that name the document gives that title"
    /// "President Clinton" where the document gives no one of that name the office: the corpus decides.
    public static let untitledOfficeLink = "title + surname, no one of that name given that title in the document: left to the corpus"

    /// The link rule of a one-word name given to a person the document names in full.
    static func namePartLink(_ word: String, of name: String, titled: Bool) -> String {
        let parts = NameNormalization.fold(name).split(separator: " ")
        if parts.first.map(String.init) == word && parts.last.map(String.init) != word { return "given name of a person named in full" }
        return titled ? "title + surname of a person named in full" : "surname of a person named in full"
    }

    private func bodyWithHead(_ word: String, entities: [LocalEntity], index: EntityNameIndex) -> Int? {
        var found: Int?
        for e in index.aliasLastWordCandidates(word) where entities[e].type == .agency || entities[e].type == .organization {
            let entity = entities[e]
            for alias in entity.aliases {
                guard let last = alias.split(separator: " ").last, alias.contains(" "), last == word else { continue }
                if let f = found, f != e { return nil }
                found = e
            }
        }
        return found
    }

    /// The one earlier person whose full name ends with these (two or more) words, if exactly one does.
    private func personEndingWith(_ folded: String, _ entities: [LocalEntity], _ index: EntityNameIndex) -> Int? {
        let hits = (index.endingCandidates(folded) ?? Array(entities.indices)).filter { e in
            entities[e].type == .person && NameNormalization.fold(entities[e].name).hasSuffix(" " + folded)
        }
        return hits.count == 1 ? hits[0] : nil
    }

    private func acronymMatch(_ acronym: String, _ entities: [LocalEntity], _ index: EntityNameIndex) -> Int? {
        let letters = acronym.filter { $0.isLetter }
        guard letters.count >= 2 else { return nil }
        for e in index.initialsCandidates(letters) where entities[e].type != .person && entities[e].type != .location {
            return e
        }
        return nil
    }

    static func initials(of name: String) -> String {
        name.split(separator: " ")
            .filter { !Self.acronymStopWords.contains($0.lowercased()) }
            .compactMap(\.first).map { String($0) }.joined()
    }

    /// A word the org-heads lexicon lists ("Senate", "Department", "Cartel"), which a body's short form can be.
    private func isHeadWord(_ word: String) -> Bool {
        lex.orgHeads[word] != nil || (word.hasSuffix(".") && lex.orgHeads[String(word.dropLast())] != nil)
    }

    enum NamePartLink {
        case one(Int)
        /// The one candidate named in this sentence or the one before: firm, the corpus does not revisit it.
        case near(Int)
        /// The one candidate the document gives the mention's office title.
        case titled(Int)
        /// Left to the corpus among these (nearest first), with the office title written on the mention.
        case open([Int], office: String?)
        case none
    }

    /// The person a one-word name ("Clinton", "Hillary", "Mrs. Trump") stands for, among the people the
    /// document names in full with that word:
    /// 1. people of the other gender do not compete: the gender of a title ("Mrs.", "Mr.") or, failing
    ///    that, of the next singular pronoun in the sentence before another name ("Clinton said she …");
    /// 2. a surname reading wins over a first-name reading ("Scott" is Keith Lamont Scott, not Scott Walker);
    /// otherwise the link is left open between the rest (the nearest one first) and the corpus decides: the
    /// nearest unless a
    /// person of that surname the corpus names far more ("Trump" in an article about Ivanka Trump's plan is
    /// still Donald Trump; a relative named in passing never takes the surname).
    func personForNamePart(_ word: String, mention mi: Int, entities: [LocalEntity], mentions: [EntityMention],
                           tokens: [Token], index: EntityNameIndex, starts: [[Int]], offices: [Set<String>] = [],
                           sentenceOfToken: [Int] = [], sentenceStarts: [Int] = [], mentionAt: [Int: Int] = [:]) -> NamePartLink {
        var people: [(entity: Int, surname: Bool)] = []
        for e in index.namePartCandidates(word) ?? Array(entities.indices) {
            let entity = entities[e]
            guard entity.type == .person && entity.candidates.isEmpty else { continue }
            let parts = NameNormalization.fold(entity.name).split(separator: " ").map(String.init)
            guard parts.count >= 2 else { continue }
            if parts.last == word || (parts.count >= 3 && parts.dropFirst().joined(separator: " ").hasSuffix(word)) {
                people.append((e, true))
            } else if parts.first == word {
                people.append((e, false))
            }
        }
        if people.isEmpty { return .none }
        let m = mentions[mi]
        // An office title on the surname ("President Clinton", "Sen. Graham"; not "Mr." or "his wife").
        let office = m.title.flatMap { lex.officeHead(ofTitle: $0.title) }
        func holds(_ e: Int) -> Bool { office.map { e < offices.count && offices[e].contains($0) } ?? false }
        if people.count == 1 {
            // "Mr. Obama" in an article that names only Michelle Obama in full: not her.
            let e = people[0].entity
            if m.gender != .unknown, entities[e].gender != .unknown, entities[e].gender != m.gender { return .none }
            // "President Obama" where the one Obama named in full is never given that office ("the first lady,
            // Michelle Obama"): the corpus knows who holds it.
            if let office, !offices.isEmpty, !holds(e) { return .open([e], office: office) }
            // "Rep. Stephen Lynch said … Lynch said": the subject of this or the two sentences before is firm, so a
            // namesake the corpus names far more (Loretta Lynch) does not take it.
            if m.gender == .unknown, m.title == nil,
               namedJustBefore([e], mi, entities: entities, mentions: mentions, tokens: tokens, sentenceOfToken: sentenceOfToken,
                               sentenceStarts: sentenceStarts, starts: starts, mentionAt: mentionAt, firmOnly: true) != nil {
                return .near(e)
            }
            return .one(e)
        }
        if office != nil {
            let holders = people.filter { holds($0.entity) && (m.gender == .unknown || entities[$0.entity].gender == .unknown
                                                                || entities[$0.entity].gender == m.gender) }
            if holders.count == 1 { return .titled(holders[0].entity) }
        }
        let gender = m.gender != .unknown ? m.gender : pronounGender(after: mi, mentions: mentions, tokens: tokens)
        // The subject of the last sentences wins over a namesake whose gender is merely better known.
        let compatible = people.map(\.entity).filter {
            gender == .unknown || entities[$0].gender == .unknown || entities[$0].gender == gender
        }
        if let e = namedJustBefore(compatible, mi, entities: entities, mentions: mentions, tokens: tokens,
                                   sentenceOfToken: sentenceOfToken, sentenceStarts: sentenceStarts, starts: starts,
                                   mentionAt: mentionAt) {
            return .near(e)
        }
        if gender != .unknown {
            // Gender evidence (a title, or the pronoun that follows) settles it among relatives.
            people.removeAll { entities[$0.entity].gender != gender && entities[$0.entity].gender != .unknown }
            let same = people.filter { entities[$0.entity].gender == gender }
            if same.count == 1 { return .one(same[0].entity) }
            if people.count == 1 { return .one(people[0].entity) }
            if people.isEmpty { return .none }
        }
        if people.contains(where: \.surname) { people.removeAll { !$0.surname } }
        // A first name alone ("Hillary") stays in the document.
        if people.count == 1 && !people[0].surname { return .one(people[0].entity) }
        // The document's own guess first: the one named nearest before (else first after).
        // Each person's mention starts are sorted, so a binary search finds the last one before (a scan of
        // every mention, for every bare surname, made a long document quadratic).
        func nearest(_ e: Int) -> Int {
            let own = starts[e]
            let lo = Coreference.firstIndex(own.count) { own[$0] >= m.start }
            // A relative named in passing ("his wife Hillary Clinton") is not the nearest antecedent.
            var k = lo - 1
            while k >= 0, lo - 1 - k < Self.subjectScan, let o = mentionAt[own[k]], Self.isRelative(mentions[o], lex) { k -= 1 }
            if k >= 0 { return m.start - own[k] }
            return Int.max / 2 + (own.first ?? 0)
        }
        let ordered = people.map { (nearest($0.entity), $0.entity) }.sorted { $0 < $1 }.map(\.1)
        return .open(ordered, office: office.flatMap { o in people.contains { holds($0.entity) } ? nil : o })
    }

    /// "Homeland Security Secretary Jeh Johnson says … Johnson tells MSNBC": the one candidate that opens this
    /// sentence or one of the two before as its subject, when no other candidate is named in that stretch, is meant.
    /// Binary searches in each candidate's sorted mention starts, and at most `subjectScan` mentions looked at per
    /// candidate, keep it logarithmic in the document.
    private func namedJustBefore(_ people: [Int], _ mi: Int, entities: [LocalEntity], mentions: [EntityMention],
                                 tokens: [Token], sentenceOfToken: [Int], sentenceStarts: [Int], starts: [[Int]],
                                 mentionAt: [Int: Int], firmOnly: Bool = false) -> Int? {
        let m = mentions[mi]
        guard m.tokens.lowerBound < sentenceOfToken.count else { return nil }
        let here = sentenceOfToken[m.tokens.lowerBound]
        let from = here - Self.subjectWindow < sentenceStarts.count && !sentenceStarts.isEmpty
            ? sentenceStarts[max(0, here - Self.subjectWindow)] : 0
        // The subject that opens its sentence ("Homeland Security Secretary Jeh Johnson says …", "Johnson
        // tells …"), not a name in passing ("a photo of Heidi Cruz", "Ivanka Trump's statement").
        func opensSentence(_ o: EntityMention) -> Bool {
            var k = o.tokens.lowerBound
            if let t = o.title { while k > 0, tokens[k - 1].start >= t.start { k -= 1 } }
            // Capitalized words before it in its sentence belong to its title ("Homeland Security Secretary").
            while k > 0, sentenceOfToken[k - 1] == sentenceOfToken[k], tokens[k - 1].kind == .word, tokens[k - 1].isCapitalized {
                k -= 1
            }
            if k == 0 || sentenceOfToken[k - 1] != sentenceOfToken[k] { return true }
            // After a dateline ("FLINT, Mich. (UPI) — Former President Bill Clinton said") or an opening
            // sentence adverb ("However, Rep. Stephen Lynch said").
            if lex.isFunctionWord(tokens[k - 1].text, "dash") { return true }
            if tokens[k - 1].text == ",", k >= 2, tokens[k - 2].kind == .word, lex.isFunctionWord(tokens[k - 2].lower, "sentence-adverb"),
               k == 2 || sentenceOfToken[k - 3] != sentenceOfToken[k - 2] {
                return true
            }
            return false
        }
        // With `firmOnly` (one candidate), the person must be a subject somewhere: named in full opening a sentence
        // ("Rep. Gwen Graham said …"), not only in passing ("… although Bill Clinton won the spin"); a bare surname
        // the document merely guessed for someone named in passing does not make the next one firm.
        var subject = Set<Int>()
        if firmOnly {
            for e in people where e < starts.count {
                for start in starts[e].prefix(Self.subjectScan) {
                    if let o = mentionAt[start], mentions[o].tokens.count >= 2, mentions[o].entity == e,
                       sentenceOfToken.indices.contains(mentions[o].tokens.lowerBound), opensSentence(mentions[o]) {
                        subject.insert(e)
                        break
                    }
                }
            }
            if subject.isEmpty { return nil }
        }
        func counts(_ o: EntityMention) -> Bool {
            !firmOnly || o.tokens.count >= 2 || o.link == Self.namedJustBeforeLink || o.entity.map(subject.contains) == true
        }
        // "Bill Clinton … for his wife Hillary Clinton. … Clinton said": a relative named in passing does not compete.
        func relative(_ o: EntityMention) -> Bool { Self.isRelative(o, lex) }
        func lowerBound(_ a: [Int], _ x: Int) -> Int { Coreference.firstIndex(a.count) { a[$0] >= x } }
        var near: (entity: Int, first: Int)?
        for e in people where e < starts.count {
            let own = starts[e]
            let lo = lowerBound(own, from), hi = lowerBound(own, m.start)
            guard lo < hi else { continue }
            var k = hi - 1
            var opens = false
            while k >= max(lo, hi - Self.subjectScan) {
                if let o = mentionAt[own[k]], sentenceOfToken.indices.contains(mentions[o].tokens.lowerBound), counts(mentions[o]),
                   opensSentence(mentions[o]) {
                    opens = true
                    break
                }
                k -= 1
            }
            guard opens else { continue }
            if near != nil { return nil }
            near = (e, own[lo])
        }
        guard let near else { return nil }
        // Any mention of another candidate in the stretch (a surname too) makes it ambiguous again.
        for e in people where e != near.entity && e < starts.count {
            let own = starts[e]
            let i = lowerBound(own, near.first + 1), j = lowerBound(own, m.start)
            guard i < j else { continue }
            if j - i > Self.subjectScan { return nil }
            for k in i..<j where !(mentionAt[own[k]].map { relative(mentions[$0]) } ?? false) { return nil }
        }
        return near.entity
    }

    /// A mention written after a relation noun ("his wife Hillary Clinton"): a relative named in passing.
    static func isRelative(_ o: EntityMention, _ lex: Lexicons) -> Bool {
        o.title.map { lex.relationTitles.contains(Tokenizer.lower($0.title)) } ?? false
    }

    /// How many of a candidate's latest mentions in the window are looked at for one that opens its sentence.
    static let subjectScan = 8

    /// The gender of the first singular personal pronoun after mention `mi` in its sentence, unless another
    /// name comes first.
    private func pronounGender(after mi: Int, mentions: [EntityMention], tokens: [Token]) -> Gender {
        let m = mentions[mi]
        let nextName = mi + 1 < mentions.count ? mentions[mi + 1].tokens.lowerBound : tokens.count
        var k = m.tokens.upperBound
        while k < min(nextName, tokens.count, m.tokens.upperBound + 12) {
            let t = tokens[k]
            if t.text == "." || t.text == "?" || t.text == "!" || t.text == ";" { break }
            if t.kind == .word {
                if lex.isFunctionWord(t.lower, "pronoun-m") { return .male }
                if lex.isFunctionWord(t.lower, "pronoun-f") { return .female }
            }
            k += 1
        }
        return .unknown
    }

    /// The person whose name ends (or starts) with `word`, nearest before `offset`; a known gender
    /// ("Mrs. Trump") skips people of the other gender.
    private func personWithNamePart(_ word: String, before offset: Int, entities: [LocalEntity],
                                    mentions: [EntityMention], excluding: Int? = nil, gender: Gender = .unknown,
                                    index: EntityNameIndex, untyped: Bool = false) -> Int? {
        var best: (entity: Int, distance: Int)?
        for e in index.namePartCandidates(word) ?? Array(entities.indices) where e != excluding
            && entities[e].type == (untyped ? .misc : .person) {
            let entity = entities[e]
            if gender != .unknown && entity.gender != .unknown && entity.gender != gender { continue }
            let parts = NameNormalization.fold(entity.name).split(separator: " ").map(String.init)
            guard parts.count >= 2, parts.last == word || parts.first == word
                    || (parts.count >= 3 && parts.dropFirst().joined(separator: " ").hasSuffix(word)) else { continue }
            let latest = entity.mentions.map { mentions[$0].start }.filter { $0 < offset }.max()
            let distance = latest.map { offset == Int.max ? 0 : offset - $0 } ?? Int.max / 2
            if best == nil || distance < best!.distance { best = (e, distance) }
        }
        return best?.entity
    }

}

private extension Array where Element == Int {
    /// Inserts `value` keeping the array sorted (after any equal values).
    mutating func insertSorted(_ value: Int) {
        if let last, last <= value { append(value); return }
        insert(value, at: Coreference.firstIndex(count) { self[$0] > value })
    }
}
