import Testing
@testable import NewsGraphExtraction
import NewsGraphModel

/// The stance of each statement in `text` toward each entity it is about, by names.
func stances(_ text: String) -> [(speaker: String?, about: String, stance: Stance)] {
    let doc = analyze(text)
    var out: [(speaker: String?, about: String, stance: Stance)] = []
    for q in doc.quotes {
        for (e, s) in q.stances.sorted(by: { $0.key < $1.key }) {
            out.append((q.speaker.map { doc.entities[$0].name }, doc.entities[e].name, s))
        }
    }
    return out
}

func stance(_ text: String, toward name: String) -> Stance? {
    let found = stances(text).filter { $0.about == name }
    return found.count == 1 ? found[0].stance : nil
}

@Suite struct StanceTests {
    @Test func insultIsCritical() {
        let text = "Senator Maria Alvarez said Governor Tom Becker is a dishonest and incompetent leader."
        #expect(stance(text, toward: "Tom Becker") == .critical)
    }

    @Test func praiseIsSupportive() {
        let text = "Mayor Ruth Delgado said that Governor Tom Becker has been a wonderful, honest partner for the city."
        #expect(stance(text, toward: "Tom Becker") == .supportive)
    }

    @Test func plainReportIsNeutral() {
        let text = "Senator Maria Alvarez said Governor Tom Becker will visit Ohio on Tuesday."
        #expect(stance(text, toward: "Tom Becker") == .neutral)
    }

    @Test func negationTurnsPraiseIntoCriticism() {
        let text = "Senator Maria Alvarez said Governor Tom Becker is not honest and never was."
        #expect(stance(text, toward: "Tom Becker") == .critical)
    }

    @Test func negatedCriticismIsNotCritical() {
        let text = "Senator Maria Alvarez said Governor Tom Becker is not a liar."
        #expect(stance(text, toward: "Tom Becker") != .critical)
        #expect(stance(text, toward: "Tom Becker") != nil)
    }

    @Test func soCalledMocks() {
        let text = "Senator Maria Alvarez said the so-called reformer Tom Becker has done nothing for the state."
        #expect(stance(text, toward: "Tom Becker") == .critical)
    }

    @Test func contrastSplitsTheStanceBetweenTwoPeople() {
        let text = "Senator Maria Alvarez said Tom Becker is a brave and honest leader, but Frank Olsen is a corrupt liar."
        #expect(stance(text, toward: "Tom Becker") == .supportive)
        #expect(stance(text, toward: "Frank Olsen") == .critical)
    }

    @Test func addresseeTakesNoStanceFromTheWords() {
        let text = "Senator Maria Alvarez told Paul Kim that Governor Tom Becker is a disgraceful liar."
        #expect(stance(text, toward: "Tom Becker") == .critical)
        #expect(stance(text, toward: "Paul Kim") != .critical)
    }
}

@Suite struct DerivedEventTests {
    @Test func criticalStatementDerivesDisapproval() {
        let text = "Senator Maria Alvarez said Governor Tom Becker is a dishonest, incompetent and corrupt leader."
        let derived = analyze(text).actions.filter(\.derived)
        let doc = analyze(text)
        #expect(derived.count == 1)
        #expect(derived.first.map { doc.entities[$0.actor].name } == "Maria Alvarez")
        #expect(derived.first.flatMap { $0.target.map { doc.entities[$0].name } } == "Tom Becker")
        #expect(derived.first?.root == "11")
        #expect(derived.first?.rule.hasPrefix("stance:critical") == true)
    }

    @Test func supportiveStatementDerivesPraise() {
        let text = "Mayor Ruth Delgado said Governor Tom Becker is a brilliant, generous and honest leader."
        let doc = analyze(text)
        let derived = doc.actions.filter(\.derived)
        #expect(derived.count == 1)
        #expect(derived.first?.root == "05")
        #expect(derived.first.flatMap { $0.target.map { doc.entities[$0].name } } == "Tom Becker")
    }

    @Test func neutralStatementDerivesNothing() {
        let text = "Mayor Ruth Delgado said Governor Tom Becker will travel to Denver on Monday."
        let doc = analyze(text)
        #expect(!doc.quotes.isEmpty)
        #expect(doc.actions.filter(\.derived).isEmpty)
    }

    @Test func verbEventsRecordTheirRuleAndLexiconRow() {
        let doc = analyze("Senator Maria Alvarez criticized Governor Tom Becker on Monday.")
        let a = doc.actions.first { !$0.derived && $0.root == "11" }
        #expect(a?.rule == "verb cameo_verbs:criticize")
    }
}
