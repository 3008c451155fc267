import NewsGraphModel

/// Finds whom each statement is about: the entities named in the quoted words or reported clause, the
/// pronouns and title nouns in it that coreference resolved ("I like Claudia, I think she’s …" → Sheinbaum),
/// and the addressee or object of the cue ("told X", "criticized X", "said of X"). The speaker is left out.
public struct AboutResolver: PipelineStage {
    public let requires: Set<Layer> = [.speakers]
    public let produces: Set<Layer> = [.quoteAbout]

    public init() {}

    static let cueObjectPrepositions: Set<String> = ["of", "about", "to", "on", "against"]

    public func run(_ document: AnalyzedDocument) -> AnalyzedDocument {
        var doc = document
        let mentions = doc.mentions
        let references = doc.references.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
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
            // The cue's addressee or object: "told X", "said of X".
            if let cue = q.cueTokens, cue.upperBound < doc.tokens.count {
                var k = cue.upperBound
                if Self.cueObjectPrepositions.contains(doc.tokens[k].lower) { k += 1 }
                if k < doc.tokens.count, k < content.lowerBound || k >= content.upperBound {
                    if let mi = doc.mentionIndex(atToken: k) { add(mentions[mi].entity) }
                    else if let ref = doc.references.first(where: { $0.tokens.lowerBound == k }) { add(ref.entity) }
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
