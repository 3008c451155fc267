import NewsGraphModel

/// Actor–action–target events coded to CAMEO.
///
/// For each sentence (headlines skipped: their title case hides names), the lexicon's verbs and action
/// nouns are found (`TriggerFinder`) and read by the verbal or the nominal pattern (`Stages/Events`),
/// which find the actor and target entities around them and flag negated and hypothetical events.
/// Each candidate becomes one action per actor and target; a consultation "with" someone is also
/// recorded the other way round. The same actor, target and category twice in one sentence is one action.
public struct EventCoder: PipelineStage {
    public let requires: Set<Layer> = [.entities, .coreference]
    public let produces: Set<Layer> = [.actions]
    let lex: Lexicons

    public init(lexicons: Lexicons) {
        self.lex = lexicons
    }

    public func run(_ document: AnalyzedDocument) -> AnalyzedDocument {
        var doc = document
        guard !doc.entities.isEmpty, lex.cameo.count > 0 else { return doc }
        let ctx = EventContext(document: doc, lexicons: lex)
        let phrases = NounPhrases(ctx: ctx)
        let subjects = SubjectFinder(ctx: ctx, phrases: phrases)
        let selector = TargetSelector(ctx: ctx, phrases: phrases)
        let finder = TriggerFinder(ctx: ctx)
        let verbal = VerbEventPattern(ctx: ctx, phrases: phrases, subjects: subjects, selector: selector)
        let nominal = NominalEventPattern(ctx: ctx, phrases: phrases, subjects: subjects, selector: selector)
        let naming = NamingPattern(ctx: ctx, subjects: subjects)
        var actions: [LocalAction] = []
        for (si, sentence) in doc.sentences.enumerated() where !sentence.isHeadline {
            var found: [LocalAction] = []
            // "called Trump a fascist": a judgement told by naming.
            for k in sentence.tokens where lex.eventSenses.naming.contains(ctx.tokens[k].lower) {
                if let c = naming.read(at: k, in: sentence) { found += expand(c, sentence: si, ctx: ctx) }
            }
            let triggers = finder.triggers(in: sentence)
            guard !triggers.isEmpty || !found.isEmpty else { continue }
            for trig in triggers {
                let candidate = trig.isNoun
                    ? nominal.read(trig, in: sentence, triggers: triggers)
                    : verbal.read(trig, in: sentence, triggers: triggers)
                guard let c = candidate, !c.code.isEmpty else { continue }
                found += expand(c, sentence: si, ctx: ctx)
            }
            actions += Self.deduplicated(found)
        }
        doc.actions = Self.oncePerDocument(actions)
        return doc
    }

    /// CAMEO 192, occupy territory: its target may be a place.
    static let territoryCode = "192"

    struct ActionKey: Hashable {
        var actor: Int
        var target: Int?
        var root: String
    }

    /// One action per actor, target and category in a sentence; an action without a target is dropped
    /// when the sentence has the same actor and category with one ("charged him with …" read twice).
    static func deduplicated(_ actions: [LocalAction]) -> [LocalAction] {
        guard actions.count > 1 else { return actions }
        let targeted = Set(actions.filter { $0.target != nil }.map { ActionKey(actor: $0.actor, target: nil, root: $0.root) })
        var seen = Set<ActionKey>()
        return actions.filter { a in
            let key = ActionKey(actor: a.actor, target: a.target, root: a.root)
            if a.target == nil && targeted.contains(key) { return false }
            return seen.insert(key).inserted
        }
    }

    struct RetellingKey: Hashable {
        var actor: Int
        var target: Int?
        var verb: String
        var negated: Bool
        var hypothetical: Bool
    }

    /// One action per actor, verb and target in a document: an article that tells the same act again
    /// ("Obama vetoed the bill … the veto …", a lede retold in the body) tells one event, not two. The first
    /// telling is kept. A denial or a possibility of the act is a different statement and stays.
    static func oncePerDocument(_ actions: [LocalAction]) -> [LocalAction] {
        guard actions.count > 1 else { return actions }
        var seen = Set<RetellingKey>()
        return actions.filter { a in
            seen.insert(RetellingKey(actor: a.actor, target: a.target, verb: a.verb, negated: a.negated,
                                     hypothetical: a.hypothetical)).inserted
        }
    }

    /// Whether an attack word is criticism: a person attacking a person ("Rubio attacked Trump"), or a person
    /// attacking no one named in a sentence about an election ("attacked other candidates on the debate stage").
    static func isVerbalAttack(by actor: Int, on target: Int?, inElectionSentence election: Bool, _ entities: [LocalEntity]) -> Bool {
        guard entities[actor].type == .person else { return false }
        guard let target else { return election }
        return entities[target].type == .person
    }

    /// One action per actor and target (both ways for a symmetric consultation); none with itself.
    func expand(_ c: EventCandidate, sentence: Int, ctx: EventContext) -> [LocalAction] {
        let start = ctx.tokens[c.trigger.lowerBound].start
        let end = ctx.tokens[c.trigger.upperBound - 1].end
        // Read only for the few words whose sense it decides.
        let senseWord = lex.eventSenses.campaignSense.contains(c.verb) || lex.eventSenses.figurativeViolence.contains(c.verb)
        let electionSentence = senseWord
            && ctx.doc.sentences[sentence].tokens.contains(where: { lex.eventSenses.electionContext.contains(ctx.tokens[$0].lower) })
        func action(_ a: Int, _ t: Int?) -> LocalAction {
            var code = c.code, goldstein = c.goldstein
            // "Rubio attacked Trump", "Trump hit Clinton over trade": between two people these words are
            // criticism (111), not violence.
            if (18...20).contains(c.root), lex.eventSenses.figurativeViolence.contains(c.verb),
               Self.isVerbalAttack(by: a, on: t, inElectionSentence: electionSentence, ctx.doc.entities) {
                code = "111"
                goldstein = -2.0
            }
            var la = LocalAction(actor: a, verb: c.verb, target: t, code: code, goldstein: goldstein, negated: c.negated,
                                 hypothetical: c.hypothetical, start: start, end: end, sentence: sentence)
            la.rule = "\(c.rule)\(code != c.code ? "+figurative" : "") cameo_verbs:\(c.verb)"
            return la
        }
        var out: [LocalAction] = []
        // "captured Georgia in the primary", "flew sorties against Sanders in the debate": in a sentence about
        // an election, force and seizure are the campaign, not events between actors.
        if lex.eventSenses.campaignSense.contains(c.verb), electionSentence {
            return []
        }
        // A place is where something happened, not whom it was done to: "captured Iowa" (an election),
        // "a visit to Friendship Park" are not actions between actors.
        // Territory taken is the exception: "Russia's annexation of Crimea", "invaded Georgia" (CAMEO 192).
        let takesTerritory = c.code.hasPrefix(Self.territoryCode)
        let targets = c.targets.filter { takesTerritory || ctx.doc.entities[$0].type != .location }
        if !c.targets.isEmpty && targets.isEmpty { return [] }
        var c = c
        c.targets = targets
        // A place is where things happen, not who does them ("the Caribbean strikes").
        for a in c.actors where ctx.doc.entities[a].type != .location {
            if c.targets.isEmpty {
                if c.symmetric {
                    for b in c.actors where b != a { out.append(action(a, b)) }
                } else {
                    out.append(action(a, nil))
                }
                continue
            }
            for t in c.targets where t != a {
                out.append(action(a, t))
                if c.symmetric { out.append(action(t, a)) }
            }
        }
        return out
    }
}
