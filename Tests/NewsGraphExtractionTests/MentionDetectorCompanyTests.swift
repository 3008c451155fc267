import NewsGraphModel
import Testing
@testable import NewsGraphExtraction

/// Company names joined by "and": one body only when the words after "and" do not make a complete name.
struct MentionDetectorCompanyTests {
    private func texts(_ text: String) -> [String] { analyze(text).mentions.map(\.text) }

    @Test func andBeforeAFullCompanyNameSplitsTwoCompanies() {
        let found = texts("Shares of KeyCorp and Banc One Corp. rose on Tuesday.")
        #expect(found.contains("Banc One Corp."))
        #expect(!found.contains("KeyCorp and Banc One Corp."))
    }

    @Test func andBeforeARepeatedWordSplitsTwoNames() {
        let found = texts("Officials of Kansai Electric Power and Kansai International Airport met.")
        #expect(!found.contains { $0.contains(" and ") })
        #expect(found.contains("Kansai International Airport"))
    }

    @Test func andInsideAnAgencyNameStays() {
        #expect(texts("The Food and Drug Administration approved it.") == ["Food and Drug Administration"])
        #expect(texts("The Securities and Exchange Commission sued.") == ["Securities and Exchange Commission"])
    }
}
