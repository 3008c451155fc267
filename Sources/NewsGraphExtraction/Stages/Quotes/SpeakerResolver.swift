import NewsGraphModel

/// Turns each quote's speaker phrase into an entity, or keeps it as text when it names none.
///
/// - The phrase's head decides: a name ("Eduardo Guerrero, a Mexican security expert" → Guerrero), a pronoun
///   or title noun resolved by coreference ("she" → Claudia Sheinbaum, "the president" → the president in
///   context), else the phrase as written ("a senior Mexican official", "people familiar with the
///   discussions") with no entity invented for it.
/// - A quote with no speaker phrase of its own (a quote paragraph with no cue, the second sentence of a
///   quote) takes the speaker of the quote before it in the same or the previous paragraph.
public struct SpeakerResolver: PipelineStage {
    public let requires: Set<Layer> = [.quotes, .reportedSpeech, .coreference]
    public let produces: Set<Layer> = [.speakers]

    public init() {}

    static let headBreakers: Set<String> = ["of", "at", "for", "from", "with", "within", "in", "on", "familiar", "close", "who", ","]
    static let firstPerson: Set<String> = ["i", "we", "you"]

    public func run(_ document: AnalyzedDocument) -> AnalyzedDocument {
        var doc = document
        var quotes = doc.quotes
        let titled = Self.peopleByTitleWord(doc.roles)
        for i in quotes.indices {
            if let r = quotes[i].speakerTokens {
                let (entity, text) = resolve(r, doc, titled: titled)
                quotes[i].speaker = entity
                quotes[i].speakerText = text
            }
        }
        // Carry-over, in text order.
        for i in quotes.indices where quotes[i].speakerTokens == nil && quotes[i].speaker == nil {
            let paragraph = doc.sentences[quotes[i].sentences.lowerBound].paragraph
            var j = i - 1
            while j >= 0 {
                let p = doc.sentences[quotes[j].sentences.upperBound].paragraph
                if p < paragraph - 1 { break }
                if quotes[j].speaker != nil || quotes[j].speakerText != nil {
                    quotes[i].speaker = quotes[j].speaker
                    quotes[i].speakerText = quotes[j].speakerText
                    break
                }
                j -= 1
            }
        }
        // "Clinton said she thinks America is strongest …": a reported statement inside another one's clause by
        // the same speaker restates it (its cue is part of what the outer one reports): one statement, not two.
        let clauses = RangeCover(quotes.map(\.contentTokens))
        quotes = quotes.enumerated().filter { i, q in
            guard !q.direct, let speaker = q.speaker, let cue = q.cueTokens else { return true }
            return !clauses.covers(cue, skipping: i) { o in
                let outer = quotes[o]
                return !outer.direct && outer.speaker == speaker && outer.contentTokens.lowerBound <= cue.lowerBound
                    && q.contentTokens.upperBound <= outer.contentTokens.upperBound
            }
        }.map(\.element)
        doc.quotes = quotes
        return doc
    }

    /// How many sentences back a speaker pronoun or description may find its antecedent. A speaker is
    /// usually named once and then referred to as "he" or "the senator" for several paragraphs, farther than
    /// the coreference stage's window for pronouns anywhere in the text.
    static let speakerWindow = 8
    /// How many sentences back "it" may find the organization it stands for.
    static let itWindow = 2

    /// The people whose roles hold each (lowercased) title word, made once per document: "the senator"
    /// looks up its head word here instead of filtering every role for every description.
    static func peopleByTitleWord(_ roles: [LocalRole]) -> [Substring: Set<Int>] {
        var out: [Substring: Set<Int>] = [:]
        for role in roles {
            for word in role.title.lowercased().split(separator: " ") { out[word, default: []].insert(role.person) }
        }
        return out
    }

    /// The entity a speaker pronoun or definite description stands for when coreference left it open:
    /// - "he" / "she": the nearest earlier person of compatible gender within `speakerWindow` sentences;
    /// - "it": the nearest earlier organization, agency or government within `itWindow` sentences;
    /// - "the (Vermont) senator", "the GOP nominee": the nearest earlier person with a title or role that
    ///   has the head word; "the commission": the nearest earlier body whose name has the head word.
    func antecedent(_ r: Range<Int>, head: Int, _ doc: AnalyzedDocument, titled peopleByTitleWord: [Substring: Set<Int>]) -> Int? {
        let tokens = doc.tokens
        let w = tokens[head].lower
        let sentence = doc.sentenceOfToken[r.lowerBound]
        // Mentions before the phrase, nearest first.
        var m = Coreference.firstIndex(doc.mentions.count) { doc.mentions[$0].tokens.lowerBound >= r.lowerBound } - 1
        func earlier(window: Int, outsideQuotations: Bool = false, _ accept: (EntityMention, LocalEntity) -> Bool) -> Int? {
            while m >= 0 {
                let mention = doc.mentions[m]
                if doc.sentenceOfToken[mention.tokens.lowerBound] < sentence - window { return nil }
                m -= 1
                guard let e = mention.entity, !mention.isDemonym else { continue }
                if outsideQuotations, Self.isQuoted(mention.tokens.lowerBound, doc.quotations) { continue }
                if accept(mention, doc.entities[e]) { return e }
            }
            return nil
        }
        if r.count == 1 {
            switch w {
            case "he", "she":
                let gender: Gender = w == "he" ? .male : .female
                // A person named inside quotation marks is talked about, not talking: “… Hillary …,” she said.
                return earlier(window: Self.speakerWindow, outsideQuotations: true) { _, e in
                    e.type == .person && (e.gender == gender || e.gender == .unknown)
                }
            case "it":
                return earlier(window: Self.itWindow) { _, e in e.type == .organization || e.type == .agency || e.type == .government }
            default:
                return nil
            }
        }
        // A definite description: "the senator", "The Vermont senator", "the Republican nominee".
        guard r.count <= 5, tokens[r.lowerBound].lower == "the", head > r.lowerBound, tokens[head].kind == .word,
              !tokens[head].isCapitalized || head == r.lowerBound + 1,
              doc.mentionIndex(atToken: head) == nil,
              !r.contains(where: { doc.mentionIndex(atToken: $0).map { doc.mentions[$0].type == .person } ?? false }) else { return nil }
        let titled = peopleByTitleWord[Substring(w)] ?? []
        if let e = earlier(window: Self.speakerWindow, { mention, e in
            e.type == .person && (titled.contains(mention.entity ?? -1)
                || mention.title.map { $0.title.lowercased().split(separator: " ").contains(Substring(w)) } == true
                || e.aliases.contains { $0.lowercased().split(separator: " ").first == Substring(w) })
        }) {
            return e
        }
        m = Coreference.firstIndex(doc.mentions.count) { doc.mentions[$0].tokens.lowerBound >= r.lowerBound } - 1
        return earlier(window: Self.speakerWindow) { _, e in
            e.type != .person && e.type != .misc && e.type != .location
                && e.name.lowercased().split(separator: " ").contains(Substring(w))
        }
    }

    /// Whether the nearest mention of `entity` before token `k` (within `speakerWindow` sentences) lies inside
    /// quotation marks.
    static func nearestMentionIsQuoted(of entity: Int, before k: Int, _ doc: AnalyzedDocument) -> Bool {
        let sentence = doc.sentenceOfToken[k]
        var m = Coreference.firstIndex(doc.mentions.count) { doc.mentions[$0].tokens.lowerBound >= k } - 1
        while m >= 0, doc.sentenceOfToken[doc.mentions[m].tokens.lowerBound] >= sentence - speakerWindow {
            if doc.mentions[m].entity == entity { return isQuoted(doc.mentions[m].tokens.lowerBound, doc.quotations) }
            m -= 1
        }
        return false
    }

    /// Whether token `k` lies between the marks of one of `quotations` (in text order, not nested); a binary search.
    static func isQuoted(_ k: Int, _ quotations: [Quotation]) -> Bool {
        let n = Coreference.firstIndex(quotations.count) { quotations[$0].open > k } - 1
        return n >= 0 && quotations[n].content.contains(k)
    }

    /// The entity a speaker phrase names, and the phrase as written.
    func resolve(_ r: Range<Int>, _ doc: AnalyzedDocument, titled: [Substring: Set<Int>]) -> (Int?, String?) {
        let tokens = doc.tokens
        let text = doc.text(tokens: r)
        // The head: the name that ends the phrase, else the word before its first preposition or clause.
        var head = r.upperBound - 1
        if doc.mentionIndex(atToken: head) == nil {
            for k in r where k > r.lowerBound && Self.headBreakers.contains(tokens[k].lower) {
                head = k - 1
                break
            }
        }
        // "Rep. Ann Lee of California", "Tom Fitton of Judicial Watch": the person speaks, not the place or body.
        if let m = doc.mentionIndex(atToken: head), doc.mentions[m].type != .person {
            var of = doc.mentions[m].tokens.lowerBound - 1
            if of >= 0, tokens[of].lower == "the" { of -= 1 }
            if of - 1 >= 0, tokens[of].lower == "of", doc.sentenceOfToken[of - 1] == doc.sentenceOfToken[head],
               let pm = doc.mentionIndex(atToken: of - 1),
               doc.mentions[pm].type == .person, doc.mentions[pm].entity != nil {
                head = of - 1
            }
        }
        // "Political observers in Ohio", "officials at the ministry": a common noun before the first preposition
        // heads the phrase, not the place or body after it.
        if let m = doc.mentionIndex(atToken: head), doc.mentions[m].type != .person,
           let p = r.first(where: { $0 > r.lowerBound && $0 < doc.mentions[m].tokens.lowerBound && Self.headBreakers.contains(tokens[$0].lower) && tokens[$0].lower != "," }),
           tokens[p - 1].kind == .word, !tokens[p - 1].isCapitalized, doc.mentionIndex(atToken: p - 1) == nil {
            return (nil, text)
        }
        if tokens[head].flags.contains(.possessive) { return (nil, text) }
        if let m = doc.mentionIndex(atToken: head), let e = doc.mentions[m].entity {
            let mention = doc.mentions[m]
            // A demonym heads a phrase only when it is all of it ("the Mexicans"), not "Mexican officials".
            if !mention.isDemonym || mention.tokens.upperBound == r.upperBound && r.count <= mention.tokens.count + 1 {
                if doc.entities[e].type != .misc || r.count == mention.tokens.count { return (e, text) }
            }
        }
        if let ref = doc.referenceIndex(atToken: head).map({ doc.references[$0] }) {
            // “Nancy Brook will never win,” she said: coreference may take the person named inside the quote;
            // when that is the nearest mention of its entity, the nearest person outside quotation marks speaks.
            if r.count == 1, tokens[head].lower == "he" || tokens[head].lower == "she",
               Self.nearestMentionIsQuoted(of: ref.entity, before: r.lowerBound, doc),
               let e = antecedent(r, head: head, doc, titled: titled) {
                return (e, text)
            }
            return (ref.entity, text)
        }
        if let e = antecedent(r, head: head, doc, titled: titled) { return (e, text) }
        if r.count == 1, Self.firstPerson.contains(tokens[head].lower) { return (nil, nil) }
        return (nil, text)
    }
}
