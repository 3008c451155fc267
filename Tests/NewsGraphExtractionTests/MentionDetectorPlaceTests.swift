import NewsGraphModel
import Testing
@testable import NewsGraphExtraction

/// US states written as their AP abbreviations are places, and their period does not end the sentence.
struct MentionDetectorPlaceTests {
    @Test func stateAbbreviationIsAPlace() {
        let doc = analyze("Jabil Circuit of St. Petersburg, Fla., won the order, Anna Kelly said.")
        let fla = doc.mentions.first { $0.text == "Fla." }
        #expect(fla != nil)
        #expect(fla.map { doc.entities[$0.entity!].type } == .location)
        #expect(doc.sentences.count == 1)
        #expect(doc.mentions.contains { $0.text == "Anna Kelly" })
    }

    @Test func dottedStateAbbreviationIsAPlace() {
        let doc = analyze("The plant in Newark, N.J., closed.")
        #expect(doc.mentions.contains { $0.text == "N.J." && doc.entities[$0.entity!].type == .location })
    }

    @Test func stateAbbreviationNamesTheStateInFull() {
        // "Calif." and "California" are one place, named in full, in a document and across documents.
        let doc = analyze("Voters in Fresno, Calif., lined up early. California has 55 electoral votes.")
        let calif = doc.mentions.first { $0.text == "Calif." }
        let full = doc.mentions.first { $0.text == "California" }
        #expect(calif != nil && full != nil)
        #expect(calif?.entity != nil && calif?.entity == full?.entity)
        #expect(calif.map { doc.entities[$0.entity!].name } == "California")
    }

    @Test func stateAbbreviationAloneIsNamedInFull() {
        let doc = analyze("The plant in Newark, N.J., closed.")
        let nj = doc.mentions.first { $0.text == "N.J." }
        #expect(nj.map { doc.entities[$0.entity!].name } == "New Jersey")
    }
}
