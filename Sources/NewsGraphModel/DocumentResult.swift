/// What one document contributes to the graph, before the cross-document merge: its entities (local to
/// the document) and its facts. It is the unit a store keeps per article and the only input of
/// `CrossDocumentMerger`, so a corpus can be merged again from stored results without re-reading text.
///
/// Facts use the model's own `Quote`, `Action` and `Role` types; their entity references (`speaker`,
/// `about`, `actor`, `target`, `person`, `of`) hold *local* ids — the index of the entity in `entities`
/// written in decimal ("0", "1", …) — until the merge replaces them with corpus entity ids.
public struct DocumentResult: Hashable, Codable, Sendable {
    /// Version of this record's encoding; a store refuses records newer than it understands.
    public static let formatVersion = 1

    public var document: DocumentInfo
    public var entities: [LocalEntityRecord]
    public var quotes: [Quote]
    public var actions: [Action]
    public var roles: [Role]

    public init(document: DocumentInfo, entities: [LocalEntityRecord] = [], quotes: [Quote] = [],
                actions: [Action] = [], roles: [Role] = []) {
        self.document = document
        self.entities = entities
        self.quotes = quotes
        self.actions = actions
        self.roles = roles
    }

    /// The local id of the entity at `index` in `entities`.
    public static func localId(_ index: Int) -> String { String(index) }
}

/// An entity inside one document, as the merge needs it.
public struct LocalEntityRecord: Hashable, Codable, Sendable {
    /// The fullest proper name seen in the document.
    public var name: String
    public var type: EntityType
    /// Surface forms as written.
    public var aliases: [String]
    public var gender: Gender
    /// The key the merge groups by (usually the folded name).
    public var key: String
    public var mentions: [Mention]
    /// How many of the mentions the gazetteer knows (a lexicon name never joins a person's surname).
    public var gazetteerMentions: Int
    /// For a bare name the document leaves open between several of its people: their folded full names
    /// (the merger gives the name to the one the corpus names most). Absent in older records.
    public var candidates: [String]?
    /// Indices into `mentions` of bare surnames with no title or gender to them, for a person the document
    /// names in full only once or twice: the merger may give them to a far more named namesake ("Trump" in
    /// an article that names only Ivanka Trump in full). Absent in older records.
    public var looseMentions: [Int]?

    public init(name: String, type: EntityType, aliases: [String], gender: Gender, key: String,
                mentions: [Mention], gazetteerMentions: Int) {
        self.name = name
        self.type = type
        self.aliases = aliases
        self.gender = gender
        self.key = key
        self.mentions = mentions
        self.gazetteerMentions = gazetteerMentions
    }
}

/// Grammatical gender, from first names and gendered titles; used for pronouns and name linking.
public enum Gender: String, Sendable, Hashable, Codable {
    case male, female, unknown
}
