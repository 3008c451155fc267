import NewsGraphModel

/// Merges the in-document entities of many documents into corpus entities and translates quotes,
/// actions and roles into the graph's id space.
///
/// Entities with the same folded name (or gazetteer canonical name) are one entity. A person named by a
/// single word ("Trump") joins the one person in the corpus whose full name ends with that word (a bare
/// first name is too weak across articles); when several people share it ("Raúl Castro", "Fidel Castro") it stays apart rather than guess.
/// The type is the one most mentions agree on.
public struct CrossDocumentMerger: Sendable {
    public init() {}

    public func merge(_ docs: [AnalyzedDocument]) -> KnowledgeGraph {
        // 1. Group local entities by key.
        struct Group {
            var names: [String: Int] = [:]
            var types: [EntityType: Int] = [:]
            var aliases = Set<String>()
            var mentions: [Mention] = []
            var words = 0

            mutating func add(_ entity: LocalEntity, in doc: AnalyzedDocument) {
                names[entity.name, default: 0] += entity.mentions.count
                types[entity.type, default: 0] += entity.mentions.count
                aliases.formUnion(entity.aliases)
                aliases.insert(entity.name)
                for mi in entity.mentions {
                    let m = doc.mentions[mi]
                    mentions.append(Mention(document: doc.id, start: m.start, end: m.end, text: m.text))
                }
                words = NameNormalization.fold(entity.name).split(separator: " ").count
            }
        }
        var groups: [String: Group] = [:]
        var localKey: [[String]] = []
        for doc in docs {
            var keys: [String] = []
            for entity in doc.entities {
                let key = NameNormalization.fold(entity.name)
                keys.append(key)
                // Mutate in place: copying a Group out and back would copy its mention array each time.
                groups[key, default: Group()].add(entity, in: doc)
            }
            localKey.append(keys)
        }
        func majorityType(_ g: Group) -> EntityType {
            g.types.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? .misc
        }
        // 2. Single-word person keys join a unique longer person name.
        var redirect: [String: String] = [:]
        var byWord: [String: Set<String>] = [:]
        for (key, g) in groups where g.words >= 2 && majorityType(g) == .person {
            let parts = key.split(separator: " ")
            byWord[String(parts.last!), default: []].insert(key)
        }
        for (key, g) in groups where g.words == 1 && majorityType(g) != .government && majorityType(g) != .location {
            if let candidates = byWord[key], candidates.count == 1 { redirect[key] = candidates.first! }
        }
        for (from, to) in redirect.sorted(by: { $0.key < $1.key }) {
            guard let src = groups.removeValue(forKey: from) else { continue }
            for (t, c) in src.types where t == .person || t == .misc { groups[to]!.types[.person, default: 0] += c }
            groups[to]!.aliases.formUnion(src.aliases)
            groups[to]!.mentions += src.mentions
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
            entities.append(Entity(id: id, name: name, type: type, aliases: Array(g.aliases).sorted(), mentions: g.mentions.sorted()))
        }
        func globalId(_ doc: Int, _ local: Int) -> String {
            let key = localKey[doc][local]
            return idOfKey[redirect[key] ?? key] ?? idOfKey[key]!
        }
        // 4. Facts.
        var documents: [DocumentInfo] = []
        var quotes: [Quote] = []
        var actions: [Action] = []
        var roles: [Role] = []
        for (di, doc) in docs.enumerated() {
            documents.append(DocumentInfo(id: doc.id, title: title(of: doc), path: doc.source.path,
                                          length: doc.source.count, words: doc.source.wordCount))
            for q in doc.quotes {
                let first = doc.sentences[q.sentences.lowerBound], last = doc.sentences[q.sentences.upperBound]
                quotes.append(Quote(speaker: q.speaker.map { globalId(di, $0) }, speakerText: q.speakerText,
                                    text: doc.text(q.textStart, q.textEnd),
                                    about: Array(Set(q.about.map { globalId(di, $0) })).sorted(),
                                    direct: q.direct, cue: q.cue, document: doc.id, start: q.textStart, end: q.textEnd,
                                    evidence: doc.text(first.start, last.end)))
            }
            for a in doc.actions {
                let s = doc.sentences[a.sentence]
                actions.append(Action(actor: globalId(di, a.actor), verb: a.verb, target: a.target.map { globalId(di, $0) },
                                      category: a.root, quadClass: QuadClass(cameoRoot: a.root)?.rawValue,
                                      goldstein: a.goldstein, negated: a.negated, hypothetical: a.hypothetical,
                                      document: doc.id, start: a.start, end: a.end, evidence: doc.text(s.start, s.end)))
            }
            for r in doc.roles {
                let s = doc.sentences[r.sentence]
                roles.append(Role(person: globalId(di, r.person), title: r.title, of: r.of.map { globalId(di, $0) },
                                  document: doc.id, start: r.start, end: r.end, evidence: doc.text(s.start, s.end)))
            }
        }
        return KnowledgeGraph(documents: documents, entities: entities, quotes: quotes, actions: actions, roles: roles)
            .canonicalized()
    }

    private func title(of doc: AnalyzedDocument) -> String? {
        guard let first = doc.sentences.first else { return nil }
        let text = doc.text(first.start, first.end)
        if first.isHeadline || text.count <= 120 { return text }
        return String(text.prefix(117)) + "…"
    }
}
