/// Resolves a name as a person would type it ("sheinbaum", "Lopez Obrador", "FAA", "the us")
/// to the graph's entities: case- and accent-insensitive, by name, alias or surname.
public struct NameResolver: Sendable {
    public enum Resolution: Equatable, Sendable {
        case found(Entity)
        case ambiguous([Entity])
        case unknown(suggestions: [String])
    }

    private let entities: [Entity]
    private let mentionCounts: [String: Int]

    public init(graph: KnowledgeGraph) {
        entities = graph.entities
        mentionCounts = Dictionary(graph.entities.map { ($0.id, $0.mentions.count) }, uniquingKeysWith: +)
    }

    /// Times the most-mentioned entity must outnumber the next for a name to be taken as meaning it
    /// ("Clinton" is Hillary Clinton with 4,000 mentions, not Bill with 300); closer candidates are ambiguous.
    public static let dominance = 3

    /// Resolves `query`; several entities answering the same tier are always ambiguous.
    public func resolve(_ query: String) -> Resolution {
        lookup(query, preferDominant: false).resolution
    }

    /// Resolves `query`; with `preferDominant`, a name several entities answer to means the one mentioned
    /// `dominance` times as often as any other, and the others come back as alternatives, by mentions (so a
    /// caller can say "also Bill Clinton (287)").
    public func lookup(_ query: String, preferDominant: Bool = true) -> (resolution: Resolution, alternatives: [Entity]) {
        let l = explainedLookup(query, preferDominant: preferDominant)
        return (l.resolution, l.alternatives)
    }

    /// What `lookup` found, and whether a one-word query chose its entity by how often each candidate is
    /// written with that bare name (`bareName`: the folded query) rather than by all its mentions.
    public struct Lookup: Sendable {
        public var resolution: Resolution
        public var alternatives: [Entity]
        public var bareName: String?
    }

    /// Times an entity is written as exactly `key` (a folded one-word name: "bush"), from its one-word names.
    public static func bareNameCount(_ e: Entity, _ key: String) -> Int {
        e.oneWordNames.reduce(0) { $0 + (NameNormalization.fold($1.key) == key ? $1.value : 0) }
    }

    /// `lookup`, saying how the entity was chosen. A one-word query several people answer ("Bush": Jeb with
    /// 259 mentions, George W. with 112 — comparable) means the one its readers call by that bare name
    /// `dominance` times as often as any other (131 "Bush" against 41, counting a candidate never so called
    /// as one): the way the corpus itself uses the name. Otherwise the mention counts decide as before.
    public func explainedLookup(_ query: String, preferDominant: Bool = true) -> Lookup {
        var key = NameNormalization.fold(query)
        if key.hasPrefix("the ") { key.removeFirst(4) }
        guard !key.isEmpty else { return Lookup(resolution: .unknown(suggestions: []), alternatives: []) }
        if let id = entities.first(where: { $0.id == query }) { return Lookup(resolution: .found(id), alternatives: []) }

        // Tiers, strongest first: the canonical name, an alias, then a word-suffix of the name or an alias
        // (surname: "obrador", "lopez obrador").
        let byName: (Entity) -> Bool = { NameNormalization.fold($0.name) == key }
        let byAlias: (Entity) -> Bool = { $0.aliases.contains { NameNormalization.fold($0) == key } }
        let bySuffix: (Entity) -> Bool = { e in
            ([e.name] + e.aliases).contains { Self.endsWithWords(NameNormalization.fold($0), key) }
        }
        let byWord: (Entity) -> Bool = { e in
            ([e.name] + e.aliases).contains { NameNormalization.fold($0).split(separator: " ").contains { $0 == key } }
        }
        // Tiers, strongest first. A one-word query ("castaneda") is a surname as much as an alias: two people
        // who share it are ambiguous even if only one of them was written with the bare surname.
        let oneWord = !key.contains(" ")
        // Looking for the dominant one, an entity merely named by the bare word ("Trump", two mentions)
        // competes with the people whose surname it is.
        let tiers: [(Entity) -> Bool] = oneWord && preferDominant
            ? [{ byName($0) || byAlias($0) || bySuffix($0) }, byWord]
            : oneWord ? [byName, { byAlias($0) || bySuffix($0) }, byWord]
            : [byName, byAlias, bySuffix, byWord]
        for tier in tiers {
            let hits = entities.filter(tier)
            if hits.count == 1 { return Lookup(resolution: .found(hits[0]), alternatives: []) }
            if hits.count > 1 {
                let ranked = hits.sorted { (mentionCounts[$0.id] ?? 0, $1.name) > (mentionCounts[$1.id] ?? 0, $0.name) }
                if preferDominant, oneWord {
                    // The candidate the corpus calls by this bare name far more often than any other.
                    let bare = Dictionary(uniqueKeysWithValues: hits.map { ($0.id, Self.bareNameCount($0, key)) })
                    let byBare = hits.sorted {
                        (bare[$0.id] ?? 0, mentionCounts[$0.id] ?? 0, $1.name) > (bare[$1.id] ?? 0, mentionCounts[$1.id] ?? 0, $0.name)
                    }
                    let top = bare[byBare[0].id] ?? 0, next = bare[byBare[1].id] ?? 0
                    if top >= Self.dominance * max(next, 1) {
                        return Lookup(resolution: .found(byBare[0]), alternatives: Array(byBare.dropFirst()), bareName: key)
                    }
                }
                let top = mentionCounts[ranked[0].id] ?? 0, next = mentionCounts[ranked[1].id] ?? 0
                // One entity far more mentioned than any other that answers: the one meant.
                if preferDominant, top > 0, top >= Self.dominance * next {
                    return Lookup(resolution: .found(ranked[0]), alternatives: Array(ranked.dropFirst()))
                }
                // Several comparable entities answer: the user must choose. Candidates by prominence.
                return Lookup(resolution: .ambiguous(ranked), alternatives: [])
            }
        }
        let scored = entities.map { e -> (Int, String) in
            let d = ([e.name] + e.aliases).map { Self.editDistance(NameNormalization.fold($0), key) }.min() ?? Int.max
            return (d, e.name)
        }.filter { $0.0 <= max(2, key.count / 3) }.sorted { $0 < $1 }
        return Lookup(resolution: .unknown(suggestions: Array(scored.prefix(3).map(\.1))), alternatives: [])
    }

    static func endsWithWords(_ name: String, _ key: String) -> Bool {
        name == key || name.hasSuffix(" " + key)
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var prev = Array(0...b.count)
        var cur = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            cur[0] = i
            for j in 1...b.count {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&prev, &cur)
        }
        return prev[b.count]
    }
}
