import NewsGraphModel

/// Looks gazetteer phrases (countries, demonyms, cities, places, known organizations) up in a token
/// sequence, with the case rules that tell a name from the same words used as ordinary English.
///
/// - A lexicon word written in capitals or with a capital must be capitalized in the text; a lexicon
///   word written in lowercase ("and", "of", "for", "on") may be written either way, so whole names such
///   as "Securities and Exchange Commission" or "Council on Foreign Relations" match across them.
/// - An acronym in the lexicon ("FAA", "UN") or a word with inner capitals ("LeT") only matches the same capitals.
/// - Punctuation-only tokens ("’s" against "'s", "&") match by their folded form.
/// - In a caseless line (a headline or dateline written in capitals) the case says nothing, so only the
///   folded words are compared.
struct GazetteerMatcher: Sendable {
    let lex: Lexicons

    struct Hit {
        var length: Int
        var place: Lexicons.Place
    }

    /// Longest gazetteer phrase at `i` (not reaching `limit`) whose capitalization fits a name.
    func match(_ tokens: [Token], at i: Int, limit: Int, caseless: Bool = false) -> Hit? {
        guard i < limit, tokens[i].kind == .word, tokens[i].isCapitalized || caseless else { return nil }
        let all = lex.gazetteer.matches(tokens, at: i, limit: limit)
        var bestLength = 0
        var fitting: [Lexicons.Place] = []
        for entry in all {
            let n = entry.tokens.count
            if n < bestLength { break }
            // The phrase must end on a capitalized word: "Mexico City", not "Amazon rainforest" cut short.
            guard caseless || tokens[i + n - 1].kind != .word || tokens[i + n - 1].isCapitalized
                    || entry.surface[n - 1].first?.isLowercase == true else { continue }
            if caseless || fits(entry.surface, tokens[i..<(i + n)]) {
                bestLength = n
                fitting.append(entry.value)
            }
        }
        guard bestLength > 0 else { return nil }
        // Prefer a country reading over a city of the same name, a government over a place.
        let place = fitting.min { rank($0) < rank($1) }!
        return Hit(length: bestLength, place: place)
    }

    private func fits(_ surface: [String], _ tokens: ArraySlice<Token>) -> Bool {
        zip(surface, tokens).allSatisfy { s, t in
            if t.text == s { return true }
            if t.kind != .word { return t.lower == Tokenizer.lower(s) }
            if s.uppercased() == s && s.lowercased() != s && s.count >= 2 { return false }
            // A lexicon word with inner capitals ("LeT", "McCain") matches only as written: "Let" is a verb.
            if s.dropFirst().contains(where: \.isUppercase) { return false }
            return t.isCapitalized || s.first?.isLowercase == true
        }
    }

    func rank(_ p: Lexicons.Place) -> Int {
        switch p.kind {
        case .country: 0
        case .countryAlias: 1
        case .organization: 2
        case .demonym: 3
        case .capital: 4
        case .region: 5
        case .city: 6
        case .place: 7
        case .member: 8
        }
    }
}
