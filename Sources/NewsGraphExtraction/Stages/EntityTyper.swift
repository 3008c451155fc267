import NewsGraphModel

/// Decides the type of an entity that no lexicon, title or head word typed, from how the text uses its
/// mentions. Each use is a vote:
/// - location: a locative preposition before ("in Uyo", "near Tavildara"), a place after a comma
///   ("Uyo, Nigeria"), a "-based" compound of the name elsewhere ("Ontario-based");
/// - organization: a company suffix or market word after ("Comelf shares", "Pirelli Inc"), "said it",
///   "the" before a mid-sentence name ("the Tanjug agency"), a possessive with a corporate noun
///   ("Magna's chairman");
/// - person: "said he/she", an age apposition (", 45,"), a pronoun subject nearby.
/// A name of two or three words with no evidence is taken for a person, unless it has no given name first
/// and ends in an ordinary English word ("Jones Medical", "Dow Chemical"): a company; one word for an
/// organization, because news introduces people by their full name before using the surname alone.
struct EntityTyper: Sendable {
    let lex: Lexicons

    static let strongLocative: Set<String> = ["in", "near", "outside", "inside", "across", "into", "throughout",
                                              "towards", "toward", "around"]
    static let weakLocative: Set<String> = ["from", "to", "at", "via", "through"]
    /// Nouns for a kind of place: "the town of Uyo", "the mining towns of Barentsburg and Pyramiden", "Sharqiyah
    /// province".
    static let placeNouns: Set<String> = ["town", "towns", "city", "cities", "village", "villages", "province", "provinces",
                                          "region", "regions", "district", "districts", "port", "ports", "county",
                                          "counties", "island", "islands", "suburb", "suburbs", "township", "townships",
                                          "municipality", "hamlet", "outskirts", "governorate", "prefecture", "oblast",
                                          "neighbourhood", "neighborhood", "resort", "enclave", "capital", "valley"]
    static let compassNames: Set<String> = ["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"]
    static let corporateAfter: Set<String> = ["shares", "stock", "stocks", "inc", "inc.", "corp", "corp.", "co", "co.",
                                              "ltd", "ltd.", "plc", "ag", "sa", "nv", "group", "unit", "subsidiary",
                                              "spokesman", "spokeswoman", "shareholders", "board", "profit", "profits",
                                              "revenue", "revenues", "earnings", "sales", "bonds", "officials", "newspaper",
                                              "daily", "agency", "radio", "television", "brand", "plant", "airline"]
    static let corporatePossessed: Set<String> = ["shares", "stock", "chairman", "chief", "executive", "board", "profit",
                                                  "net", "shareholders", "unit", "subsidiary", "sales", "president",
                                                  "director", "management", "spokesman", "spokeswoman", "editor"]

    func type(of entity: LocalEntity, mentions: [EntityMention], tokens: [Token], basedWords: Set<String>) -> EntityType {
        var votes: [EntityType: Int] = [:]
        var words = 0
        var longest: Range<Int>?
        for mi in entity.mentions {
            let m = mentions[mi]
            if m.tokens.count > words { longest = m.tokens }
            words = max(words, m.tokens.count)
            let before = m.tokens.lowerBound - 1
            let after = m.tokens.upperBound
            if before >= 0 {
                let b = tokens[before].lower
                if Self.strongLocative.contains(b) { votes[.location, default: 0] += 2 }
                if Self.weakLocative.contains(b) { votes[.location, default: 0] += 1 }
                if b == "the" && !tokens[before].isCapitalized { votes[.organization, default: 0] += 1 }
                if b == "mr." || b == "mrs." || b == "ms." || b == "mr" || b == "mrs" || b == "ms" { votes[.person, default: 0] += 3 }
            }
            if basedWords.contains(m.text) { votes[.location, default: 0] += 2 }
            // "the town of Uyo", "the towns of Barentsburg and Pyramiden": a place.
            if before >= 1, tokens[before].lower == "of", Self.placeNouns.contains(tokens[before - 1].lower) {
                votes[.location, default: 0] += 3
            } else if before >= 3, tokens[before].lower == "and", tokens[before - 2].lower == "of",
                      Self.placeNouns.contains(tokens[before - 3].lower) {
                votes[.location, default: 0] += 3
            }
            if m.tokens.count == 1, after < tokens.count, Self.placeNouns.contains(tokens[after].lower), tokens[after].kind == .word,
               !tokens[after].isCapitalized, tokens[after].lower != "capital" {
                votes[.location, default: 0] += 2
            }
            if after < tokens.count {
                let a = tokens[after]
                if Self.corporateAfter.contains(a.lower) && (a.kind == .word) { votes[.organization, default: 0] += 2 }
                if a.flags.contains(.possessive), after + 1 < tokens.count, Self.corporatePossessed.contains(tokens[after + 1].lower) {
                    votes[.organization, default: 0] += 1
                }
                if a.text == ",", after + 1 < tokens.count {
                    let n = tokens[after + 1]
                    if n.kind == .number, after + 2 < tokens.count, tokens[after + 2].text == "," { votes[.person, default: 0] += 3 }
                    if n.isCapitalized, let g = lex.gazetteer.longest(tokens, at: after + 1),
                       g.entries.contains(where: { $0.value.kind == .country || $0.value.kind == .region || $0.value.kind == .countryAlias }) {
                        votes[.location, default: 0] += 3
                    }
                }
                if let cue = lex.cues.longest(tokens, at: after), cue.entries[0].value.kind != "noun", cue.entries[0].value.kind != "prep" {
                    let k = after + cue.length
                    if k < tokens.count {
                        let p = tokens[k].lower
                        if p == "it" || p == "its" { votes[.organization, default: 0] += 3 }
                        else if lex.isFunctionWord(p, "pronoun-m") || lex.isFunctionWord(p, "pronoun-f") { votes[.person, default: 0] += 3 }
                        else if m.tokens.count >= 2 { votes[.person, default: 0] += 1 }
                    }
                }
            }
            if before >= 0, m.tokens.count >= 2, tokens[before].lower == "said" || tokens[before].lower == "says" {
                votes[.person, default: 0] += 1
            }
            // '..." said Xiao, in Manila': a speaker set off after the cue.
            if before >= 1, m.tokens.count == 1, tokens[before].lower == "said", tokens[before - 1].kind == .quote,
               after < tokens.count, tokens[after].text == "," {
                votes[.person, default: 0] += 1
            }
        }
        // "the North", "the South" (of a divided country, even when "the North said it"): a place.
        if words == 1, let r = longest, Self.compassNames.contains(tokens[r.lowerBound].lower) { return .location }
        // A lone given name ("his wife, Nancy,"): weak evidence of a person.
        if words == 1, let r = longest, let f = lex.firstNames[tokens[r.lowerBound].text], !f.ambiguous {
            votes[.person, default: 0] += 1
        }
        if words >= 2 && words <= 3, let r = longest {
            // "Jones Medical", "Johnson Controls", "Banc One": no given name first and an ordinary English
            // word last is a company's name, not a person's.
            let first = tokens[r.lowerBound], last = tokens[r.upperBound - 1]
            if lex.firstNames[first.text] == nil && lex.firstNames[last.text] == nil && lex.commonWords.contains(last.lower)
                && last.kind == .word && !last.flags.contains(.hyphenated) {
                votes[.organization, default: 0] += 1
            } else {
                votes[.person, default: 0] += 1
            }
        }
        if let best = votes.max(by: { ($0.value, rank($1.key)) < ($1.value, rank($0.key)) }), best.value > 0 { return best.key }
        return words == 1 ? .organization : .person
    }

    private func rank(_ t: EntityType) -> Int {
        switch t {
        case .person: 0
        case .organization: 1
        case .location: 2
        default: 3
        }
    }
}
