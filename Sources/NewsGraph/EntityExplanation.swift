import NewsGraphModel

/// Why each alias and mention belongs to an entity (`newsgraph entities GRAPH --explain NAME`): every
/// mention with its document, offsets, surface text, the rule that linked it in its document, the lexicon
/// row involved, and what joined it to the corpus entity (the cross-document merge or a curation line).
public struct EntityExplanation: Encodable, Sendable, Equatable {
    public struct Alias: Encodable, Sendable, Equatable {
        public var text: String
        public var mentions: Int
        /// Each distinct reason with how many of the alias's mentions give it, most frequent first.
        public var reasons: [Reason]
    }

    public struct Reason: Encodable, Sendable, Equatable {
        public var reason: String
        public var count: Int
    }

    public struct MentionRow: Encodable, Sendable, Equatable {
        public var document: String
        public var start: Int
        public var end: Int
        public var text: String?
        public var rule: String?
        public var lexicon: String?
        public var merge: String?

        /// The rule, lexicon row and merge as one line ("lexicon name [countries:Mexico], cross-document: same name").
        public var reason: String {
            var out = rule ?? "no rule recorded (older graph)"
            if let lexicon { out += " [\(lexicon)]" }
            if let merge { out += ", " + merge }
            return out
        }
    }

    public var id: String
    public var name: String
    public var type: String
    public var documents: Int
    public var aliases: [Alias]
    public var mentions: [MentionRow]

    public init(entity e: Entity) {
        id = e.id
        name = e.name
        type = e.type.rawValue
        mentions = e.mentions.sorted().map {
            MentionRow(document: $0.document, start: $0.start, end: $0.end, text: $0.text, rule: $0.rule,
                       lexicon: $0.lexicon, merge: $0.merge)
        }
        documents = Set(e.mentions.map(\.document)).count
        var byText: [String: [String: Int]] = [:]
        for m in mentions { byText[m.text ?? "", default: [:]][m.reason, default: 0] += 1 }
        aliases = Array(Set(e.aliases + [e.name])).sorted().map { alias in
            let reasons = (byText[alias] ?? [:]).map { Reason(reason: $0.key, count: $0.value) }
                .sorted { ($0.count, $1.reason) > ($1.count, $0.reason) }
            return Alias(text: alias, mentions: reasons.reduce(0) { $0 + $1.count }, reasons: reasons)
        }
    }

    /// The explanation as text, one alias and one mention a line.
    public func text() -> String {
        var out = "\(name) (\(type), \(id)): \(mentions.count) mention\(mentions.count == 1 ? "" : "s") in \(documents) document\(documents == 1 ? "" : "s")\n"
        out += "\nAliases:\n"
        for a in aliases {
            if a.reasons.isEmpty {
                out += "  \(a.text): no mention written so (a title written with the name, or a former name)\n"
            } else {
                out += "  \(a.text): \(a.mentions) mention\(a.mentions == 1 ? "" : "s") — "
                    + a.reasons.map { "\($0.count)× \($0.reason)" }.joined(separator: "; ") + "\n"
            }
        }
        out += "\nMentions:\n"
        for m in mentions {
            out += "  \(m.document) \(m.start)-\(m.end) \"\(m.text ?? "")\": \(m.reason)\n"
        }
        return out
    }
}
