import Testing
@testable import NewsGraphExtraction
import NewsGraphModel

/// Hand-written sentences for the recall patterns of issue 12's third pass: retellings kept once, support
/// given to unnamed actors, and verdicts ("X was right") as stance.
@Suite struct RecallPatternTests {
    @Test func sameActRetoldIsOneAction() {
        let text = "Senator Maria Alvarez criticized Governor Tom Becker on Monday. "
            + "Later that day, Senator Maria Alvarez criticized Governor Tom Becker again at a rally."
        let found = actions(text).filter { $0.actor == "Maria Alvarez" && $0.target == "Tom Becker" && $0.root == "11" }
        #expect(found.count == 1)
    }

    @Test func retellingWithADenialStaysTwo() {
        let text = "Governor Tom Becker met with Senator Maria Alvarez on Monday. "
            + "Governor Tom Becker did not meet with Senator Maria Alvarez on Tuesday."
        let found = actions(text).filter { $0.actor == "Tom Becker" && $0.target == "Maria Alvarez" && $0.root == "04" }
        #expect(found.count == 2)
        #expect(found.contains { $0.negated })
    }

    @Test func supportForUnnamedActorsIsAnEvent() {
        let text = "Canada and Norway support some opposition groups in the region."
        let found = actions(text)
        #expect(found.contains { $0.actor == "Canada" && $0.target == nil && $0.root == "05" })
        #expect(found.contains { $0.actor == "Norway" && $0.target == nil && $0.root == "05" })
    }

    @Test func timeAfterTheObjectKeepsTheTarget() {
        let text = "Tom Becker, who criticized Maria Alvarez last year, will retire."
        #expect(actions(text).contains { $0.actor == "Tom Becker" && $0.target == "Maria Alvarez" && $0.root == "11" })
    }

    @Test func timeAfterTheSubjectKeepsTheActor() {
        let text = "Governor Tom Becker last week criticized Senator Maria Alvarez over the budget."
        #expect(actions(text).contains { $0.actor == "Tom Becker" && $0.target == "Maria Alvarez" && $0.root == "11" })
    }

    @Test func listOfSubjectNamesEachAct() {
        let text = "Germany, Britain and France criticized Iran on Monday."
        let found = actions(text)
        for name in ["Germany", "United Kingdom", "France"] {
            #expect(found.contains { $0.actor == name && $0.target == "Iran" && $0.root == "11" })
        }
    }

    @Test func placeBeforeACommaIsNoListMember() {
        let text = "In Denver, Senator Maria Alvarez and Mayor Paul Kim criticized Governor Tom Becker."
        let found = actions(text)
        #expect(found.contains { $0.actor == "Maria Alvarez" && $0.target == "Tom Becker" })
        #expect(found.contains { $0.actor == "Paul Kim" && $0.target == "Tom Becker" })
        #expect(!found.contains { $0.actor == "Denver" })
    }

    @Test func ownThingIsNoTarget() {
        let text = "Governor Tom Becker refused to change his policy on trade."
        #expect(actions(text).contains { $0.actor == "Tom Becker" && $0.target == nil && $0.root == "12" })
    }

    @Test func reflexiveActIsNoEvent() {
        let text = "Governor Tom Becker shot himself in the parking lot."
        #expect(!actions(text).contains { $0.actor == "Tom Becker" })
    }

    @Test func bareSupportAsANounIsNoEvent() {
        let text = "Governor Tom Becker has strong Latino support among younger voters in Ohio."
        #expect(!actions(text).contains { $0.root == "05" })
    }

    @Test func bareSupportAsAVerb() {
        let text = "Senator Maria Alvarez and Mayor Paul Kim support Governor Tom Becker."
        let found = actions(text)
        #expect(found.contains { $0.actor == "Maria Alvarez" && $0.target == "Tom Becker" && $0.root == "05" })
        #expect(found.contains { $0.actor == "Paul Kim" && $0.target == "Tom Becker" && $0.root == "05" })
    }

    @Test func supportForAThingIsNoEvent() {
        let text = "Canada supports the proposal on fishing quotas."
        #expect(!actions(text).contains { $0.actor == "Canada" && $0.root == "05" })
    }
}

@Suite struct VerdictStanceTests {
    @Test func wasRightIsSupportiveOfTheSubject() {
        let text = "Senator Maria Alvarez said Governor Tom Becker was “absolutely right” about the budget."
        #expect(stance(text, toward: "Tom Becker") == .supportive)
    }

    @Test func verdictIsNotSharedWithOthersInTheStatement() {
        let text = "Senator Maria Alvarez said Governor Tom Becker was right when he said Mayor Paul Kim had ignored the flood."
        #expect(stance(text, toward: "Tom Becker") == .supportive)
        #expect(stance(text, toward: "Paul Kim") != .supportive)
    }

    @Test func rightAsANounIsNoVerdict() {
        let text = "Senator Maria Alvarez said Governor Tom Becker defended the right to vote in Ohio."
        #expect(stance(text, toward: "Tom Becker") == .neutral)
    }

    @Test func rightNowIsNoVerdict() {
        let text = "Senator Maria Alvarez said Governor Tom Becker is right now in Ohio for the budget talks."
        #expect(stance(text, toward: "Tom Becker") == .neutral)
    }

    @Test func negatedVerdictIsCritical() {
        let text = "Senator Maria Alvarez said Governor Tom Becker was not right about the flood and never was."
        #expect(stance(text, toward: "Tom Becker") != .supportive)
    }

    @Test func verdictDerivesPraise() {
        let text = "Senator Maria Alvarez said Governor Tom Becker is absolutely right about the budget."
        let doc = analyze(text)
        let derived = doc.actions.filter(\.derived)
        #expect(derived.contains { doc.entities[$0.actor].name == "Maria Alvarez" && $0.target.map { doc.entities[$0].name } == "Tom Becker" && $0.root == "05" })
    }
}
