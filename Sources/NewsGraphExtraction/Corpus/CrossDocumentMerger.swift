import NewsGraphModel

/// Merges the in-document entities of many documents into corpus entities and translates quotes,
/// actions and roles into the graph's id space.
///
/// Entities with the same folded name (or gazetteer canonical name) are one entity. A person written
/// with a middle initial or middle name ("Donald J. Trump", "Hillary Rodham Clinton") is the person
/// written without it ("Donald Trump") when only one such variant exists ("George W. Bush" and
/// "George H.W. Bush" both stay apart from "George Bush"). A person named by a single word ("Trump")
/// joins the one person in the corpus whose full name ends with that word (a bare first name is too
/// weak across articles); people of the other gender (from "Mrs."/"Mr." or first names) do not compete,
/// and among the rest one person must be named at least five times as often as any other ("Obama" is
/// Barack Obama, not Michelle Obama, unless written "Mrs. Obama"); otherwise ("Raúl Castro", "Fidel
/// Castro") it stays apart rather than guess. A name the gazetteer knows ("Facebook") never joins a person.
/// The type is the one most mentions agree on.
public struct CrossDocumentMerger: Sendable {
    let firstNames: [String: Lexicons.FirstName]
    let lexicons: Lexicons

    public init(lexicons: Lexicons = .shipped) {
        firstNames = lexicons.firstNames
        self.lexicons = lexicons
    }

    /// Times the most-named person must be named more than any other to take a shared bare surname.
    static let dominance = 5

    /// Merges analyzed documents (see `merge(_: [DocumentResult])`).
    public func merge(_ docs: [AnalyzedDocument]) -> KnowledgeGraph {
        merge(docs.map(DocumentResult.init))
    }

    /// Merges per-document results into one graph. The result does not depend on the order of `docs`.
    public func merge(_ docs: [DocumentResult]) -> KnowledgeGraph {
        // 1. Group local entities by key.
        struct Group {
            var names: [String: Int] = [:]
            var types: [EntityType: Int] = [:]
            var aliases = Set<String>()
            var mentions: [Mention] = []
            var words = 0
            var genders: [Gender: Int] = [:]
            var gazetteerMentions = 0
            var sample = ""
            /// A document the group has mentions in, and whether it has mentions in another.
            var firstDocument: String?
            var severalDocuments = false

            mutating func add(_ entity: LocalEntityRecord) {
                names[entity.name, default: 0] += entity.mentions.count
                types[entity.type, default: 0] += entity.mentions.count
                aliases.formUnion(entity.aliases)
                aliases.insert(entity.name)
                mentions += entity.mentions
                if let d = entity.mentions.first?.document {
                    if firstDocument == nil { firstDocument = d } else if d != firstDocument { severalDocuments = true }
                }
                gazetteerMentions += entity.gazetteerMentions
                if entity.gender != .unknown { genders[entity.gender, default: 0] += entity.mentions.count }
                words = NameNormalization.fold(entity.name).split(separator: " ").count
                // The same sample whatever the order of documents: the smallest spelling.
                if sample.isEmpty || entity.name < sample { sample = entity.name }
            }

            var gender: Gender {
                let m = genders[.male] ?? 0, f = genders[.female] ?? 0
                return m > f ? .male : f > m ? .female : .unknown
            }

            /// Takes `other` in; its mentions say `rule` (why they joined) unless they say something already.
            mutating func absorb(_ other: Group, asPerson: Bool, rule: String) {
                for (t, c) in other.types where !asPerson || t == .person || t == .misc {
                    types[asPerson ? .person : t, default: 0] += c
                }
                for (n, c) in other.names { names[n, default: 0] += c }
                for (g, c) in other.genders { genders[g, default: 0] += c }
                aliases.formUnion(other.aliases)
                mentions += other.mentions.map { m in
                    var m = m
                    if m.merge == nil { m.merge = rule }
                    return m
                }
            }
        }
        var groups: [String: Group] = [:]
        var localKey: [[String]] = []
        for doc in docs {
            var keys: [String] = []
            for entity in doc.entities {
                var key = NameNormalization.fold(entity.name)
                // A bare surname with a gendered title ("Mrs. Obama", "Mr. Obama") is kept apart by gender.
                if entity.type == .person, !key.contains(" "), entity.gender != .unknown { key += "|" + entity.gender.rawValue }
                // A person written only by a bare given name ("Bob") is not the same person in another article:
                // one entity per document (its full name, a title or a surname would have linked it).
                if entity.type == .person, !key.contains(" "), entity.candidates?.isEmpty ?? true, entity.gazetteerMentions == 0,
                        firstNames[entity.name] != nil, entity.aliases.allSatisfy({ $0 == entity.name }),
                        let d = entity.mentions.first?.document {
                    key += "|given@" + d
                }
                // A bare name its document left open between several of its people: one group per choice.
                if let open = entity.candidates, !open.isEmpty {
                    // An office title on it ("President Clinton"): kept apart, the corpus says who holds that office.
                    if entity.key.hasPrefix("open:"), let bar = entity.key.firstIndex(of: "|"),
                       let at = entity.key[..<bar].firstIndex(of: "@") {
                        key += String(entity.key[at..<bar])
                    }
                    key += "|?" + open.joined(separator: ";")
                }
                keys.append(key)
                // Mutate in place: copying a Group out and back would copy its mention array each time.
                if let loose = entity.looseMentions, !loose.isEmpty, loose.allSatisfy({ $0 < entity.mentions.count }) {
                    // Bare surnames of a person named in full only once or twice: an open name of their own,
                    // the document's guess being that person (its facts stay with the person).
                    let looseSet = Set(loose)
                    var kept = entity
                    kept.mentions = entity.mentions.indices.filter { !looseSet.contains($0) }.map { entity.mentions[$0] }
                    kept.looseMentions = nil
                    var bare = entity
                    bare.mentions = loose.map { entity.mentions[$0] }
                    bare.name = String(entity.name.split(separator: " ").last ?? Substring(entity.name))
                    bare.aliases = Array(Set(bare.mentions.compactMap(\.text))).sorted()
                    bare.gender = .unknown
                    bare.gazetteerMentions = 0
                    bare.looseMentions = nil
                    groups[key, default: Group()].add(kept)
                    groups[NameNormalization.fold(bare.name) + "|?" + key, default: Group()].add(bare)
                } else {
                    groups[key, default: Group()].add(entity)
                }
            }
            localKey.append(keys)
        }
        func majorityType(_ g: Group) -> EntityType {
            g.types.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? .misc
        }
        var redirect: [String: String] = [:]
        func target(_ key: String) -> String {
            var k = key
            while let next = redirect[k] { k = next }
            return k
        }
        // 2. Middle initials and middle names: "Donald J. Trump" is "Donald Trump" when no other variant competes.
        var variants: [String: [String]] = [:]
        for (key, g) in groups where g.words >= 3 && majorityType(g) == .person {
            if let short = withoutMiddle(g.sample), short != key { variants[short, default: []].append(key) }
        }
        for (short, all) in variants.sorted(by: { $0.key < $1.key }) {
            // "George W.H. Bush" written once beside "George H.W. Bush": the same middle initials in another
            // order are that variant when exactly one other variant has them (a slip of the pen, not a person).
            var keys = all
            for key in all.sorted() {
                let letters = Self.middleLetters(key)
                guard groups[key]!.mentions.count == 1, letters.count >= 2 else { continue }
                let same = keys.filter { $0 != key && Self.middleLetters($0).sorted() == letters.sorted() }
                guard same.count == 1, let into = groups[same[0]] != nil ? same[0] : nil,
                      groups[into]!.mentions.count > 1 else { continue }
                let src = groups.removeValue(forKey: key)!
                groups[into]!.absorb(src, asPerson: true, rule: Merge.transposedInitials)
                redirect[key] = into
                keys.removeAll { $0 == key }
            }
            guard let g = groups[short], majorityType(g) == .person else { continue }
            // Other variants named more than once compete ("George W. Bush", "George H.W. Bush").
            let real = keys.filter { groups[$0]!.mentions.count > 1 }
            guard real.count <= 1 else { continue }
            for key in keys.sorted() {
                let src = groups.removeValue(forKey: key)!
                groups[short]!.absorb(src, asPerson: false, rule: Merge.middleName)
                redirect[key] = short
            }
        }
        // 3a. A bare name left open between people of one document goes to the document's own guess (the
        // one named nearest before it) unless the corpus names a person of that surname `dominance` times as
        // often (ties to the smaller key, so input order never matters).
        // A person of that surname the corpus names at least `dominance` times as often still takes it.
        var fullBySurname: [String: [String]] = [:]
        for (key, g) in groups where g.words >= 2 && !key.contains("|") && majorityType(g) == .person {
            fullBySurname[String(key.split(separator: " ").last!), default: []].append(key)
        }
        // Each open name first goes to its document's choice; every person is then counted with the bare
        // names so given (a person named in full once per article and by surname after is not small).
        func more(_ a: String, _ b: String) -> Bool { (groups[a]!.mentions.count, b) > (groups[b]!.mentions.count, a) }
        var openChoice: [String: String] = [:]
        var tally: [String: Int] = [:]
        for (key, g) in groups {
            guard let mark = key.range(of: "|?") else { continue }
            let choices = key[mark.upperBound...].split(separator: ";").map { target(String($0)) }.filter { groups[$0] != nil }
            guard let best = choices.first else { continue }
            openChoice[key] = best
            tally[best, default: 0] += g.mentions.count
        }
        func total(_ k: String) -> Int { groups[k]!.mentions.count + tally[k, default: 0] }
        var openRedirect: [String: (to: String, rule: String)] = [:]
        var officesOf: [String: Set<String>] = [:]
        for (key, best) in openChoice {
            let g = groups[key]!
            let head = key.split(separator: "|").first.map { $0.split(separator: "@", maxSplits: 1) } ?? []
            let word = head.first.map(String.init) ?? ""
            let gender = g.gender
            let rivals = fullBySurname[word, default: []].filter {
                gender == .unknown || groups[$0]!.gender == .unknown || groups[$0]!.gender == gender
            }
            if head.count == 2 {
                // "President Clinton" that its document gives to no one: the document's own choice if the corpus
                // names it with that office, else the namesake the corpus names with it ("former President Bill
                // Clinton"), the most named by `dominance` times when several are.
                let office = String(head[1])
                func holds(_ k: String) -> Bool {
                    if officesOf[k] == nil { officesOf[k] = offices(aliases: groups[k]!.aliases, key: k) }
                    return officesOf[k]!.contains(office)
                }
                if holds(best) {
                    openRedirect[key] = (best, Merge.openToDocumentChoice)
                    continue
                }
                let holders = rivals.filter(holds).sorted { (total($0), $1) > (total($1), $0) }
                if let top = holders.first, holders.count == 1 || total(top) >= Self.dominance * total(holders[1]) {
                    openRedirect[key] = (top, Merge.openToTitleHolder)
                    continue
                }
            }
            if let top = rivals.max(by: { (total($0), $1) < (total($1), $0) }), total(top) >= Self.dominance * total(best) {
                openRedirect[key] = (top, Merge.openToNamesake)
            } else {
                openRedirect[key] = (best, Merge.openToDocumentChoice)
            }
        }
        for (from, (to, rule)) in openRedirect.sorted(by: { $0.key < $1.key }) {
            guard var src = groups.removeValue(forKey: from) else { continue }
            src.names = [:]
            groups[to]!.absorb(src, asPerson: true, rule: rule)
            redirect[from] = to
        }
        // 3. Single-word person keys join the one longer person name that takes their surname.
        var byWord: [String: Set<String>] = [:]
        for (key, g) in groups where g.words >= 2 && majorityType(g) == .person {
            let parts = key.split(separator: " ")
            byWord[String(parts.last!), default: []].insert(key)
        }
        // 3b. A name whose given part is initials only ("W. Bush") is the one person of that surname written
        // with those middle initials ("George W. Bush", not "George H.W. Bush"); and a full name whose
        // initials spell a person's given name ("John Ellis Bush" and "Jeb Bush") is that person.
        var initialRedirect: [(from: String, to: String, rule: String)] = []
        for (key, g) in groups where !key.contains("|") {
            let parts = key.split(separator: " ").map(String.init)
            if g.words == 2, let written = Self.initialsOnly(g.sample.split(separator: " ").first.map(String.init) ?? "") {
                let holders = (byWord[parts[1]] ?? []).filter { k in
                    k != key && groups[k]!.aliases.contains { Self.middleInitials(of: $0, surname: parts[1]) == written }
                }
                if holders.count == 1 { initialRedirect.append((key, holders.first!, Merge.initials)) }
            } else if g.words == 3, majorityType(g) == .person {
                let nick = String(parts.map { $0.first! })
                let target = nick + " " + parts[2]
                if nick != parts[0], target != key, let t = groups[target], majorityType(t) == .person {
                    initialRedirect.append((key, target, Merge.initialsNickname))
                }
            }
        }
        for (from, to, rule) in initialRedirect.sorted(by: { $0.from < $1.from }) {
            guard groups[to] != nil, let src = groups.removeValue(forKey: from) else { continue }
            groups[to]!.absorb(src, asPerson: true, rule: rule)
            redirect[from] = to
            if let last = from.split(separator: " ").last { byWord[String(last)]?.remove(from) }
        }
        var surnameRedirect: [String: String] = [:]
        var titledRedirect = Set<String>()
        for (key, g) in groups where g.words == 1 && majorityType(g) != .government && majorityType(g) != .location {
            let word = String(key.split(separator: "|").first ?? Substring(key))
            guard let all = byWord[word], g.gazetteerMentions * 2 <= g.mentions.count else { continue }
            let gender = g.gender
            let candidates = all.filter { gender == .unknown || groups[$0]!.gender == .unknown || groups[$0]!.gender == gender }
                .sorted { (groups[$0]!.mentions.count, $1) > (groups[$1]!.mentions.count, $0) }
            guard let best = candidates.first else { continue }
            if candidates.count >= 2 && groups[best]!.mentions.count < Self.dominance * groups[candidates[1]]!.mentions.count {
                // Written with an office ("Governor Bush"): the one namesake the corpus gives that office.
                let own = offices(aliases: g.aliases, key: word)
                guard !own.isEmpty else { continue }
                let holders = candidates.filter { groups[$0] != nil && !offices(aliases: groups[$0]!.aliases, key: $0).isDisjoint(with: own) }
                if holders.count == 1 { titledRedirect.insert(key); surnameRedirect[key] = holders[0] }
                continue
            }
            surnameRedirect[key] = best
        }
        for (from, to) in surnameRedirect.sorted(by: { $0.key < $1.key }) {
            guard let src = groups.removeValue(forKey: from) else { continue }
            var names = src
            names.names = [:]
            groups[to]!.absorb(names, asPerson: true, rule: titledRedirect.contains(from) ? Merge.surnameToTitleHolder : Merge.surname)
            redirect[from] = to
        }
        // 3. Entities with stable ids.
        var idOfKey: [String: String] = [:]
        var usedIds = Set<String>()
        var entities: [Entity] = []
        for key in groups.keys.sorted() {
            let g = groups[key]!
            let type = majorityType(g)
            let name = g.names.max { ($0.value, $0.key.count, $1.key) < ($1.value, $1.key.count, $0.key) }!.key
            var id = NameNormalization.identifier(name: name, type: type)
            var n = 2
            while usedIds.contains(id) { id = NameNormalization.identifier(name: name, type: type) + "_\(n)"; n += 1 }
            usedIds.insert(id)
            idOfKey[key] = id
            var mentions = g.mentions
            if g.severalDocuments {
                for i in mentions.indices where mentions[i].merge == nil { mentions[i].merge = Merge.sameName }
            }
            entities.append(Entity(id: id, name: name, type: type, aliases: Array(g.aliases).sorted(), mentions: mentions.sorted()))
        }
        func globalId(_ doc: Int, _ local: Int) -> String {
            let key = localKey[doc][local]
            return idOfKey[target(key)]!
        }
        // 4. Facts: local entity ids become corpus ids.
        var documents: [DocumentInfo] = []
        var quotes: [Quote] = []
        var actions: [Action] = []
        var roles: [Role] = []
        for (di, doc) in docs.enumerated() {
            func global(_ local: String) -> String { globalId(di, Int(local)!) }
            documents.append(doc.document)
            for var q in doc.quotes {
                q.speaker = q.speaker.map(global)
                q.about = Array(Set(q.about.map(global))).sorted()
                q.remapStances(global)
                quotes.append(q)
            }
            for var a in doc.actions {
                a.actor = global(a.actor)
                a.target = a.target.map(global)
                actions.append(a)
            }
            for var r in doc.roles {
                r.person = global(r.person)
                r.of = r.of.map(global)
                roles.append(r)
            }
        }
        // 5. A role written without what it is of ("President Barack Obama") takes the "of" the corpus gives the same
        // person with the same title elsewhere ("U.S. President Barack Obama"): a body or place (not a person: "rival",
        // "wife" depend on the article), written at least twice, and in most of the roles that name one.
        func roleKey(_ r: Role) -> String { r.person + "\u{1}" + NameNormalization.fold(r.title) }
        var typeOfId: [String: EntityType] = [:]
        for e in entities { typeOfId[e.id] = e.type }
        var ofCounts: [String: [String: Int]] = [:]
        for r in roles {
            if let of = r.of, of != r.person, typeOfId[of] != .person { ofCounts[roleKey(r), default: [:]][of, default: 0] += 1 }
        }
        for i in roles.indices where roles[i].of == nil {
            guard let counts = ofCounts[roleKey(roles[i])],
                  let best = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }),
                  best.value >= 2, best.value * 2 > counts.values.reduce(0, +) else { continue }
            roles[i].of = best.key
            roles[i].rule = Merge.roleOf
        }
        return KnowledgeGraph(documents: documents, entities: entities, quotes: quotes, actions: actions, roles: roles)
            .canonicalized()
    }

    /// Why a document's entity joined a corpus entity, as each of its mentions records it (`Mention.merge`).
    enum Merge {
        static let sameName = "cross-document: same name"
        static let middleName = "cross-document: same name without middle name or initial"
        static let openToDocumentChoice = "cross-document: bare surname, to the document's nearest person"
        static let openToNamesake = "cross-document: bare surname, to the corpus's most named namesake"
        static let surname = "cross-document: surname of the one person named in full"
        static let roleOf = "cross-document: the \"of\" the corpus gives this person with this title elsewhere"
        static let openToTitleHolder = "cross-document: title + surname, to the one namesake the corpus gives that title"
        static let surnameToTitleHolder = "cross-document: surname written with a title, to the one namesake the corpus gives that title"
        static let transposedInitials = "cross-document: same middle initials in another order"
        static let initials = "cross-document: initials for the given name, to the one namesake with those middle initials"
        static let initialsNickname = "cross-document: full name whose initials are the given name"
    }

    /// The letters of a folded key's middle words when they are all initials ("george hw bush" → "hw").
    static func middleLetters(_ key: String) -> String {
        let parts = key.split(separator: " ")
        guard parts.count >= 3 else { return "" }
        let middle = parts.dropFirst().dropLast()
        guard middle.allSatisfy({ $0.count <= 2 }) else { return "" }
        return middle.joined()
    }

    /// "W" for "W.", "HW" for "H.W.": a word made only of one or two capital initials (with periods, or a
    /// lone capital); nil otherwise.
    static func initialsOnly(_ word: String) -> String? {
        let letters = word.filter(\.isLetter)
        guard !letters.isEmpty, letters.count <= 2, letters.allSatisfy(\.isUppercase),
              word.hasSuffix(".") || letters.count == 1,
              word.allSatisfy({ $0.isLetter || $0 == "." }) else { return nil }
        return String(letters)
    }

    /// The middle initials of a written name "Given I. Surname" whose last word folds to `surname` ("W" for
    /// "President George W. Bush"); nil when it has none or a middle word is not initials.
    static func middleInitials(of alias: String, surname: String) -> String? {
        let parts = alias.split(separator: " ").map(String.init)
        guard parts.count >= 3, NameNormalization.fold(parts[parts.count - 1]) == surname,
              let w = initialsOnly(parts[parts.count - 2]) else { return nil }
        // The word before the initials is a given name (capitalized, lowercase letters), not another initial.
        let given = parts[parts.count - 3]
        guard given.first?.isUppercase == true, given.contains(where: \.isLowercase) else { return nil }
        return w
    }

    /// The offices a person group's aliases give it: "president" for "former president Bill Clinton".
    private func offices(aliases: Set<String>, key: String) -> Set<String> {
        var found = Set<String>()
        for alias in aliases {
            let folded = NameNormalization.fold(alias)
            guard folded.count > key.count, folded.hasSuffix(" " + key) else { continue }
            let words = alias.split(separator: " ")
            let keyWords = key.split(separator: " ").count
            guard words.count > keyWords else { continue }
            if let office = lexicons.officeHead(ofTitle: words.dropLast(keyWords).joined(separator: " ")) { found.insert(office) }
        }
        return found
    }

    /// "donald trump" for "Donald J. Trump", "hillary clinton" for "Hillary Rodham Clinton": the first and
    /// last name of a person written with middle initials or a middle word that is not a given name (a
    /// maiden name); nil when a middle word is a given name ("John Quincy Adams") or a particle.
    func withoutMiddle(_ name: String) -> String? {
        let parts = name.split(separator: " ").map(String.init)
        guard parts.count >= 3, parts.count <= 4 else { return nil }
        for middle in parts.dropFirst().dropLast() {
            let letters = middle.filter { $0.isLetter }
            let initials = !letters.isEmpty && letters.count <= 2 && letters.allSatisfy(\.isUppercase)
                && (middle.hasSuffix(".") || letters.count == 1)
            let maiden = letters.count >= 3 && middle.first?.isUppercase == true && middle.allSatisfy({ $0.isLetter })
                && firstNames[middle] == nil
            guard initials || (maiden && parts.count == 3) else { return nil }
        }
        guard parts[0].count >= 2, parts[0].contains(where: \.isLowercase) else { return nil }
        return NameNormalization.fold(parts[0] + " " + parts[parts.count - 1])
    }
}
