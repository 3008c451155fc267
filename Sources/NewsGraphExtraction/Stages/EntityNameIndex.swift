import NewsGraphModel

/// An index of a document's entities by the parts of their names, so that the resolver finds the people a
/// surname, a first name or a compound tail could refer to, the body an acronym or a head word names,
/// without scanning every entity (a long document names thousands; scanning made resolution quadratic).
///
/// The index only narrows: callers still check their exact condition on each candidate, so a candidate
/// list that is too large is harmless and one that is too small never happens. Candidates come back in
/// ascending entity order, which keeps "first wins" tie-breaks as they were.
struct EntityNameIndex {
    /// First and last word of every name of two or more words.
    private var byPart: [String: [Int]] = [:]
    /// Every character suffix of the last word of every name of three or more words.
    private var byLastWordSuffix: [String: [Int]] = [:]
    /// Every suffix that starts after a space ("b c" and "c" for "a b c").
    private var byTail: [String: [Int]] = [:]
    /// Names whose last word is too long to index by suffix: always candidates.
    private var longLastWord: [Int] = []
    static let maxIndexedWordLength = 48
    static let maxIndexedWords = 16
    /// Initials of every entity name (stop words skipped), for acronyms.
    private var byInitials: [String: [Int]] = [:]
    /// The last word of every alias of two or more words, for bare head words ("the Senate").
    private var byAliasLastWord: [String: [Int]] = [:]
    private(set) var count = 0

    /// Records an alias of entity `e` (called as aliases are added).
    mutating func addAlias(_ alias: String, of e: Int) {
        guard alias.contains(" "), let last = alias.split(separator: " ").last else { return }
        byAliasLastWord[String(last), default: []].append(e)
    }

    /// Entities with an alias of two or more words ending with `word` (a superset, ascending).
    func aliasLastWordCandidates(_ word: String) -> [Int] {
        Self.ascendingUnique(byAliasLastWord[word] ?? [])
    }

    /// Entities whose name has these initials (a superset, ascending).
    func initialsCandidates(_ letters: String) -> [Int] {
        byInitials[letters] ?? []
    }

    /// Adds entity `e` (entities are added in ascending order, each once).
    mutating func add(_ e: Int, folded: String, initials: String) {
        count = max(count, e + 1)
        byInitials[initials, default: []].append(e)
        let parts = folded.split(separator: " ")
        if parts.count >= 2 {
            byPart[String(parts[0]), default: []].append(e)
            if parts.last! != parts[0] { byPart[String(parts.last!), default: []].append(e) }
        }
        if parts.count >= 3 {
            let last = parts.last!
            if last.count > Self.maxIndexedWordLength {
                longLastWord.append(e)
            } else {
                var s = Substring(last)
                while !s.isEmpty {
                    byLastWordSuffix[String(s), default: []].append(e)
                    s = s.dropFirst()
                }
            }
        }
        if parts.count >= 2 {
            for i in max(1, parts.count - Self.maxIndexedWords + 1)..<parts.count {
                byTail[parts[i...].joined(separator: " "), default: []].append(e)
            }
        }
    }

    /// Entities whose first word, last word, or tail after the first word could be `word` (a superset).
    /// Nil when `word` is empty (every name ends with the empty string: the caller scans).
    func namePartCandidates(_ word: String) -> [Int]? {
        guard !word.isEmpty else { return nil }
        let tail = word.split(separator: " ").last.map(String.init) ?? word
        var out = byPart[word] ?? []
        out += byLastWordSuffix[tail] ?? []
        out += longLastWord
        return Self.ascendingUnique(out)
    }

    /// Entities whose folded name ends with " " + `folded` (a superset); nil for an empty or very long
    /// `folded` (the caller scans).
    func endingCandidates(_ folded: String) -> [Int]? {
        guard !folded.isEmpty, folded.split(separator: " ").count < Self.maxIndexedWords else { return nil }
        return Self.ascendingUnique(byTail[folded] ?? [])
    }

    private static func ascendingUnique(_ a: [Int]) -> [Int] {
        var seen = Set<Int>()
        return a.filter { seen.insert($0).inserted }.sorted()
    }
}
