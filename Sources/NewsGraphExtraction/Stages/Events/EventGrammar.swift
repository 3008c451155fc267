/// The closed-class English words the event patterns look at: auxiliaries, modals, negation,
/// determiners, prepositions and clause connectives. These are grammar, not vocabulary: the
/// event words themselves (verbs and action nouns) come from the `cameo_verbs` lexicon.
enum EventGrammar {
    static let be: Set<String> = ["am", "is", "are", "was", "were", "be", "been", "being", "'re", "'m"]
    static let have: Set<String> = ["has", "have", "had", "having", "'ve"]
    static let doForms: Set<String> = ["do", "does", "did"]
    /// Modals and future auxiliaries: what follows is possible, intended or predicted, not asserted.
    static let modals: Set<String> = ["will", "would", "could", "can", "may", "might", "must", "shall", "should",
                                      "'ll", "'d", "wo", "ca"]
    static let negations: Set<String> = ["not", "never", "n't", "no"]
    static let conditionals: Set<String> = ["if", "unless", "whether"]

    static let determiners: Set<String> = ["the", "a", "an", "this", "that", "these", "those", "its", "his", "her",
                                           "their", "our", "my", "your", "some", "any", "no", "each", "every", "both",
                                           "all", "several", "many", "another", "other", "such", "more", "most",
                                           "further", "new", "first", "second", "third", "last", "latest", "two",
                                           "three", "whose"]
    static let possessivePronouns: Set<String> = ["his", "her", "its", "their", "our", "my", "your"]
    static let prepositions: Set<String> = ["of", "in", "on", "at", "to", "from", "with", "by", "for", "against",
                                            "into", "onto", "over", "under", "about", "after", "before", "during",
                                            "since", "amid", "amidst", "among", "between", "through", "toward",
                                            "towards", "within", "without", "across", "near", "despite",
                                            "following", "regarding", "including", "like", "via", "upon", "off",
                                            "beyond", "around", "behind", "outside", "inside", "per", "throughout",
                                            "concerning", "alongside", "beside", "besides", "until", "unlike"]
    /// Words that open a subordinate clause: a subject is never found across them.
    static let subordinators: Set<String> = ["because", "although", "though", "if", "unless", "when", "whenever",
                                             "while", "whereas", "whether", "where", "once", "until", "so",
                                             "than", "as"]
    static let relativePronouns: Set<String> = ["who", "which", "that", "whom", "whose"]
    static let coordinators: Set<String> = ["and", "or", "but", "nor"]
    /// Non "-ly" adverbs that sit inside a verb group ("has also rejected", "had previously offered").
    static let adverbs: Set<String> = ["also", "still", "already", "again", "further", "now", "then", "later", "just",
                                       "even", "once", "often", "long", "soon", "since", "yet", "ever", "first",
                                       "twice", "reportedly", "jointly", "together", "all", "both", "allegedly",
                                       "too", "instead", "back", "repeatedly", "subsequently", "recently"]
    /// Introduce a participial adjunct whose subject is the main clause's ("while reinforcing", "by imposing").
    static let adjunctOpeners: Set<String> = ["while", "by", "after", "before", "when", "without", "through",
                                              "since", "despite", "thus", "thereby"]
    /// Pronouns the coreference stage does not resolve (first and second person, "it", "they" …): a subject
    /// written this way is unknown, and the search must stop there rather than look further left.
    static let pronouns: Set<String> = ["i", "we", "you", "they", "it", "he", "she", "him", "her", "them", "us",
                                        "me", "one", "someone", "nobody", "everyone", "this", "these", "those",
                                        "there", "who", "what"]

    /// Head nouns that make a country adjective or name stand for its state: "Mexican authorities",
    /// "U.S. officials", "Venezuelan troops".
    static let stateAgentNouns: Set<String> = ["authorities", "authority", "officials", "official", "government",
                                               "governments", "administration", "forces", "force", "troops",
                                               "military", "militaries", "police", "army", "navy", "soldiers",
                                               "agents", "diplomats", "negotiators", "prosecutors", "leaders",
                                               "leader", "leadership", "regime", "ministry", "officers", "marines",
                                               "delegation", "envoy", "envoys", "lawmakers", "legislators",
                                               "congress", "parliament", "senate", "cabinet", "state",
                                               "president", "presidency", "warships", "jets", "aircraft",
                                               "planes", "drones", "commandos", "operatives", "judiciary", "courts",
                                               "court", "investigators", "intelligence", "embassy", "consulate",
                                               "coast", "guard", "guards", "personnel", "side"]
    /// Nouns after a person's name that stand for the government the person heads ("the Trump administration").
    static let governmentOfPerson: Set<String> = ["administration", "government", "cabinet", "regime", "presidency",
                                                  "team", "white"]

    /// Lexicon lemmas of violence that, between two people, are almost always words: "attacked Trump",
    /// "hit Clinton over trade", "fought Cruz for the nomination".
    /// Prepositions that open a clause of their own ("after Farook killed …"): a subject is never before them.
    static let clauseOpeningPrepositions: Set<String> = ["after", "before", "since", "until", "till"]

    /// Words after which a following infinitive is an intention, not an act: "prepared to strike",
    /// "plans to meet", "is going to send troops".
    static let intentFrames: Set<String> = ["prepared", "ready", "willing", "poised", "plan", "plans", "planned",
                                            "planning", "intend", "intends", "intended", "intending", "aim", "aims",
                                            "aimed", "aiming", "seek", "seeks", "sought", "seeking", "want", "wants",
                                            "wanted", "going", "determined", "eager", "vow", "vows", "vowed",
                                            "vowing", "pledge", "pledges", "pledged", "pledging", "promise",
                                            "promises", "promised", "promising", "expect", "expects", "expected",
                                            "hope", "hopes", "hoped", "hoping", "willingness", "readiness",
                                            "intention", "intent", "threat", "threats", "offer", "offers", "decide",
                                            "decided", "decides"]
    /// Verbs whose object, not subject, is who does the infinitive: "urged Mexico to act".
    static let objectControl: Set<String> = ["urge", "urges", "urged", "urging", "ask", "asks", "asked", "asking",
                                             "tell", "tells", "told", "telling", "press", "pressed", "pressing",
                                             "pressure", "pressured", "pressuring", "push", "pushed", "pushing",
                                             "force", "forced", "forcing", "allow", "allowed", "allowing", "order",
                                             "ordered", "ordering", "invite", "invited", "inviting", "encourage",
                                             "encouraged", "encouraging", "persuade", "persuaded", "convince",
                                             "convinced", "authorize", "authorized", "authorizing", "require",
                                             "required", "requiring", "call", "called", "calling", "help", "helped"]

    static func isNegation(_ t: Token) -> Bool {
        negations.contains(t.lower) || t.lower.hasSuffix("n't") || t.lower == "cannot"
    }

    /// "won't", "couldn't", "can't", "cannot": a negated modal.
    static func isNegatedModal(_ t: Token) -> Bool {
        guard t.lower.hasSuffix("n't") || t.lower == "cannot" else { return false }
        let stem = t.lower == "cannot" ? "can" : String(t.lower.dropLast(3))
        return modals.contains(stem)
    }

    static func isAuxiliary(_ t: Token) -> Bool {
        let w = t.lower
        if be.contains(w) || have.contains(w) || doForms.contains(w) || modals.contains(w) { return true }
        return w.hasSuffix("n't") || w == "cannot"
    }

    /// An adverb that may sit inside a verb group: "-ly" words and a few others.
    static func isAdverb(_ t: Token) -> Bool {
        guard t.kind == .word, !t.isCapitalized || t.flags.contains(.lineStart) else { return false }
        let w = t.lower
        if adverbs.contains(w) { return true }
        return w.count > 4 && w.hasSuffix("ly") && !lyNouns.contains(w)
    }

    /// "-ly" words that are not adverbs.
    static let lyNouns: Set<String> = ["family", "italy", "ally", "rally", "assembly", "supply", "reply", "july",
                                       "anomaly", "monopoly", "apply", "multiply", "comply", "rely", "fly", "only",
                                       "early", "likely", "daily", "weekly", "monthly", "yearly", "friendly",
                                       "elderly", "unlikely", "holy", "belly", "jelly", "bully", "folly"]

    /// Pronouns and contractions of them ("I", "I’d", "We’re") that a name finder may take for names.
    static func isPronounLike(_ w: String) -> Bool {
        if pronouns.contains(w) { return true }
        guard let apostrophe = w.firstIndex(where: { $0 == "'" || $0 == "\u{2019}" }) else { return false }
        return pronouns.contains(String(w[..<apostrophe]))
    }

    static func isPreposition(_ t: Token) -> Bool { t.kind == .word && prepositions.contains(t.lower) }

    static func isDeterminer(_ t: Token) -> Bool { t.kind == .word && determiners.contains(t.lower) }
}

extension EventGrammar {
    /// The commonest reporting verbs, so that clause boundaries are found even without the cue lexicon.
    static let speechVerbs: Set<String> = ["said", "says", "say", "told", "tells", "tell", "believe", "believes",
                                           "believed", "think", "thinks", "thought", "wrote", "writes", "argue",
                                           "argues", "claim", "claims", "insist", "insists", "suggest", "suggests",
                                           "know", "knows", "knew", "see", "sees", "saw", "remain", "remains",
                                           "become", "becomes", "became", "seem", "seems", "appear", "appears"]
    /// Light verbs: with an action noun as object they say the subject did it ("conducted strikes",
    /// "issued a rebuke", "held talks", "stepped up seizures").
    static let lightVerbs: Set<String> = [
        "have", "has", "had", "having", "hold", "holds", "held", "holding", "conduct", "conducts", "conducted",
        "conducting", "carry", "carries", "carried", "carrying", "make", "makes", "made", "making", "launch",
        "launches", "launched", "launching", "issue", "issues", "issued", "issuing", "give", "gives", "gave", "given",
        "giving", "deliver", "delivers", "delivered", "delivering", "take", "takes", "took", "taken", "taking",
        "stage", "stages", "staged", "staging", "mount", "mounts", "mounted", "mounting", "begin", "begins", "began",
        "begun", "beginning", "start", "starts", "started", "starting", "continue", "continues", "continued",
        "continuing", "resume", "resumes", "resumed", "resuming", "order", "orders", "ordered", "ordering", "lodge",
        "lodges", "lodged", "lodging", "file", "files", "filed", "filing", "express", "expresses", "expressed",
        "expressing", "voice", "voices", "voiced", "voicing", "reiterate", "reiterates", "reiterated", "reiterating",
        "renew", "renews", "renewed", "renewing", "repeat", "repeats", "repeated", "repeating", "extend", "extends",
        "extended", "extending", "do", "does", "did", "done", "doing", "pursue", "pursues", "pursued", "pursuing",
        "intensify", "intensifies", "intensified", "intensifying", "escalate", "escalates", "escalated",
        "escalating", "initiate", "initiates", "initiated", "initiating", "undertake", "undertakes", "undertook",
        "undertaken", "undertaking", "perform", "performs", "performed", "performing", "lead", "leads", "led",
        "leading", "wage", "wages", "waged", "waging", "unleash", "unleashes", "unleashed", "unleashing", "level",
        "levels", "leveled", "levelled", "leveling", "levelling", "hurl", "hurls", "hurled", "hurling", "step",
        "steps", "stepped", "stepping", "ramp", "ramps", "ramped", "ramping", "increase", "increases", "increased",
        "increasing", "expand", "expands", "expanded", "expanding", "execute", "executes", "executed", "executing",
        "complete", "completes", "completed", "completing", "announce", "announces", "announced", "announcing",
        "authorize", "authorizes", "authorized", "authorizing", "approve", "approves", "approved", "approving",
        "impose", "imposes", "imposed", "imposing", "slap", "slaps", "slapped", "slapping", "enact", "enacts",
        "enacted", "enacting", "sign", "signs", "signed", "signing", "reach", "reaches", "reached", "reaching",
        "seal", "seals", "sealed", "sealing", "conclude", "concludes", "concluded", "concluding", "engage", "engages", "engaged", "engaging", "plan", "plans", "planned", "planning",
        "organize", "organizes", "organized", "organizing", "convene", "convenes", "convened", "convening",
        "broker", "brokers", "brokered", "brokering", "offer", "offers", "offered", "offering", "provide",
        "provides", "provided", "providing",
    ]

    /// Verbs that say one event brought about another: "resulted in the capture", "led to the arrest".
    static let resultVerbs: Set<String> = ["result", "results", "resulted", "resulting", "lead", "leads", "led",
                                           "leading", "end", "ends", "ended", "ending", "culminate", "culminates",
                                           "culminated", "culminating"]

    /// "-ed" words that are not verb forms.
    static let edNonVerbs: Set<String> = ["hundred", "indeed", "speed", "united", "embed", "proceed", "succeed",
                                          "exceed", "bred", "shed", "sacred", "wicked", "naked", "kindred",
                                          "rugged", "ragged", "jagged", "crooked", "wretched", "beloved"]

    /// Determiners, prepositions, connectives, pronouns and auxiliaries.
    static func isFunctionWord(_ t: Token) -> Bool {
        let w = t.lower
        return determiners.contains(w) || prepositions.contains(w) || coordinators.contains(w)
            || subordinators.contains(w) || relativePronouns.contains(w) || pronouns.contains(w)
            || isAuxiliary(t) || negations.contains(w)
    }
}
