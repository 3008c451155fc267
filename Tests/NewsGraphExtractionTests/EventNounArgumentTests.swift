import Testing
@testable import NewsGraphExtraction
import NewsGraphModel

/// Hand-written sentences for the arguments of action nouns and of verbs whose subject or target is not
/// the plain name next to them: a possessor that did the act, the agent of a participle after the noun,
/// an owner whose thing is investigated, and a named example in the subject.
@Suite struct EventNounArgumentTests {
    @Test func possessorIsTheAgentWhenTheTargetFollows() {
        let text = "Governor Tom Becker's invasion of Ukraine alarmed its neighbours."
        let found = actions(text)
        #expect(found.contains { $0.actor == "Tom Becker" && $0.target == "Ukraine" && $0.root == "19" })
        #expect(!found.contains { $0.target == "Tom Becker" })
    }

    @Test func possessorOfAnAttackOnAPersonIsTheCritic() {
        let text = "Senator Maria Alvarez's attack on Governor Tom Becker angered his allies."
        #expect(actions(text).contains { $0.actor == "Maria Alvarez" && $0.target == "Tom Becker" && $0.root == "11" })
    }

    @Test func possessorWithoutATargetIsStillThePatient() {
        let text = "Governor Tom Becker's arrest shocked the capital."
        let found = actions(text)
        #expect(!found.contains { $0.actor == "Tom Becker" })
    }

    @Test func participleAgentAfterAnActionNoun() {
        let text = "A lawsuit filed by the Democratic National Committee against Governor Tom Becker was dismissed."
        #expect(actions(text).contains {
            $0.actor == "Democratic National Committee" && $0.target == "Tom Becker" && $0.root == "11"
        })
    }

    @Test func aParticipleWithoutByGivesNoAgent() {
        let text = "A lawsuit filed last year against Governor Tom Becker was dismissed."
        #expect(!actions(text).contains { $0.verb == "lawsuit" && $0.actor == "Tom Becker" })
    }

    @Test func investigatingSomeonesThingTargetsThem() {
        let text = "The Justice Department is investigating Senator Maria Alvarez's emails."
        #expect(actions(text).contains { $0.actor == "Justice Department" && $0.target == "Maria Alvarez" && $0.root == "09" })
    }

    @Test func namedExampleWithAnArticleIsTheSubject() {
        let text = "Supporters, including the National Farmers Union, have urged Congress to pass the bill."
        #expect(actions(text).contains { $0.actor == "National Farmers Union" && $0.target == "Congress" && $0.root == "02" })
    }

    @Test func dressingDownIsARebuke() {
        let text = "Governor Tom Becker's dressing-down of Senator Maria Alvarez surprised reporters."
        #expect(actions(text).contains { $0.actor == "Tom Becker" && $0.target == "Maria Alvarez" && $0.root == "11" })
    }
}

/// A consultation or cooperation noun with no one named it is with is an occasion, not an event.
@Suite struct EventConsultationNounTests {
    @Test func aTripWithNoPartnerIsNoEvent() {
        let text = "Governor Tom Becker's trip ended on Friday, and the summit was postponed."
        #expect(!actions(text).contains { $0.actor == "Tom Becker" })
    }

    @Test func aMeetingWithSomeoneIsAnEventBothWays() {
        let text = "Governor Tom Becker's meeting with Senator Maria Alvarez ended on Friday."
        let found = actions(text)
        #expect(found.contains { $0.actor == "Tom Becker" && $0.target == "Maria Alvarez" && $0.root == "04" })
    }
}

/// Object relative clauses and praise of someone's thing.
@Suite struct EventObjectRelativeTests {
    @Test func objectRelativeWithWhomTargetsTheAntecedent() {
        let text = "Senator Maria Alvarez, whom Governor Tom Becker criticized on Monday, spoke in Ohio."
        #expect(actions(text).contains { $0.actor == "Tom Becker" && $0.target == "Maria Alvarez" && $0.root == "11" })
    }

    @Test func objectRelativeWithWhoTargetsTheAntecedent() {
        let text = "Senator Maria Alvarez, who Governor Tom Becker praised last week, spoke in Ohio."
        #expect(actions(text).contains { $0.actor == "Tom Becker" && $0.target == "Maria Alvarez" && $0.root == "05" })
    }

    @Test func subjectRelativeKeepsItsObject() {
        let text = "Senator Maria Alvarez, who criticized Governor Tom Becker on Monday, spoke in Ohio."
        let found = actions(text)
        #expect(found.contains { $0.actor == "Maria Alvarez" && $0.target == "Tom Becker" && $0.root == "11" })
        #expect(!found.contains { $0.actor == "Tom Becker" })
    }

    @Test func praiseOfSomeonesDecisionIsPraiseOfThem() {
        let text = "Senator Maria Alvarez praised Governor Tom Becker's decision on Tuesday."
        #expect(actions(text).contains { $0.actor == "Maria Alvarez" && $0.target == "Tom Becker" && $0.root == "05" })
    }
}

/// Territory: a place can be what is occupied or annexed, though elsewhere a place is only where things happen.
@Suite struct EventTerritoryTests {
    @Test func annexedPlaceIsTheTarget() {
        let text = "Russia's annexation of Crimea in 2014 alarmed Poland."
        #expect(actions(text).contains { $0.actor == "Russia" && $0.target == "Crimea" && $0.root == "19" })
    }

    @Test func aPlaceVisitedIsStillNoTarget() {
        let text = "Governor Tom Becker visited Toluca and met Senator Maria Alvarez there."
        #expect(!actions(text).contains { $0.target == "Toluca" })
    }
}

/// A list of verb phrases after one subject, when the first verb is one the tagger does not know.
@Suite struct EventVerbListTests {
    @Test func laterVerbsOfAListTakeTheSubjectOfTheFirst() {
        let text = "Senator Maria Alvarez went to Ohio twice, debated Governor Tom Becker in 2012, and met Mayor Paul Kim once."
        let found = actions(text)
        #expect(found.contains { $0.actor == "Maria Alvarez" && $0.target == "Tom Becker" && $0.root == "04" })
        #expect(found.contains { $0.actor == "Maria Alvarez" && $0.target == "Paul Kim" && $0.root == "04" })
    }

    @Test func aPossessiveOpeningIsNoSubject() {
        let text = "Governor Tom Becker lost. His rival, Senator Maria Alvarez, criticized Mayor Paul Kim."
        let found = actions(text)
        #expect(found.contains { $0.actor == "Maria Alvarez" && $0.target == "Paul Kim" && $0.root == "11" })
        #expect(!found.contains { $0.actor == "Tom Becker" })
    }
}

/// Judgements told by naming someone: "called X a liar" is criticism, "called X a terrific leader" praise.
@Suite struct EventNamingTests {
    @Test func aNegativeNameIsCriticism() {
        let text = "Governor Tom Becker called Senator Maria Alvarez a liar on Monday."
        #expect(actions(text).contains { $0.actor == "Tom Becker" && $0.target == "Maria Alvarez" && $0.root == "11" })
    }

    @Test func aPositiveQuotedNameIsPraise() {
        let text = "Governor Tom Becker called Senator Maria Alvarez “a wonderful and brilliant leader” on Monday."
        #expect(actions(text).contains { $0.actor == "Tom Becker" && $0.target == "Maria Alvarez" && $0.root == "05" })
    }

    @Test func aNeutralNameIsNoEvent() {
        let text = "Governor Tom Becker called Senator Maria Alvarez a lawyer on Monday."
        #expect(!actions(text).contains { $0.actor == "Tom Becker" && $0.target == "Maria Alvarez" })
    }

    @Test func aCallWithNoNameGivenIsNoJudgement() {
        let text = "Governor Tom Becker called Senator Maria Alvarez on Monday."
        #expect(!actions(text).contains { $0.actor == "Tom Becker" && $0.root == "11" })
    }
}
