import Testing
import NewsGraphExtraction
import NewsGraphModel

/// Sources that are documents or surveys ("a new poll shows", "according to the report"), time adverbials
/// between a subject and its reporting verb, nominal cues with a copula ("Her view is that …"), and the issuer
/// of a statement as the source of a participle after it. Sentences are written for the tests.
@Suite struct QuoteSourceTests {
    @Test func aPollAsTheSubjectOfAReportingVerb() {
        let q = quotes("The race is close. A Marist poll shows that Senator Ellen Brody leads among suburban voters.")
        let hit = quote(q, containing: "leads among suburban voters")
        #expect(hit?.speakerText == "A Marist poll", "\(q)")
        #expect(hit?.text == "Senator Ellen Brody leads among suburban voters", "\(q)")
        #expect(hit?.about.contains("Ellen Brody") == true, "\(q)")
        #expect(hit?.rule == "reported:forward", "\(q)")
    }

    @Test func aStudyAsTheSubjectWithoutThat() {
        let q = quotes("Turnout fell in the city. The study found fewer young voters cast ballots in the spring.")
        let hit = quote(q, containing: "fewer young voters")
        #expect(hit?.speakerText == "The study", "\(q)")
        #expect(hit?.text == "fewer young voters cast ballots in the spring", "\(q)")
    }

    @Test func accordingToAReportNamesTheReport() {
        let q = quotes("The agency lost track of the money, according to the report.")
        let hit = quote(q, containing: "lost track of the money")
        #expect(hit?.speakerText == "the report", "\(q)")
        #expect(hit?.text == "The agency lost track of the money", "\(q)")
        #expect(hit?.rule == "reported:according-to-last", "\(q)")
    }

    @Test func aNounOfAMentalStateIsNoSource() {
        // "a threat" is what was cited, not who said it.
        let q = quotes("The court blocked the sale, citing a threat to public health.")
        #expect(q.allSatisfy { $0.speakerText != "a threat" }, "\(q)")
    }

    @Test func aTimeAdverbialBetweenTheSubjectAndTheVerb() {
        let q = quotes("A Gallup survey in late August found that most parents opposed the longer school day.")
        let hit = quote(q, containing: "most parents opposed")
        #expect(hit?.speakerText == "A Gallup survey", "\(q)")
        #expect(hit?.text == "most parents opposed the longer school day", "\(q)")
    }

    @Test func aReducedRelativeBeforeATimeAdverbial() {
        let q = quotes("A Harper survey released last week found that most renters expect higher costs.")
        #expect(quote(q, containing: "most renters expect")?.speakerText == "A Harper survey", "\(q)")
    }

    @Test func aPersonWithATimeAdverbialBeforeTheVerb() {
        let q = quotes("Governor Tom Ashby earlier this month argued that the pension fund was sound.")
        let hit = quote(q, containing: "the pension fund was sound")
        #expect(hit?.speaker == "Tom Ashby", "\(q)")
        #expect(hit?.text == "the pension fund was sound", "\(q)")
    }

    @Test func aPossessedViewWithACopula() {
        let q = quotes("Senator Rita Vance spoke on Monday. Vance's view is that the tariff will hurt farmers in Iowa.")
        let hit = quote(q, containing: "the tariff will hurt farmers")
        #expect(hit?.speaker == "Rita Vance", "\(q)")
        #expect(hit?.text == "the tariff will hurt farmers in Iowa", "\(q)")
        #expect(hit?.about.contains("Iowa") == true, "\(q)")
        #expect(hit?.rule == "reported:possessor-noun-is-that", "\(q)")
    }

    @Test func theIssuerOfAStatementSpeaksForTheParticiple() {
        let q = quotes("The Harbor Commission issued a statement calling the closure a serious mistake.")
        #expect(q.allSatisfy { $0.speakerText != "a statement" }, "\(q)")
    }

    @Test func anAuxiliaryEndsTheSpeakerAfterAnInvertedCue() {
        let q = quotes("The economist Dana Price said Warren's statement didn't settle the question.")
        let hit = quote(q, containing: "settle the question")
        #expect(hit?.speaker == "Dana Price", "\(q)")
        #expect(q.allSatisfy { $0.speakerText?.contains("didn") != true }, "\(q)")
    }

    @Test func aNonReportingVerbCueInARelativeClauseDoesNotStopTheSubjectSearch() {
        let q = quotes("Economist Lena Park, who studies labor markets at the Brookings Institution, said wages would rise next year.")
        let hit = quote(q, containing: "wages would rise")
        #expect(hit?.speaker == "Lena Park", "\(q)")
    }

    @Test func aPartyTagBeforeAnApposition() {
        let q = quotes("Rep. Carl Hines (D-Ohio), chairman of the rural caucus, said members will help him raise money.")
        #expect(quote(q, containing: "members will help him")?.speaker == "Carl Hines", "\(q)")
    }

    @Test func aNameBeforeItsAppositionSpeaks() {
        let q = quotes("Even Norway, the alliance's closest partner and its main supplier of gas, said it was opposed to the plan.")
        #expect(quote(q, containing: "opposed to the plan")?.speaker == "Norway", "\(q)")
    }

    @Test func pluralSubjectsOfABaseFormVerb() {
        let q = quotes("Those close to him say that the governor will run again. Political observers in Ohio say the senator deserves another term.")
        #expect(quote(q, containing: "will run again")?.speakerText == "Those close to him", "\(q)")
        let hit = quote(q, containing: "deserves another term")
        #expect(hit?.speakerText == "Political observers in Ohio", "\(q)")
        #expect(hit?.speaker == nil, "\(q)")
    }

    @Test func anIntroductoryPhraseIsNoReportedClause() {
        let q = quotes("In her 2010 memoir, Senator Ada Burke noted the risks of the plan.")
        #expect(q.allSatisfy { !$0.text.contains("memoir") }, "\(q)")
    }

    @Test func toBeforeANounPhraseIsNoInfinitive() {
        let q = quotes("Governor Ray Hollis spoke to a gathering of farmers in Iowa. Hollis said to reporters on Monday that the budget was balanced.")
        #expect(q.allSatisfy { !$0.text.hasPrefix("to a gathering") }, "\(q)")
        let hit = quote(q, containing: "the budget was balanced")
        #expect(hit?.speaker == "Ray Hollis", "\(q)")
        #expect(hit?.text == "the budget was balanced", "\(q)")
    }

    @Test func aTimeNounInTheAdverbialBeforeThat() {
        let q = quotes("Donald Trump tweeted in the early morning hours that the debate was rigged.")
        let hit = quote(q, containing: "the debate was rigged")
        #expect(hit?.speaker == "Donald Trump", "\(q)")
        #expect(hit?.text == "the debate was rigged", "\(q)")
    }

    @Test func aPhraseOfGrammarWordsIsNoSpeaker() {
        let q = quotes("The mayor hasn't explained what steps the city will take. The council, with serious doubts, proposed a delay.")
        #expect(q.allSatisfy { $0.speakerText != "The mayor hasn't" && $0.speakerText != "with serious" }, "\(q)")
    }

    @Test func aQuantifiedNounPhraseStaysASpeaker() {
        let q = quotes("Nearly half of the voters said they prefer a candidate from outside politics.")
        #expect(quote(q, containing: "prefer a candidate")?.speakerText == "Nearly half of the voters", "\(q)")
    }

    @Test func aContractedAuxiliaryBetweenSubjectAndCue() {
        let q = quotes("Senator Paula Reyes hasn't said whether she will back the bill.")
        let hit = quote(q, containing: "she will back the bill")
        #expect(hit?.speaker == "Paula Reyes", "\(q)")
    }

    @Test func toBeforeANounPhraseWithQuotedWordsStaysAStatement() {
        let q = quotes("Senator Ada Burke spoke to Lee Tran about the “crisis” in rural hospitals.")
        let hit = quote(q, containing: "rural hospitals")
        #expect(hit?.speaker == "Ada Burke", "\(q)")
    }

    @Test func aStateAfterItsCityInTheAdverbialBeforeThat() {
        let q = quotes("Senator Ada Burke spoke in Ohio on Monday. Burke said at a campaign stop in Toledo, Ohio, that the plant would stay open.")
        let hit = quote(q, containing: "the plant would stay open")
        #expect(hit?.speaker == "Ada Burke", "\(q)")
        #expect(hit?.text == "the plant would stay open", "\(q)")
    }

    @Test func quotedWordsInALaterClauseDoNotMakeAStatement() {
        let q = quotes("Governor Ray Hollis spoke to the farmers in Ames, and the crowd chanted “four more years.”")
        #expect(q.allSatisfy { !$0.text.hasPrefix("to the farmers") }, "\(q)")
    }
}
