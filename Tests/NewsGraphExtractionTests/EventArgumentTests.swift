import Testing
@testable import NewsGraphExtraction
import NewsGraphModel

/// Hand-written sentences for how an event finds its arguments beyond the plain subject–verb–object
/// clause: appositions, examples, owners, counts, reciprocal subjects and the verbs of political conflict.
@Suite struct EventArgumentTests {
    @Test func targetThroughAnApposition() {
        let text = "Senator Maria Alvarez disagreed with her former boss, Governor Tom Becker, on taxes."
        let found = actions(text)
        #expect(found.contains { $0.actor == "Maria Alvarez" && $0.target == "Tom Becker" && $0.root == "12" })
        #expect(!found.contains { $0.target == "Maria Alvarez" })
    }

    @Test func directObjectThroughAnApposition() {
        let text = "Mayor Paul Kim criticized his rival, Senator Maria Alvarez, on Monday."
        #expect(actions(text).contains { $0.actor == "Paul Kim" && $0.target == "Maria Alvarez" && $0.root == "11" })
    }

    @Test func examplesAfterSuchAsAreTargets() {
        let text = "Governor Tom Becker needled rivals such as Senator Maria Alvarez and Mayor Paul Kim."
        let found = actions(text)
        #expect(found.contains { $0.actor == "Tom Becker" && $0.target == "Maria Alvarez" && $0.root == "11" })
        #expect(found.contains { $0.actor == "Tom Becker" && $0.target == "Paul Kim" && $0.root == "11" })
    }

    @Test func aCountAfterTheObjectIsNoPartOfIt() {
        let text = "Senator Maria Alvarez debated Governor Tom Becker three times in 2012."
        #expect(actions(text).contains { $0.actor == "Maria Alvarez" && $0.target == "Tom Becker" && $0.root == "04" })
    }

    @Test func passiveDisapprovalOfSomeonesPlanTargetsThem() {
        let text = "Governor Tom Becker's proposal was sharply opposed by Senator Maria Alvarez on Friday."
        #expect(actions(text).contains { $0.actor == "Maria Alvarez" && $0.target == "Tom Becker" && $0.root == "11" })
    }

    @Test func reciprocalVerbWithCoordinatedSubjects() {
        let text = "Senator Maria Alvarez and Governor Tom Becker sparred over taxes on Tuesday."
        let found = actions(text)
        #expect(found.contains { $0.actor == "Maria Alvarez" && $0.target == "Tom Becker" && $0.root == "11" })
        #expect(found.contains { $0.actor == "Tom Becker" && $0.target == "Maria Alvarez" && $0.root == "11" })
    }

    @Test func nonReciprocalVerbWithCoordinatedSubjectsHasNoMutualTarget() {
        let text = "Senator Maria Alvarez and Governor Tom Becker criticized the tax bill on Tuesday."
        #expect(!actions(text).contains { $0.target != nil })
    }

    @Test func subjectNamedAfterIncluding() {
        let text = "Critics, including Senator Maria Alvarez, have urged Governor Tom Becker to resign."
        #expect(actions(text).contains { $0.actor == "Maria Alvarez" && $0.target == "Tom Becker" && $0.root == "02" })
    }

    @Test func relativeClauseHangsOnTheLastName() {
        let text = "The talks included members of the Saudi government, which has strongly denied any role in the plot."
        #expect(actions(text).contains { $0.actor == "Saudi Arabia" && $0.verb == "deny" && $0.root == "12" })
    }

    @Test func attackWithNoNamedTargetInAnElectionSentenceIsCriticism() {
        let text = "Governor Tom Becker attacked the other candidates at the debate on Thursday."
        let found = actions(text)
        #expect(found.contains { $0.actor == "Tom Becker" && $0.root == "11" })
        #expect(!found.contains { $0.root == "18" })
    }

    @Test func attackOutsideAnElectionStaysAnAssault() {
        let text = "Rebel commander Ali Hassan attacked the town of Qasr on Thursday."
        #expect(!actions(text).contains { $0.root == "11" })
    }

    @Test func verbsOfPoliticalConflictAndPraise() {
        #expect(actions("Governor Tom Becker openly admires President Maria Alvarez.").contains {
            $0.actor == "Tom Becker" && $0.target == "Maria Alvarez" && $0.root == "05"
        })
        #expect(actions("Anchor Lisa Hart confronted Governor Tom Becker with his remarks.").contains {
            $0.actor == "Lisa Hart" && $0.target == "Tom Becker" && $0.root == "11"
        })
        #expect(actions("The Chinese government vowed to cut emissions by half.").contains { $0.actor == "China" && $0.root == "03" })
    }

    @Test func aTaxReturnIsNoReturn() {
        let text = "Senator Maria Alvarez pressed Governor Tom Becker to release tax returns."
        let found = actions(text)
        #expect(!found.contains { $0.root == "08" })
        #expect(found.contains { $0.actor == "Maria Alvarez" && $0.target == "Tom Becker" })
    }

    @Test func reachingOutToSomeoneIsAContact() {
        #expect(actions("Senator Maria Alvarez reached out to Governor Tom Becker on trade.").contains {
            $0.actor == "Maria Alvarez" && $0.target == "Tom Becker" && $0.root == "04"
        })
        #expect(actions("Senator Maria Alvarez reached out to rural voters on Monday.").isEmpty)
    }

    @Test func theOwnerAfterAPrepositionalTarget() {
        let text = "Iran hacked into the emails of the European Commission last year."
        #expect(actions(text).contains { $0.actor == "Iran" && $0.target == "European Commission" && $0.root == "17" })
    }

    @Test func aBreakfastWithSomeoneIsAMeeting() {
        let text = "Senator Maria Alvarez had breakfast with Governor Tom Becker in Denver."
        #expect(actions(text).contains { $0.actor == "Maria Alvarez" && $0.target == "Tom Becker" && $0.root == "04" })
    }
}
