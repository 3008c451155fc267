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
}
