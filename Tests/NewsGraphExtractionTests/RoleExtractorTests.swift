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

/// Roles as reported: abbreviations spelled out, courtesy titles dropped, party words and modifiers kept.
struct RoleReportingTests {
    private func roles(_ text: String) -> [(String, String, String?)] {
        let doc = analyze(text)
        return doc.roles.map { (doc.entities[$0.person].name, $0.title, $0.of.map { doc.entities[$0].name }) }
    }

    @Test func abbreviatedTitlesAreSpelledOut() {
        let r = roles("Sen. Dana Ortiz and Rep. Paul Reed met Gov. Ann Holt.")
        #expect(r.contains { $0.0 == "Dana Ortiz" && $0.1 == "Senator" })
        #expect(r.contains { $0.0 == "Paul Reed" && $0.1 == "Representative" })
        #expect(r.contains { $0.0 == "Ann Holt" && $0.1 == "Governor" })
    }

    @Test func courtesyTitlesAreNoRoles() {
        let r = roles("Paul Reed arrived. Mr. Reed said nothing.")
        #expect(!r.contains { $0.1 == "Mr." })
    }

    @Test func thePartyWordAndModifiersStayInTheTitle() {
        let r = roles("Republican presidential nominee Paul Reed spoke.")
        #expect(r.contains { $0 == ("Paul Reed", "Republican presidential nominee", "Republican Party") })
    }

    @Test func aMultiwordLowercaseTitleIsReadWhole() {
        let r = roles("The prize went to former first lady Ann Holt.")
        #expect(r.contains { $0.0 == "Ann Holt" && $0.1.lowercased() == "former first lady" })
        #expect(!r.contains { $0.1 == "Lady" })
    }

    @Test func thenTitleReportsTheOffice() {
        let r = roles("In 2012, then-Secretary of State Ann Holt visited.")
        #expect(r.contains { $0.0 == "Ann Holt" && $0.1 == "Secretary of State" })
    }
}
