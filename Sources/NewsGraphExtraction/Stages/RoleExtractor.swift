import NewsGraphModel

/// Reads the titles and affiliations the text gives people:
/// - title prefixes found with the name ("U.S. Secretary of State Marco Rubio", "White House spokeswoman
///   Anna Kelly", "Mexico’s President Claudia Sheinbaum");
/// - appositions after the name ("David Mora, a senior analyst at the International Crisis Group",
///   "Eduardo Guerrero, a Mexican security analyst");
/// - appositions before it ("her predecessor, Andrés Manuel López Obrador", "his wife, Cilia Flores").
public struct RoleExtractor: PipelineStage {
    public let requires: Set<Layer> = [.entities, .coreference]
    public let produces: Set<Layer> = [.roles]
    let lex: Lexicons

    public init(lexicons: Lexicons) {
        self.lex = lexicons
    }

    public func run(_ document: AnalyzedDocument) -> AnalyzedDocument {
        var doc = document
        var roles: [LocalRole] = []
        var seen = Set<String>()
        func add(_ person: Int, _ written: String, _ of: Int?, _ start: Int, _ end: Int, _ sentence: Int) {
            guard let title = reported(written) else { return }
            let key = "\(person)|\(NameNormalization.fold(title))|\(of.map(String.init) ?? "-")"
            guard !title.isEmpty, seen.insert(key).inserted else { return }
            roles.append(LocalRole(person: person, title: title, of: of, start: start, end: end, sentence: sentence))
        }
        let tokens = doc.tokens
        var entityByName: [String: Int]?
        func entity(named name: String) -> Int? {
            if entityByName == nil { entityByName = Self.entitiesByName(doc) }
            return entityByName![NameNormalization.fold(name)]
        }
        for (mi, m) in doc.mentions.enumerated() {
            guard let e = m.entity, doc.entities[e].type == .person else { continue }
            let sentence = doc.sentenceOfToken[m.tokens.lowerBound]
            if let prefix = m.title {
                let of = prefix.of.flatMap { entity(named: $0) }
                // "then-Secretary of State Hillary Clinton" held the office then: the role is the office; "former
                // first lady" is kept as written.
                let words = prefix.title.split(separator: " ")
                let then = words.first.map { lex.isFunctionWord($0.lowercased(), "past-marker") } ?? false
                add(e, then ? words.dropFirst().joined(separator: " ") : prefix.title, of, prefix.start, m.end, sentence)
            }
            // Apposition after: NAME , (a|an|the)? ... TITLE (at|of|for ORG)? ,
            var k = m.tokens.upperBound
            if k < tokens.count, tokens[k].text == "," {
                k += 1
                if k < tokens.count, ["a", "an", "the"].contains(tokens[k].lower) { k += 1 }
                var ofEntity: Int?
                var titleStart = k
                var titleEnd = k
                var lastTitleEnd = -1
                var steps = 0
                while k < tokens.count && steps < 8 {
                    let t = tokens[k]
                    if t.text == "," || t.text == "." || t.kind == .quote { break }
                    if let hit = lex.titles.longest(tokens, at: k) {
                        k += hit.length
                        lastTitleEnd = k
                        steps += hit.length
                        continue
                    }
                    if let mj = doc.mentionIndex(atToken: k), let oe = doc.mentions[mj].entity {
                        if lastTitleEnd < 0 { ofEntity = oe; k = doc.mentions[mj].tokens.upperBound; titleStart = k; steps += 1; continue }
                        break
                    }
                    if (t.lower == "at" || t.lower == "of" || t.lower == "for" || t.lower == "with") && lastTitleEnd == k {
                        var n = k + 1
                        if n < tokens.count && tokens[n].lower == "the" { n += 1 }
                        if let mj = doc.mentionIndex(atToken: n), let oe = doc.mentions[mj].entity, doc.mentions[mj].tokens.lowerBound == n {
                            ofEntity = oe
                            titleEnd = lastTitleEnd
                            k = doc.mentions[mj].tokens.upperBound
                            break
                        }
                        break
                    }
                    if t.kind == .word && !t.isCapitalized { k += 1; steps += 1; continue }
                    break
                }
                if lastTitleEnd > titleStart {
                    if titleEnd <= titleStart { titleEnd = lastTitleEnd }
                    let title = doc.text(tokens: titleStart..<titleEnd)
                    add(e, title, ofEntity, m.start, tokens[max(titleEnd - 1, titleStart)].end, sentence)
                }
            }
            // Apposition before: (his|her|the) TITLE , NAME
            let b = m.tokens.lowerBound
            if b >= 3, tokens[b - 1].text == "," {
                var s = b - 2
                var hasTitle = false
                while s >= 0, tokens[s].kind == .word, !tokens[s].isCapitalized || lex.titles.contains(firstToken: tokens[s].lower),
                      lex.titles.longest(tokens, at: s) != nil || lex.titleModifiers[tokens[s].lower] != nil || tokens[s].lower == "and" {
                    if lex.titles.longest(tokens, at: s) != nil { hasTitle = true }
                    s -= 1
                }
                if hasTitle, s >= 0, s + 1 <= b - 2 {
                    let title = doc.text(tokens: (s + 1)..<(b - 1))
                    var of: Int?
                    let owner = tokens[s].lower
                    if owner == "his" || owner == "her" || owner == "their" {
                        of = doc.referenceIndex(atToken: s).map { doc.references[$0].entity }
                    } else if tokens[s].flags.contains(.possessive), let mj = doc.mentionIndex(atToken: s - 1) {
                        of = doc.mentions[mj].entity
                    }
                    if of != e { add(e, title, of, tokens[s + 1].start, m.end, sentence) }
                }
            }
            _ = mi
        }
        // A title read once with what it is of and once without: keep the fuller reading.
        let withOf = Set(roles.filter { $0.of != nil }.map { "\($0.person)|\(NameNormalization.fold($0.title))" })
        doc.roles = roles.filter { $0.of != nil || !withOf.contains("\($0.person)|\(NameNormalization.fold($0.title))") }
        return doc
    }

    /// A title as a role is reported: abbreviations spelled out ("Sen." → "Senator"), nil for a courtesy title
    /// alone ("Mr.", "Mrs."), which is no role.
    func reported(_ title: String) -> String? {
        let words = title.split(separator: " ").map(String.init)
        guard !words.isEmpty, !words.allSatisfy({ lex.courtesyTitles.contains(Tokenizer.lower($0)) }) else { return nil }
        var out: [String] = []
        var k = 0
        while k < words.count {
            if k + 1 < words.count, let full = lex.titleFullForms[Tokenizer.lower(words[k] + " " + words[k + 1])] {
                out.append(full)
                k += 2
            } else {
                out.append(lex.titleFullForms[Tokenizer.lower(words[k])] ?? words[k])
                k += 1
            }
        }
        return out.joined(separator: " ")
    }

    /// The first entity (in entity order) with each folded name or alias: one pass instead of a scan per title.
    private static func entitiesByName(_ doc: AnalyzedDocument) -> [String: Int] {
        var out: [String: Int] = [:]
        for (e, entity) in doc.entities.enumerated() {
            for name in [entity.name] + entity.aliases where out[NameNormalization.fold(name)] == nil {
                out[NameNormalization.fold(name)] = e
            }
        }
        return out
    }
}
