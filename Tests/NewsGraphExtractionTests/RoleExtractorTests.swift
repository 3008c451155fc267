import NewsGraphModel
import Testing
@testable import NewsGraphExtraction

/// Titles and affiliations from pre-modifiers and appositions.
struct RoleExtractorTests {
    private func roles(_ text: String) -> [(String, String, String?)] {
        let doc = analyze(text)
        return doc.roles.map { (doc.entities[$0.person].name, $0.title, $0.of.map { doc.entities[$0].name }) }
    }

    @Test func titlePrefixWithCountry() {
        let r = roles("U.S. Secretary of State Marco Rubio arrived.")
        #expect(r.contains { $0 == ("Marco Rubio", "Secretary of State", "United States") })
    }

    @Test func lowercaseTitleAfterAnOrganization() {
        let r = roles("White House spokeswoman Anna Kelly declined to comment.")
        #expect(r.contains { $0.0 == "Anna Kelly" && $0.1.lowercased() == "spokeswoman" && $0.2 == "White House" })
    }

    @Test func appositionAfterTheName() {
        let r = roles("David Mora, a senior analyst at the International Crisis Group, said the plan would fail.")
        #expect(r.contains { $0 == ("David Mora", "senior analyst", "International Crisis Group") })
    }

    @Test func possessiveAffiliation() {
        let r = roles("Mexico’s President Claudia Sheinbaum rejected the offer.")
        #expect(r.contains { $0 == ("Claudia Sheinbaum", "President", "Mexico") })
    }

    @Test func aTitleIsNotRepeatedWithoutItsAffiliation() {
        let r = roles("Mexican President Claudia Sheinbaum spoke. President Sheinbaum then left.")
        #expect(r.filter { $0.0 == "Claudia Sheinbaum" && $0.1 == "President" }.count == 1)
    }
}
