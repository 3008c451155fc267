import NewsGraphModel
import Testing
@testable import NewsGraphExtraction

/// Group words (peoples, faiths, ethnic groups) and ordinary words written in capitals are not entities.
struct MentionDetectorGroupWordTests {
    private func texts(_ text: String) -> [String] {
        let doc = analyze(text)
        return doc.mentions.map(\.text)
    }

    @Test func peoplesWithoutAStateAreNotEntities() {
        let found = texts("The Kurds in northern Iraq said Kurdish fighters held the town.")
        #expect(!found.contains("Kurds"))
        #expect(!found.contains("Kurdish"))
        #expect(found.contains("Iraq"))
    }

    @Test func faithAndEthnicGroupsAreNotEntities() {
        let found = texts("Voters who are Muslims, Hispanic or Latin American backed Maria Lopez, and Latinos cheered.")
        #expect(found == ["Maria Lopez"])
    }

    @Test func groupWordInsideALongerNameStays() {
        #expect(texts("Officials of the Kurdistan Democratic Party met.") == ["Kurdistan Democratic Party"])
    }

    @Test func capitalizedOrdinaryWordIsNotAnAcronym() {
        #expect(texts("\"It is OK with us,\" Maria Lopez said.") == ["Maria Lopez"])
        #expect(texts("NOTE - Maria Lopez will speak on Friday.") == ["Maria Lopez"])
    }

    @Test func acronymDefinedInTheDocumentStays() {
        let found = texts("The Alliance for Work (AWARE) met. AWARE said talks would resume.")
        #expect(found.filter { $0 == "AWARE" }.count == 2)
    }

    @Test func unknownAcronymThatIsNoWordStays() {
        #expect(texts("Shares in CITIC rose on Monday.") == ["CITIC"])
    }
}
