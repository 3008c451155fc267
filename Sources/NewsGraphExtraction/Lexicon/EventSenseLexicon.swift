/// Words that decide the sense of an event word (`event_senses.tsv`): event lemmas that between two people
/// are criticism, not violence; event lemmas of force that in an election sentence are the campaign; and
/// the words that make a sentence about an election.
public struct EventSenseLexicon: Sendable {
    public let figurativeViolence: Set<String>
    public let campaignSense: Set<String>
    public let electionContext: Set<String>
    /// Event lemmas done by each of coordinated subjects to the other: "Canada and Mexico sparred".
    public let reciprocal: Set<String>
    /// Verb forms that name what someone is: "called Trump a fascist", "dubbed her a rising star".
    public let naming: Set<String>
    /// Plural nouns for actors left unnamed: "supports some opposition groups", "armed the rebels". An offer,
    /// support or aid given to them is an event without a named target, not an opinion about a thing.
    public let unnamedActors: Set<String>

    public init(rows: [[String]]) {
        var sets: [String: Set<String>] = [:]
        for row in rows where !row.column(0).isEmpty {
            sets[row.column(1), default: []].insert(row.column(0).lowercased())
        }
        figurativeViolence = sets["figurative-violence"] ?? []
        campaignSense = sets["campaign-sense"] ?? []
        electionContext = sets["election-context"] ?? []
        reciprocal = sets["reciprocal"] ?? []
        naming = sets["naming"] ?? []
        unnamedActors = sets["unnamed-actor"] ?? []
    }
}
