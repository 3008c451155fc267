import NewsGraphModel

/// Finds whom each statement is about: the entities named in the quoted words or reported clause, the
/// pronouns and title nouns in it that coreference resolved ("I like Claudia, I think she’s …" → Sheinbaum),
/// and the addressee or object of the cue ("told X", "criticized X", "said of X"). The speaker is left out.
public struct AboutResolver: PipelineStage {
    public let requires: Set<Layer> = [.speakers, .roles]
    public let produces: Set<Layer> = [.quoteAbout]

    public init() {}

    static let cueObjectPrepositions: Set<String> = ["of", "about", "to", "on", "against"]
    static let firstPersonPlural: Set<String> = ["we", "our", "us", "ours", "ourselves"]

    public func run(_ document: AnalyzedDocument) -> AnalyzedDocument {
        var doc = document
        let mentions = doc.mentions
        let references = doc.references.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
        // The country a person speaks for, from their titles ("Mexican President", "U.S. Secretary of State").
        var countryOf: [Int: Int] = [:]
        for r in doc.roles {
            if let of = r.of, doc.entities[of].type == .government, countryOf[r.person] == nil { countryOf[r.person] = of }
        }
        let tokens = doc.tokens
        for i in doc.quotes.indices {
            let q = doc.quotes[i]
            var about: [Int] = []
            func add(_ e: Int?) {
                guard let e, e != q.speaker, doc.entities[e].type != .misc, !about.contains(e) else { return }
                about.append(e)
            }
            let content = q.contentTokens
            var m = firstIndex(mentions.count) { mentions[$0].tokens.upperBound > content.lowerBound }
            while m < mentions.count && mentions[m].tokens.lowerBound < content.upperBound {
                add(mentions[m].entity)
                m += 1
            }
            var r = firstIndex(references.count) { references[$0].tokens.upperBound > content.lowerBound }
            while r < references.count && references[r].tokens.lowerBound < content.upperBound {
                add(references[r].entity)
                r += 1
            }
            // "we", "our territory" in the words of someone who speaks for a country; "the country", "this nation",
            // "our country": the country last named before the statement.
            var saysWe = false
            for k in content {
                let w = tokens[k].lower
                if Self.firstPersonPlural.contains(w) { saysWe = true }
                // "this country", "our nation": the speaker's own country when a title names it, else as "the country".
                if (w == "country" || w == "nation"), k > 0, tokens[k - 1].lower == "this" || tokens[k - 1].lower == "our",
                   let s = q.speaker, let country = countryOf[s] {
                    add(country)
                    continue
                }
                if (w == "country" || w == "nation"), k > 0, ["the", "this", "our"].contains(tokens[k - 1].lower) {
                    var mi = firstIndex(mentions.count) { mentions[$0].tokens.lowerBound >= k } - 1
                    while mi >= 0 {
                        if let e = mentions[mi].entity, doc.entities[e].type == .government {
                            add(e)
                            break
                        }
                        mi -= 1
                    }
                }
            }
            if saysWe, let s = q.speaker, let country = countryOf[s] { add(country) }
            // The cue's addressee or object: "told X", "said of X".
            if let cue = q.cueTokens, cue.upperBound < doc.tokens.count {
                var k = cue.upperBound
                if Self.cueObjectPrepositions.contains(doc.tokens[k].lower) { k += 1 }
                if k < doc.tokens.count, k < content.lowerBound || k >= content.upperBound {
                    if let mi = doc.mentionIndex(atToken: k) { add(mentions[mi].entity) }
                    else if let r = doc.referenceIndex(startingAt: k) { add(doc.references[r].entity) }
                }
            }
            doc.quotes[i].about = about
        }
        return doc
    }

    /// The first index in `0..<count` for which `pred` holds, assuming it holds for a suffix.
    private func firstIndex(_ count: Int, _ pred: (Int) -> Bool) -> Int {
        var lo = 0, hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if pred(mid) { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }
}
