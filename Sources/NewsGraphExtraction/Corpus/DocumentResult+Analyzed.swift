import NewsGraphModel

extension DocumentResult {
    /// The part of an analyzed document the graph keeps: local entities with their mentions, and
    /// quotes, actions and roles with local entity ids (see `DocumentResult`). The analysis itself
    /// (tokens, sentences, layers) can be dropped once this is made.
    public init(_ doc: AnalyzedDocument) {
        let entities = doc.entities.map { entity in
            var gazetteer = 0
            let mentions = entity.mentions.map { mi in
                let m = doc.mentions[mi]
                if m.canonical != nil { gazetteer += 1 }
                return Mention(document: doc.id, start: m.start, end: m.end, text: m.text)
            }
            return LocalEntityRecord(name: entity.name, type: entity.type, aliases: entity.aliases,
                                     gender: entity.gender, key: entity.key, mentions: mentions,
                                     gazetteerMentions: gazetteer)
        }
        let local = DocumentResult.localId
        let quotes = doc.quotes.map { q in
            let first = doc.sentences[q.sentences.lowerBound], last = doc.sentences[q.sentences.upperBound]
            return Quote(speaker: q.speaker.map(local), speakerText: q.speakerText,
                         text: doc.text(q.textStart, q.textEnd),
                         about: Array(Set(q.about)).sorted().map(local),
                         direct: q.direct, cue: q.cue, document: doc.id, start: q.textStart, end: q.textEnd,
                         evidence: doc.text(first.start, last.end))
        }
        let actions = doc.actions.map { a in
            let s = doc.sentences[a.sentence]
            return Action(actor: local(a.actor), verb: a.verb, target: a.target.map(local),
                          category: a.root, quadClass: QuadClass(cameoRoot: a.root)?.rawValue,
                          goldstein: a.goldstein, negated: a.negated, hypothetical: a.hypothetical,
                          document: doc.id, start: a.start, end: a.end, evidence: doc.text(s.start, s.end))
        }
        let roles = doc.roles.map { r in
            let s = doc.sentences[r.sentence]
            return Role(person: local(r.person), title: r.title, of: r.of.map(local),
                        document: doc.id, start: r.start, end: r.end, evidence: doc.text(s.start, s.end))
        }
        let meta = doc.source.metadata
        self.init(document: DocumentInfo(id: doc.id, title: meta.title ?? Self.title(of: doc), path: doc.source.path,
                                         length: doc.source.count, words: doc.source.wordCount,
                                         date: meta.date, source: meta.source, url: meta.url,
                                         extra: meta.extra.isEmpty ? nil : meta.extra),
                  entities: entities, quotes: quotes, actions: actions, roles: roles)
    }

    /// The headline, or the first sentence cut to 120 characters.
    private static func title(of doc: AnalyzedDocument) -> String? {
        guard let first = doc.sentences.first else { return nil }
        let text = doc.text(first.start, first.end)
        if first.isHeadline || text.count <= 120 { return text }
        return String(text.prefix(117)) + "…"
    }
}
