import NewsGraphModel
import Testing
@testable import NewsGraphExtraction

/// Typing unknown one-word names from the place nouns around them.
struct EntityTyperContextTests {
    private func type(of name: String, in text: String) -> EntityType? {
        let doc = analyze(text)
        return doc.entities.first { $0.name == name }?.type
    }

    @Test func placeNounOfNameIsAPlace() {
        #expect(type(of: "Moengo", in: "He was attacked at a bar in the mining town of Moengo last week.") == .location)
        #expect(type(of: "Nandrin", in: "The girls got off the bus before reaching their home village of Nandrin.") == .location)
    }

    @Test func secondNameAfterPlaceNounOfIsAPlace() {
        let text = "Workers came to the mining towns of Barentsburg and Pyramiden."
        #expect(type(of: "Pyramiden", in: text) == .location)
    }

    @Test func nameBeforeLowercasePlaceNounIsAPlace() {
        #expect(type(of: "Sharqiyah", in: "Police arrested the militants in the eastern Sharqiyah province on Monday.") == .location)
    }

    @Test func companyEvidenceStillWins() {
        #expect(type(of: "Comelf", in: "Comelf shares rose after Comelf said it won the order.") == .organization)
    }

    @Test func compassWordAloneIsAPlace() {
        #expect(type(of: "North", in: "Talks between Seoul and the North stalled, and the North said it would wait.") == .location)
    }

    @Test func abbreviatedCompassBeforeACountryIsAPlace() {
        let doc = analyze("Officials in S. Korea said the talks would resume.")
        #expect(doc.mentions.contains { $0.text == "S. Korea" && doc.entities[$0.entity!].type == .location })
    }

    @Test func loneGivenNameIsAPerson() {
        #expect(type(of: "Nancy", in: "Former president Ronald Reagan's wife, Nancy, wrote a book.") == .person)
    }

    @Test func loneGivenNameWithCompanyEvidenceIsACompany() {
        #expect(type(of: "Nancy", in: "Nancy shares rose after Nancy said it won the order.") == .organization)
    }

    @Test func speakerSetOffAfterTheCueIsAPerson() {
        #expect(type(of: "Xiao", in: "\"We will not stop,\" said Xiao, in Manila for a conference.") == .person)
    }
}
