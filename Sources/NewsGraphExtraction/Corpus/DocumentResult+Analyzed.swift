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
                return Mention(document: doc.id, start: m.start, end: m.end, text: m.text, rule: m.link, lexicon: m.lexicon)
            }
            var record = LocalEntityRecord(name: entity.name, type: entity.type, aliases: entity.aliases,
                                           gender: entity.gender, key: entity.key, mentions: mentions,
                                           gazetteerMentions: gazetteer)
            if !entity.candidates.isEmpty { record.candidates = entity.candidates }
            if entity.type == .person, entity.candidates.isEmpty,
               let surname = NameNormalization.fold(entity.name).split(separator: " ").last,
               NameNormalization.fold(entity.name).contains(" ") {
                let ms = entity.mentions.map { doc.mentions[$0] }
                let full = ms.filter { $0.tokens.count >= 2 }.count
                let loose = ms.indices.filter { k in
                    ms[k].tokens.count == 1 && ms[k].gender == .unknown && ms[k].title == nil
                        && NameNormalization.fold(ms[k].text) == surname && ms[k].link != EntityResolver.namedJustBeforeLink
                }
                if full <= 2, !loose.isEmpty { record.looseMentions = loose }
            }
            return record
        }
        let local = DocumentResult.localId
        let quotes = doc.quotes.map { q in
            let first = doc.sentences[q.sentences.lowerBound], last = doc.sentences[q.sentences.upperBound]
            var quote = Quote(speaker: q.speaker.map(local), speakerText: q.speakerText,
                         text: doc.text(q.textStart, q.textEnd),
                         about: Array(Set(q.about)).sorted().map(local),
                         direct: q.direct, cue: q.cue, document: doc.id, start: q.textStart, end: q.textEnd,
                         evidence: EvidenceWindow.text(sentence: first.start..<last.end, span: q.textStart..<q.textEnd, slice: doc.text))
            (quote.evidenceStart, quote.evidenceEnd) = (first.start, last.end)
            quote.stances = q.stances.keys.sorted().map { StanceMark(about: local($0), stance: q.stances[$0]!) }
            quote.rule = q.rule.isEmpty ? nil : q.rule
            return quote
        }
        let actions = doc.actions.map { a in
            let s = doc.sentences[a.sentence]
            // A derived event's evidence is the statement it was read from, not the whole sentence.
            let evidence = a.derived ? a.start..<a.end : s.start..<s.end
            var action = Action(actor: local(a.actor), verb: a.verb, target: a.target.map(local),
                          category: a.root, quadClass: QuadClass(cameoRoot: a.root)?.rawValue,
                          goldstein: a.goldstein, negated: a.negated, hypothetical: a.hypothetical,
                          document: doc.id, start: a.start, end: a.end,
                          evidence: EvidenceWindow.text(sentence: evidence, span: a.start..<a.end, slice: doc.text))
            (action.evidenceStart, action.evidenceEnd) = (evidence.lowerBound, evidence.upperBound)
            action.rule = a.rule.isEmpty ? nil : a.rule
            action.derived = a.derived
            return action
        }
        let roles = doc.roles.map { r in
            let s = doc.sentences[r.sentence]
            var role = Role(person: local(r.person), title: r.title, of: r.of.map(local), document: doc.id, start: r.start,
                            end: r.end, evidence: EvidenceWindow.text(sentence: s.start..<s.end, span: r.start..<r.end, slice: doc.text))
            (role.evidenceStart, role.evidenceEnd) = (s.start, s.end)
            return role
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
