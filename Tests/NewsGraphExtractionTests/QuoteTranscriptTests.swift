import Testing
import NewsGraphExtraction
import NewsGraphModel

/// Transcript turns (`NAME: …` paragraphs) and the other statement patterns of issue 12's third quote pass.
/// Sentences are written for the tests.
@Suite struct QuoteTranscriptTests {
    static let interview = """
        On Sunday, host Carla Denton interviewed Senator Ralph Okafor about the budget.

        Partial transcript as follows:

        "DENTON: Let's begin with the budget. Will the senator vote for the bill on Tuesday?

        "OKAFOR: Well, look, the bill spends too much. I will vote against it, and Governor Ames agrees with me.

        "DENTON: But you voted for it last year.

        "OKAFOR: That was a different bill."
        """

    @Test func eachTurnIsAQuoteOfTheLabelledPerson() {
        let q = quotes(Self.interview)
        let host = quote(q, containing: "Let's begin with the budget")
        #expect(host?.speaker == "Carla Denton", "\(q)")
        #expect(host?.rule == "direct:transcript")
        #expect(host?.direct == true)
        let guest = quote(q, containing: "the bill spends too much")
        #expect(guest?.speaker == "Ralph Okafor", "\(q)")
        #expect(guest?.text == "Well, look, the bill spends too much. I will vote against it, and Governor Ames agrees with me.", "\(q)")
        #expect(guest?.about.contains("Ames") == true || guest?.about.contains { $0.hasSuffix("Ames") } == true, "\(q)")
        // The last turn ends before the closing mark; no quote runs over two turns.
        #expect(quote(q, containing: "That was a different bill")?.text == "That was a different bill.", "\(q)")
        #expect(quote(q, containing: "you voted for it last year")?.speaker == "Carla Denton", "\(q)")
        #expect(!q.contains { $0.text.contains("Let's begin") && $0.text.contains("spends too much") }, "\(q)")
    }

    @Test func aLabelThatNamesNobodyIsNoTurn() {
        let q = quotes("""
            The mayor spoke on Monday.

            UPDATE: The council postponed the vote until next week.
            """)
        #expect(!q.contains { $0.rule == "direct:transcript" }, "\(q)")
    }

    @Test func aLabelOfTwoPeopleWithTheSameLastNameIsNoTurn() {
        let q = quotes("""
            Anna Voss and her husband Peter Voss spoke to the station on Monday.

            VOSS: We will stay in the town whatever happens.
            """)
        #expect(!q.contains { $0.rule == "direct:transcript" }, "\(q)")
    }

    @Test func aLabelSpellsTheFullNameEvenWhenTakenForANameItself() {
        let q = quotes("""
            Host Nora Brandt spoke with Mayor Ivan Petrov.

            BRANDT: Will the mayor run again?

            PETROV: I have not decided yet, and I will say so when I have.
            """)
        #expect(quote(q, containing: "Will the mayor run again")?.speaker == "Nora Brandt", "\(q)")
        #expect(quote(q, containing: "I have not decided yet")?.speaker == "Ivan Petrov", "\(q)")
    }

    @Test func aTimeAdverbialAfterWhoLeavesTheNameBeforeItAsTheSpeaker() {
        let q = quotes("The bill passed on Monday. Senator Alma Reyes, who in 2010 said the tax would ruin small farms, voted for it.")
        let hit = quote(q, containing: "the tax would ruin small farms")
        #expect(hit?.speaker == "Alma Reyes", "\(q)")
        #expect(hit?.speakerText != "in 2010", "\(q)")
    }

    @Test func aHostNamedOnlyByTheLabelStillSpeaksTheTurns() {
        let q = quotes("""
            On Sunday's show, Governor Ann Pike told the host that the plan would work.

            "WALLACE: Will the plan work before the winter?

            "PIKE: It will, Chris. We have the money and the crews.

            "WALLACE: Are you sure about the money?"
            """)
        let first = quote(q, containing: "Will the plan work")
        #expect(first?.rule == "direct:transcript", "\(q)")
        #expect(first?.speaker != nil && first?.speaker != "Ann Pike", "\(q)")
        #expect(quote(q, containing: "Are you sure")?.speaker == first?.speaker, "\(q)")
        #expect(quote(q, containing: "We have the money")?.speaker == "Ann Pike", "\(q)")
    }

    @Test func aSpeakerPronounSkipsPeopleNamedInsideTheQuote() {
        let q = quotes("Maria Lopez waited at the gate for an hour. “Nancy Brook will never win this county,” she said.")
        let hit = quote(q, containing: "will never win this county")
        #expect(hit?.speaker == "Maria Lopez", "\(q)")
        #expect(hit?.about.contains("Nancy Brook") == true, "\(q)")
    }

    @Test func aStatementInsideTheSameSpeakersStatementIsOneStatement() {
        let q = quotes("The hearing ended late. Senator Dora Vance said she thinks the agency would be pleased if Congress did nothing.")
        let hits = q.filter { $0.text.contains("the agency would be pleased") }
        #expect(hits.count == 1, "\(q)")
        #expect(hits.first?.speaker == "Dora Vance", "\(q)")
    }
}
