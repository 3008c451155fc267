import Testing
@testable import NewsGraphExtraction
import NewsGraphModel

/// Hand-written sentences, one per clause pattern, with the actor, target, category and speaker a reader
/// expects.
@Suite struct ClausePatternEventTests {
    @Test func subjectThroughARelativeClause() {
        let text = "Governor Tom Becker, who has led the state since 2019, criticized Senator Maria Alvarez on Monday."
        #expect(actions(text).contains { $0.actor == "Tom Becker" && $0.target == "Maria Alvarez" && $0.root == "11" })
    }

    @Test func relativeClauseVerbTakesTheAntecedentAsActor() {
        let text = "Voters cheered Senator Maria Alvarez, who praised Governor Tom Becker at the rally."
        #expect(actions(text).contains { $0.actor == "Maria Alvarez" && $0.target == "Tom Becker" && $0.root == "05" })
    }

    @Test func subjectThroughAnApposition() {
        let text = "Paul Kim, the mayor of Springfield, accused Governor Tom Becker of lying."
        #expect(actions(text).contains { $0.actor == "Paul Kim" && $0.target == "Tom Becker" && $0.root == "11" })
    }

    @Test func passiveAgentIsTheActor() {
        let text = "Governor Tom Becker was endorsed by Senator Maria Alvarez on Friday."
        #expect(actions(text).contains { $0.actor == "Maria Alvarez" && $0.target == "Tom Becker" && $0.root == "05" })
    }

    @Test func coordinatedSubjectsEachAct() {
        let text = "Senator Maria Alvarez and Mayor Paul Kim condemned Governor Tom Becker on Sunday."
        let found = actions(text)
        #expect(found.contains { $0.actor == "Maria Alvarez" && $0.target == "Tom Becker" && $0.root == "11" })
        #expect(found.contains { $0.actor == "Paul Kim" && $0.target == "Tom Becker" && $0.root == "11" })
    }

    @Test func wordsInsideALexiconPhrase() {
        let text = "The European Union imposed tough new sanctions on Russia on Monday."
        #expect(actions(text).contains { $0.actor == "European Union" && $0.target == "Russia" && $0.root == "16" })
    }

    @Test func symmetricEventGoesBothWays() {
        let text = "Senator Maria Alvarez met with Governor Tom Becker in Denver on Thursday."
        let found = actions(text)
        #expect(found.contains { $0.actor == "Maria Alvarez" && $0.target == "Tom Becker" && $0.root == "04" })
        #expect(found.contains { $0.actor == "Tom Becker" && $0.target == "Maria Alvarez" && $0.root == "04" })
    }

    @Test func campaignMetaphorIsNoSeizure() {
        let text = "Senator Maria Alvarez captured Georgia in Tuesday's primary, beating Governor Tom Becker."
        #expect(!actions(text).contains { $0.root == "17" || $0.root == "18" || $0.root == "19" || $0.root == "20" })
        #expect(!actions(text).contains { $0.target == "Georgia" })
    }
}

@Suite struct ClausePatternSpeakerTests {
    func speakers(_ text: String) -> [String?] {
        let doc = analyze(text)
        return doc.quotes.map { q in q.speaker.map { doc.entities[$0].name } }
    }

    @Test func personOfAStateIsTheSpeaker() {
        let text = "Rep. Maria Alvarez of California said the bill would hurt farmers."
        #expect(speakers(text) == ["Maria Alvarez"])
    }

    @Test func addresseeIsNoSpeaker() {
        let text = "Governor Tom Becker told NBC that the plan would fail."
        #expect(speakers(text) == ["Tom Becker"])
    }

    @Test func spokesmanForAnOrganizationIsTheSpeaker() {
        let text = "“We will appeal,” said Paul Kim, a spokesman for the Sierra Club."
        #expect(speakers(text) == ["Paul Kim"])
    }
}
