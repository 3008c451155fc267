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
}
