import NewsGraphModel
import Testing
@testable import NewsGraphExtraction

/// Mention spans and first types, one behaviour per sentence.
struct MentionDetectorTests {
    private func mentions(_ text: String) -> [(String, EntityType)] {
        let doc = analyze(text)
        return doc.mentions.map { ($0.text, doc.entities[$0.entity!].type) }
    }
    private func texts(_ text: String) -> [String] { mentions(text).map(\.0) }

    @Test func sentenceInitialOrdinaryWordsAreDropped() {
        let found = texts("Despite the rain, Claudia Sheinbaum spoke. Following the talks, Sheinbaum left.")
        #expect(found == ["Claudia Sheinbaum", "Sheinbaum"])
    }

    @Test func monthsWeekdaysAndPronounsAreNotNames() {
        let found = texts("I met Anna Kelly on Friday in July, and she said I was late.")
        #expect(found == ["Anna Kelly"])
    }

    @Test func nameParticlesStayInsideTheName() {
        #expect(texts("The minister Juan Ramón de la Fuente arrived.") == ["Juan Ramón de la Fuente"])
    }

    @Test func gazetteerReadsAcrossLowercaseConnectors() {
        let found = mentions("Officials of the Organization for Security and Cooperation in Europe met.")
        #expect(found.map(\.0) == ["Organization for Security and Cooperation in Europe"])
        #expect(found.first?.1 == .organization)
    }

    @Test func ampersandJoinsACompanyName() {
        let found = mentions("Shares of Douglas & Lomason Co rose.")
        #expect(found.map(\.0) == ["Douglas & Lomason Co"])
        #expect(found.first?.1 == .organization)
    }

    @Test func ofJoinsOnlyAfterAHeadWord() {
        #expect(texts("The Bank of England held rates.") == ["Bank of England"])
        #expect(texts("Analyst John Casesa of Schroder Wertheim said so.") == ["John Casesa", "Schroder Wertheim"])
    }

    @Test func placeAndHeadWordMakeOneBody() {
        let found = mentions("The Tokyo Stock Exchange and the Mexican Senate reopened.")
        #expect(found.map(\.0) == ["Tokyo Stock Exchange", "Mexican Senate"])
        #expect(found.map(\.1) == [.organization, .agency])
    }

    @Test func titleMakesAPersonEvenOverAGazetteerName() {
        let found = mentions("Mr. Bloomberg spoke to Bloomberg News.")
        #expect(found.first?.0 == "Bloomberg")
        #expect(found.first?.1 == .person)
    }

    @Test func titleInsideARunSplitsAffiliationAndPerson() {
        let doc = analyze("Cofinec CEO Stephen Frater said profits fell.")
        #expect(doc.mentions.map(\.text) == ["Cofinec", "Stephen Frater"])
        #expect(doc.mentions[1].title?.title == "CEO")
        #expect(doc.mentions[1].title?.of == "Cofinec")
    }

    @Test func headlineWordsNeedEvidence() {
        let doc = analyze("Mexico Rejects Proposal From Trump Aides\nPresident Donald Trump met Mexican officials on Monday.")
        let headline = doc.mentions.filter { $0.start < 40 }.map(\.text)
        #expect(headline == ["Mexico", "Trump"])
    }

    @Test func capitalLinesMatchNamesFromTheProse() {
        let doc = analyze("ROMANIA ACME PROFIT RISES.\nBUCHAREST 1996-08-30\nRomanian engineering group Acme said on Friday it doubled output.")
        let texts = doc.mentions.map(\.text)
        #expect(texts.contains("ROMANIA") && texts.contains("ACME") && texts.contains("BUCHAREST"))
        #expect(!texts.contains("PROFIT") && !texts.contains("RISES"))
    }

    @Test func datelineInProseIsAPlace() {
        let found = mentions("ERBIL (Kurdistan24) - The talks resumed.")
        #expect(found.first?.0 == "ERBIL")
        #expect(found.first?.1 == .location)
    }

    @Test func compoundAdjectivesAreNotMentions() {
        #expect(texts("The Hong Kong-based group and Ontario-based Magna agreed.") == ["Magna"])
    }

    @Test func eventNamesAreNotActors() {
        #expect(texts("Veterans of the Gulf War marched on Labour Day in London.") == ["London"])
    }

    @Test func partyMemberWordsAreTheParty() {
        let doc = analyze("Democrats and Senate Republicans met. Republican Ted Cruz spoke to Democratic voters. The Democratic Party agreed.")
        let party = doc.mentions.filter { $0.canonical == "Democratic Party" }.map(\.text)
        #expect(party == ["Democrats", "Democratic", "Democratic Party"])
        #expect(doc.mentions.contains { $0.text == "Republicans" && $0.canonical == "Republican Party" })
        #expect(doc.mentions.contains { $0.text == "Ted Cruz" && doc.entities[$0.entity!].type == .person })
        // The adjective before a lowercase noun is the party as a modifier, like a demonym.
        #expect(doc.mentions.first { $0.text == "Democratic" }?.isDemonym == true)
        #expect(doc.mentions.first { $0.text == "Democrats" }?.isDemonym == false)
    }

    @Test func partyMemberWordNeverStartsALongerName() {
        let found = mentions("The Republican Guard and the Democratic Alliance marched.")
        #expect(found.map(\.0) == ["Republican Guard", "Democratic Alliance"])
        #expect(!analyze("The Republican Guard marched.").mentions.contains { $0.canonical == "Republican Party" })
    }

    @Test func andNeverJoinsAPersonToABody() {
        let found = mentions("President George W. Bush and Congress agreed on the plan.")
        #expect(found.map(\.0) == ["George W. Bush", "Congress"])
        #expect(found.first?.1 == .person)
        #expect(found.last?.1 != .person)
    }

    @Test func titleCaseInsideProseIsReadAsAHeadline() {
        let found = texts("The column was titled Bernie Sanders And Hillary Clinton Are Fighting About Barack Obama in print.")
        #expect(["Bernie Sanders", "Hillary Clinton", "Barack Obama"].allSatisfy { found.contains($0) })
        #expect(!found.contains { $0.contains(" And ") || $0.contains(" About ") })
    }
}
