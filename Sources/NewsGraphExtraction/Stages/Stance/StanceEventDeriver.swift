import NewsGraphModel

/// Derives a verbal event from a statement that is clearly critical of or supportive toward someone:
/// "Obama said Trump is unfit to serve" → Obama disapproves of Trump (CAMEO 111, criticize or denounce);
/// a supportive statement → 051 (praise or endorse). The action is marked `derived`, its span is the
/// statement's words and its rule names the stance and the statement's rule. One derived event per
/// speaker, target and category in a document, and none where the text already tells an event of that
/// category between the two.
public struct StanceEventDeriver: PipelineStage {
    public let requires: Set<Layer> = [.stance, .actions]
    public let produces: Set<Layer> = [.derivedEvents]

    public init() {}

    /// How clear the stance must be (squashed score) to make an event. Positive words in news are more
    /// often about things than people ("win", "support", "help"), so praise needs more of them.
    public static let criticalThreshold = 0.5
    public static let supportiveThreshold = 0.55
    /// A statement that names more people than this is a report about them, not a judgement of each.
    static let maxNamed = 2
    /// Whom a statement's stance makes an event against: people and named bodies. A country named in a
    /// statement is mostly a setting ("jobs in the U.S."), not the one criticized.
    static let targetTypes: Set<EntityType> = [.person, .organization, .agency]
    /// Who praises: a person. A supportive statement credited to a newspaper, a pollster or an agency
    /// ("according to Reuters, …") is what the source reports, not praise it gives.
    static let supportiveSpeakerTypes: Set<EntityType> = [.person]

    struct Key: Hashable {
        var actor: Int
        var target: Int
        var root: String
    }

    public func run(_ document: AnalyzedDocument) -> AnalyzedDocument {
        var doc = document
        var seen = Set<Key>()
        for a in doc.actions { if let t = a.target { seen.insert(Key(actor: a.actor, target: t, root: a.root)) } }
        var derived: [LocalAction] = []
        for q in doc.quotes {
            guard let speaker = q.speaker, doc.entities[speaker].type != .location,
                  !doc.sentences[q.sentences.lowerBound].isHeadline else { continue }
            for e in q.stances.keys.sorted() {
                guard let stance = q.stances[e], stance != .neutral, e != speaker,
                      abs(q.stanceScores[e] ?? 0) >= (stance == .critical ? Self.criticalThreshold : Self.supportiveThreshold),
                      q.namedInContent.contains(e), q.namedInContent.count <= Self.maxNamed,
                      Self.targetTypes.contains(doc.entities[e].type) else { continue }
                let critical = stance == .critical
                if !critical && !Self.supportiveSpeakerTypes.contains(doc.entities[speaker].type) { continue }
                let code = critical ? "111" : "051"
                guard seen.insert(Key(actor: speaker, target: e, root: String(code.prefix(2)))).inserted else { continue }
                var a = LocalAction(actor: speaker, verb: critical ? "criticize" : "praise", target: e, code: code,
                                    goldstein: critical ? -2.0 : 3.4, negated: false, hypothetical: false,
                                    start: q.textStart, end: q.textEnd, sentence: q.sentences.lowerBound)
                a.rule = "stance:\(stance.rawValue) quote:\(q.rule)"
                a.derived = true
                derived.append(a)
            }
        }
        doc.actions += derived
        return doc
    }
}
