import NewsGraphModel
import Testing
@testable import NewsGraphExtraction

/// Romanized given names written with a hyphen ("Kim In-so") are names, unlike compounds ("Ontario-based").
struct MentionDetectorSyllableNameTests {
    private func texts(_ text: String) -> [String] { analyze(text).mentions.map(\.text) }

    @Test func hyphenatedGivenNameAfterAFamilyNameIsAName() {
        #expect(texts("Seoul agreed to return Kim In-so, the paper said.").contains("Kim In-so"))
        #expect(texts("\"I am sorry,\" Chen Chun-yeh told the court.").contains("Chen Chun-yeh"))
    }

    @Test func compoundsStayOutOfNames() {
        let found = texts("The Hong Kong-based firm and the Ontario-born Kim Lee-led team met Anna Kelly.")
        #expect(!found.contains { $0.contains("-") })
        #expect(found.contains("Anna Kelly"))
    }
}
