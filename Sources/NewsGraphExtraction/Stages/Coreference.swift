import NewsGraphModel

/// Resolves third-person pronouns and definite title nouns to in-document entities, for the quote and
/// action stages ("she said" → Claudia Sheinbaum; "the president said" → the president in context).
///
/// A pronoun goes to the most recent person of compatible gender mentioned earlier in the same paragraph
/// or the two sentences before it; when the previous sentence names a compatible person as its subject
/// (first person mention), that one is preferred over a later object. "the president" / "the minister"
/// goes to the most recent person whose title contains that word.
public struct Coreference: PipelineStage {
    public let requires: Set<Layer> = [.entities]
    public let produces: Set<Layer> = [.coreference]
    let lex: Lexicons
    /// How many sentences back an antecedent may be.
    let window = 3
    /// At most this many earlier person mentions are weighed for one pronoun (a sentence naming thousands
    /// of people must not make each pronoun cost thousands); a cut is noted in the diagnostics.
    static let candidateBudget = 256

    public init(lexicons: Lexicons) {
        self.lex = lexicons
    }

    public func run(_ document: AnalyzedDocument) -> AnalyzedDocument {
        var doc = document
        let tokens = doc.tokens
        var references: [Reference] = []
        // Person mentions in text order, with their sentence.
        let personMentions: [(token: Int, entity: Int, sentence: Int)] = doc.mentions.compactMap { m in
            guard let e = m.entity, doc.entities[e].type == .person else { return nil }
            return (m.tokens.lowerBound, e, doc.sentenceOfToken[m.tokens.lowerBound])
        }
        var cursor = 0
        var titled: [String: [Int]] = [:]
        var budgetCut = false
        for i in tokens.indices where tokens[i].kind == .word {
            let w = tokens[i].lower
            let gender: Gender
            if lex.isFunctionWord(w, "pronoun-m") { gender = .male } else if lex.isFunctionWord(w, "pronoun-f") { gender = .female } else {
                if w == "president" || w == "minister" || w == "senator" || w == "secretary" || w == "governor",
                   i > 0, tokens[i - 1].lower == "the", doc.mentionIndex(atToken: i) == nil {
                    if titled[w] == nil { titled[w] = titledMentions(w, doc: doc) }
                    if let e = titledPerson(before: i, titled: titled[w]!, doc: doc) {
                        references.append(Reference(tokens: (i - 1)..<(i + 1), entity: e, text: doc.text(tokens: (i - 1)..<(i + 1))))
                    }
                }
                continue
            }
            while cursor < personMentions.count && personMentions[cursor].token < i { cursor += 1 }
            let sentence = doc.sentenceOfToken[i]
            var candidates: [(token: Int, entity: Int, sentence: Int)] = []
            var k = cursor - 1
            while k >= 0 && personMentions[k].sentence >= sentence - window {
                if cursor - k > Self.candidateBudget { budgetCut = true; break }
                let c = personMentions[k]
                let g = doc.entities[c.entity].gender
                if g == gender || g == .unknown { candidates.append(c) }
                k -= 1
            }
            guard !candidates.isEmpty else { continue }
            // Prefer, in the nearest sentence with candidates, the earliest (subject-like) mention when the
            // pronoun opens its sentence; otherwise the nearest mention.
            let nearestSentence = candidates[0].sentence
            let pick: Int
            if nearestSentence < sentence || isClauseInitial(i, doc) {
                pick = candidates.filter { $0.sentence == nearestSentence }.last!.entity
            } else {
                pick = candidates[0].entity
            }
            references.append(Reference(tokens: i..<(i + 1), entity: pick, text: tokens[i].text))
        }
        doc.references = references
        if budgetCut {
            doc.diagnostics.append(Diagnostic(.note, document: doc.id, "coreference: a pronoun had more than \(Self.candidateBudget) earlier people in reach; only the nearest were weighed"))
        }
        return doc
    }

    private func isClauseInitial(_ i: Int, _ doc: AnalyzedDocument) -> Bool {
        let s = doc.sentences[doc.sentenceOfToken[i]]
        return i == s.tokens.lowerBound || doc.tokens[i - 1].kind == .quote || doc.tokens[i - 1].text == ","
    }

    /// The nearest person mention before token `i` (or covering it) whose entity has a title with the word:
    /// a binary search in `titled` (from `titledMentions`), not a walk back through every mention.
    private func titledPerson(before i: Int, titled: [Int], doc: AnalyzedDocument) -> Int? {
        let limit = doc.mentionIndex(atToken: i) ?? Self.firstIndex(doc.mentions.count) { doc.mentions[$0].tokens.lowerBound > i }
        let k = Self.firstIndex(titled.count) { titled[$0] >= limit }
        return k > 0 ? doc.mentions[titled[k - 1]].entity : nil
    }

    /// Indices (ascending) of the mentions of persons who are titled with `word` somewhere in the document.
    private func titledMentions(_ word: String, doc: AnalyzedDocument) -> [Int] {
        var hasTitle = [Bool?](repeating: nil, count: doc.entities.count)
        return doc.mentions.indices.filter { m in
            guard let e = doc.mentions[m].entity, doc.entities[e].type == .person else { return false }
            if hasTitle[e] == nil {
                hasTitle[e] = doc.entities[e].mentions.contains { doc.mentions[$0].title?.title.lowercased().contains(word) == true }
            }
            return hasTitle[e]!
        }
    }

    /// The first index in 0..<n where `pred` holds (`pred` false then true).
    static func firstIndex(_ n: Int, where pred: (Int) -> Bool) -> Int {
        var lo = 0, hi = n
        while lo < hi {
            let mid = (lo + hi) / 2
            if pred(mid) { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }
}
