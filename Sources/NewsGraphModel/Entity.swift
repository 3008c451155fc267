/// One place in one document where an entity is named (or referred to).
public struct Mention: Hashable, Codable, Sendable, Comparable {
    public var document: String
    public var start: Int
    public var end: Int
    /// The surface text, as written.
    public var text: String?
    /// Why the mention belongs to its entity inside its document ("full name", "title + surname"), for
    /// provenance (`entities --explain`). Absent in older files.
    public var rule: String?
    /// The lexicon row involved, as `file:row` ("countries:United States", "first_names:Hillary"), if any.
    public var lexicon: String?
    /// Why its document's entity is part of this corpus entity, when something joined or moved it
    /// ("cross-document: same name", "curation line 3: merge"). Absent when nothing did.
    public var merge: String?

    public init(document: String, start: Int, end: Int, text: String? = nil, rule: String? = nil,
                lexicon: String? = nil, merge: String? = nil) {
        self.document = document
        self.start = start
        self.end = end
        self.text = text
        self.rule = rule
        self.lexicon = lexicon
        self.merge = merge
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        document = decoder.shared(try c.decode(String.self, forKey: .document))
        start = try c.decode(Int.self, forKey: .start)
        end = try c.decode(Int.self, forKey: .end)
        text = decoder.shared(try c.decodeIfPresent(String.self, forKey: .text))
        rule = decoder.shared(try c.decodeIfPresent(String.self, forKey: .rule))
        lexicon = decoder.shared(try c.decodeIfPresent(String.self, forKey: .lexicon))
        merge = decoder.shared(try c.decodeIfPresent(String.self, forKey: .merge))
    }

    public var span: TextSpan { TextSpan(start: start, end: end) }

    public static func < (lhs: Mention, rhs: Mention) -> Bool {
        if (lhs.document, lhs.start, lhs.end) != (rhs.document, rhs.start, rhs.end) {
            return (lhs.document, lhs.start, lhs.end) < (rhs.document, rhs.start, rhs.end)
        }
        // Ties (never two of one span in practice) still sort the same way every time.
        return (lhs.text ?? "", lhs.rule ?? "", lhs.lexicon ?? "", lhs.merge ?? "")
            < (rhs.text ?? "", rhs.rule ?? "", rhs.lexicon ?? "", rhs.merge ?? "")
    }
}

/// A real-world actor or place, merged across the corpus.
public struct Entity: Hashable, Codable, Sendable, Identifiable {
    /// Stable id derived from the normalized name and type (letters, digits and `_` only).
    public var id: String
    /// The fullest proper name.
    public var name: String
    public var type: EntityType
    /// Every surface form the entity goes by, sorted.
    public var aliases: [String]
    public var mentions: [Mention]

    public init(id: String, name: String, type: EntityType, aliases: [String] = [], mentions: [Mention] = []) {
        self.id = id
        self.name = name
        self.type = type
        self.aliases = aliases
        self.mentions = mentions
    }

    /// Documents the entity is mentioned in, sorted.
    public var documents: [String] {
        Array(Set(mentions.map(\.document))).sorted()
    }
}

extension Entity {
    /// How often the entity is written as each one-word name, as written ("Bush": 131, "Jeb": 12): the way
    /// readers of the corpus refer to it by a bare name. Name lookup ranks the people a surname query could mean
    /// by it (`NameResolver`); a store keeps it beside the mention count (`oneWordNameList`).
    public var oneWordNames: [String: Int] {
        var out: [String: Int] = [:]
        for m in mentions {
            guard let t = m.text, !t.isEmpty, !t.unicodeScalars.contains(where: { $0.properties.isWhitespace }) else { continue }
            out[t, default: 0] += 1
        }
        return out
    }

    /// `oneWordNames` as one string, "Bush\t131\nJeb\t12" (sorted; one-word names hold no whitespace).
    public var oneWordNameList: String {
        oneWordNames.sorted { $0.key < $1.key }.map { "\($0.key)\t\($0.value)" }.joined(separator: "\n")
    }

    /// The mentions a store gives an entity read without its mentions: `count` placeholders (no document, no
    /// span), as many of them written as each one-word name of `oneWordNameList` as the entity had, so that name
    /// lookup counts the same from a store as from the graph. Malformed lines are ignored.
    public static func placeholderMentions(count: Int, oneWordNameList: String) -> [Mention] {
        var out: [Mention] = []
        out.reserveCapacity(max(0, count))
        for line in oneWordNameList.split(separator: "\n") {
            let parts = line.split(separator: "\t")
            guard parts.count == 2, let n = Int(parts[1]), n > 0 else { continue }
            let m = Mention(document: "", start: 0, end: 0, text: String(parts[0]))
            out.append(contentsOf: repeatElement(m, count: min(n, max(0, count - out.count))))
        }
        if out.count < count { out.append(contentsOf: repeatElement(Mention(document: "", start: 0, end: 0), count: count - out.count)) }
        return out
    }
}
