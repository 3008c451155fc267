/// Multi-token phrases looked up by their first token, longest match first.
/// Keys are lowercased token texts as the `Tokenizer` produces them.
public struct PhraseTable<Value: Sendable>: Sendable {
    public struct Entry: Sendable {
        /// Lowercased tokens of the phrase.
        public var tokens: [String]
        /// Tokens as written in the lexicon (for case checks).
        public var surface: [String]
        public var value: Value
    }

    private var byFirst: [String: [Entry]] = [:]
    public private(set) var count = 0

    public init() {}

    public mutating func insert(surface: [String], value: Value) {
        guard let first = surface.first else { return }
        let lowered = surface.map { Tokenizer.lower($0) }
        byFirst[Tokenizer.lower(first), default: []].append(Entry(tokens: lowered, surface: surface, value: value))
        count += 1
    }

    /// Sorts each bucket longest first; call once after inserting.
    public mutating func finalize() {
        for key in byFirst.keys {
            byFirst[key]?.sort { $0.tokens.count > $1.tokens.count }
        }
    }

    /// Entries whose tokens match `tokens[i...]` (by lowercased text), longest first.
    public func matches(_ tokens: [Token], at i: Int, limit: Int? = nil) -> [Entry] {
        guard let bucket = byFirst[tokens[i].lower] else { return [] }
        var found: [Entry] = []
        let end = limit ?? tokens.count
        for entry in bucket {
            let n = entry.tokens.count
            guard i + n <= end else { continue }
            var ok = true
            for k in 1..<max(n, 1) where tokens[i + k].lower != entry.tokens[k] {
                ok = false
                break
            }
            if ok { found.append(entry) }
        }
        return found
    }

    /// The longest entries matching at `i` (all entries of that length).
    public func longest(_ tokens: [Token], at i: Int, limit: Int? = nil) -> (length: Int, entries: [Entry])? {
        let all = matches(tokens, at: i, limit: limit)
        guard let n = all.first?.tokens.count else { return nil }
        return (n, all.filter { $0.tokens.count == n })
    }

    public func contains(firstToken lower: String) -> Bool { byFirst[lower] != nil }
}
