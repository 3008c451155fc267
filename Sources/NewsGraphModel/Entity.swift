/// One place in one document where an entity is named (or referred to).
public struct Mention: Hashable, Codable, Sendable, Comparable {
    public var document: String
    public var start: Int
    public var end: Int
    /// The surface text, as written.
    public var text: String?

    public init(document: String, start: Int, end: Int, text: String? = nil) {
        self.document = document
        self.start = start
        self.end = end
        self.text = text
    }

    public var span: TextSpan { TextSpan(start: start, end: end) }

    public static func < (lhs: Mention, rhs: Mention) -> Bool {
        (lhs.document, lhs.start, lhs.end) < (rhs.document, rhs.start, rhs.end)
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
