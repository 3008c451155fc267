import Testing
@testable import NewsGraphExtraction

@Suite struct SentenceSplitterTests {
    @Test func abbreviationsDoNotEndSentences() {
        let d = split("Mr. Trump spoke with Sen. Graham on Jan. 5 about the U.S. military. He left.")
        #expect(d.sentenceTexts == ["Mr. Trump spoke with Sen. Graham on Jan. 5 about the U.S. military.", "He left."])
    }

    @Test func anAcronymAtSentenceEndBeforeAnOpenerSplits() {
        let d = split("Drug use is high in the U.S. The other side must act.")
        #expect(d.sentenceTexts == ["Drug use is high in the U.S.", "The other side must act."])
    }

    @Test func closingQuotesStayWithTheirSentence() {
        let d = split("She said, “It is over.” Then she left. “We’re done,” he said.")
        #expect(d.sentenceTexts == ["She said, “It is over.”", "Then she left.", "“We’re done,” he said."])
    }

    @Test func linesAreSentenceBoundariesAndHeadlinesAreMarked() {
        let d = split("Mexican President Turns Down Offer\nMexico rejected the offer. It cited sovereignty.")
        #expect(d.sentences.count == 3)
        #expect(d.sentences[0].isHeadline)
        #expect(!d.sentences[1].isHeadline)
    }

    @Test func datelinesAreSplitOff() {
        let d = split("ERBIL (Kurdistan24) - Mexican President Claudia Sheinbaum rejected an offer.")
        #expect(d.sentenceTexts.first == "ERBIL (Kurdistan24) -")
        #expect(d.sentenceTexts.last == "Mexican President Claudia Sheinbaum rejected an offer.")
    }

    @Test func aFullStopGluedBetweenTwoArticlesSplits() {
        let d = split("Shipments came from Venezuela.Mexico has issued a rebuke.")
        #expect(d.sentenceTexts == ["Shipments came from Venezuela.", "Mexico has issued a rebuke."])
    }

    @Test func initialsInNamesDoNotSplit() {
        let d = split("Donald J. Trump said it. George W. Bush agreed.")
        #expect(d.sentences.count == 2)
    }
}
