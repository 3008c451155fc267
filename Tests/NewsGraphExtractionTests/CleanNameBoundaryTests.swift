import NewsGraphModel
import Testing
@testable import NewsGraphExtraction

/// Name boundaries: quoted titles, party-state codes, compass and people adjectives, titles that are also
/// modifier words, "in" before a place, teams after a place, and "Mr." + a word before the full name.
struct CleanNameBoundaryTests {
    private func texts(_ text: String) -> [String] {
        analyze(text).mentions.map(\.text)
    }

    private func entities(_ text: String) -> [(String, EntityType)] {
        let doc = analyze(text)
        return doc.entities.map { ($0.name, $0.type) }
    }

    @Test func aQuotedTitleCasePhraseIsNoName() {
        let found = texts("Maria Lopez said the debate was like an episode of “Shark Tank.” She left.")
        #expect(found == ["Maria Lopez"])
        #expect(texts("A magazine hailed Maria Lopez as “The Comeback Kid” in 1990.") == ["Maria Lopez"])
    }

    @Test func aQuotedNameTheGazetteerKnowsStays() {
        #expect(texts("The crowd chanted “Mexico!” as Maria Lopez spoke.").contains("Mexico"))
    }

    @Test func aPartyStateCodeCutInTwoIsNoName() {
        let found = texts("Rep. Dana Ortiz (D-N.Y.) and Sen. Paul Reed, R-S.C., voted for the bill.")
        #expect(!found.contains("Y."))
        #expect(!found.contains("C."))
        #expect(found.contains("Dana Ortiz"))
    }

    @Test func compassAndPeopleAdjectivesAreNoEntities() {
        let found = texts("The vote matters to voters of Eastern and Northern European heritage and to European members.")
        #expect(found.isEmpty)
        #expect(texts("Relations with the long-isolated Southeast Asian nation improved.").isEmpty)
    }

    @Test func justiceBeforeAGivenNameIsATitle() {
        let doc = analyze("U.S. Supreme Court Justice Antonin Scalia died in Texas.")
        #expect(doc.entities.contains { $0.name == "Antonin Scalia" && $0.type == .person })
        #expect(texts("The Justice Department sued the company.") == ["Justice Department"])
    }

    @Test func inBeforeAPossessiveEndsTheName() {
        let found = texts("Students at Christopher Newport University in Reed's district voted.")
        #expect(found.contains("Christopher Newport University"))
    }

    @Test func inBeforeAKnownPlaceEndsTheName() {
        let found = texts("The George W. Bush Presidential Center in Dallas runs the program.")
        #expect(found.contains("George W. Bush Presidential Center"))
        #expect(found.contains("Dallas"))
    }

    @Test func aPluralAfterAStateIsATeam() {
        let e = entities("The Carolina Panthers played the Minnesota Vikings on Sunday.")
        #expect(e.contains { $0 == ("Minnesota Vikings", .organization) })
    }

    @Test func aLawOrDocumentNamedAloneIsNoEntity() {
        #expect(texts("Maria Lopez vowed to repeal Obamacare and stand by our Constitution.") == ["Maria Lopez"])
    }

    @Test func balticCountriesNameTheRegion() {
        let e = entities("Troops were sent to the Baltic countries in June.")
        #expect(e.contains { $0.0 == "Baltics" && $0.1 == .location })
    }

    @Test func aLegislatureNamedByItsHeadWordIsAnAgency() {
        let e = entities("The bill passed the Senate on Tuesday.")
        #expect(e.contains { $0 == ("Senate", .agency) })
    }

    @Test func mrAndAWordJoinTheUntypedFullNameHoldingIt() {
        let doc = analyze("It was under Mr. Ban's watch that the office grew. Later, Ban Ki-moon vowed to act.")
        let ban = doc.entities.filter { $0.name.hasPrefix("Ban") }
        #expect(ban.count == 1)
        #expect(ban.first?.name == "Ban Ki-moon")
        #expect(ban.first?.type == .person)
    }

    @Test func aTitleAndConnectorBeforeAGivenNameIsNoPartOfTheName() {
        // "CEO of <person>", "the Lord for <person>": the person's own name, not a title phrase holding it.
        let a = entities("The board named Maria Lopez as CEO of Robert Hale’s company on Monday.")
        #expect(a.contains { $0.0 == "Robert Hale" && $0.1 == .person })
        #expect(!a.contains { $0.0.hasPrefix("of ") || $0.0.contains("CEO of") })
        let b = entities("The pastor said he had a word from the Lord for Robert Hale.")
        #expect(b.contains { $0.0 == "Robert Hale" })
        #expect(!b.contains { $0.0.contains("for Robert") })
        // A title of an office still holds its connector.
        #expect(texts("Secretary of State Maria Lopez flew to Paris.").contains { $0.contains("Maria Lopez") })
        #expect(analyze("Secretary of State Maria Lopez flew to Paris.").roles.contains { $0.title == "Secretary of State" })
    }
}
