/// The kinds of actor and place the graph knows. Definitions follow the evaluation schema:
/// a government is a state acting as a whole; an agency is a body of a government.
public enum EntityType: String, Codable, CaseIterable, Sendable, Comparable {
    case person
    case government
    case agency
    case organization
    case location
    case misc

    public static func < (lhs: EntityType, rhs: EntityType) -> Bool {
        lhs.sortRank < rhs.sortRank
    }

    private var sortRank: Int {
        switch self {
        case .person: 0
        case .government: 1
        case .agency: 2
        case .organization: 3
        case .location: 4
        case .misc: 5
        }
    }

    /// Parses a user-typed type name ("person", "gov", "org", …).
    public init?(userInput: String) {
        switch userInput.lowercased() {
        case "person", "people", "per": self = .person
        case "government", "governments", "gov": self = .government
        case "agency", "agencies": self = .agency
        case "organization", "organisation", "organizations", "org": self = .organization
        case "location", "locations", "loc", "place": self = .location
        case "misc": self = .misc
        default: return nil
        }
    }
}
