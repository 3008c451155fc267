/// The kinds of relation between two entities that the graph's records project to.
public enum RelationKind: String, Hashable, Sendable, CaseIterable, Codable, Comparable {
    /// A person's title, person → the entity the title is `of`.
    case role
    /// A statement, speaker → each entity it is about.
    case quote
    /// An action, actor → target.
    case action

    /// Parses a user-typed kind ("roles", "quotes", "said", "actions", …).
    public init?(userInput: String) {
        switch userInput.lowercased() {
        case "role", "roles": self = .role
        case "quote", "quotes", "said", "statement", "statements": self = .quote
        case "action", "actions", "event", "events": self = .action
        default: return nil
        }
    }

    private var sortRank: Int {
        switch self {
        case .role: 0
        case .quote: 1
        case .action: 2
        }
    }

    public static func < (lhs: RelationKind, rhs: RelationKind) -> Bool { lhs.sortRank < rhs.sortRank }
}
