import Testing
import NewsGraphExtraction
import NewsGraphModel

@Suite struct HeadlineQuoteTests {
    @Test func personBeforeColonSpeaksTheTitle() {
        let q = quotes("Elizabeth Warren: Wall Street Banks Are ‘Out of Control.’\n\nSenator Elizabeth Warren spoke in Boston on Monday about the banking industry.")
        let hit = quote(q, containing: "Wall Street Banks")
        #expect(hit?.speaker == "Elizabeth Warren", "\(q)")
        #expect(hit?.direct == true)
    }

    @Test func titleWithEndCue() {
        let q = quotes("Tax Plan Will Hurt Families, Bernie Sanders Says.\n\nSenator Bernie Sanders criticized the plan at a rally in Ohio on Tuesday.")
        let hit = quote(q, containing: "Tax Plan Will Hurt Families")
        // The mention stage may read "Bernie Sanders Says" as one title-case name; the speaker is still him.
        #expect(hit?.speaker?.hasPrefix("Bernie Sanders") == true, "\(q)")
        #expect(hit?.cue == "Says")
    }

    @Test func colonLeadWithoutPersonIsNoQuote() {
        let q = quotes("Stealth Over Health: Campaign Schedule Changes Again.\n\nThe campaign changed its schedule on Sunday, aides confirmed.")
        #expect(quote(q, containing: "Campaign Schedule Changes") == nil, "\(q)")
    }

    @Test func longFirstParagraphIsNotATitle() {
        let q = quotes("Mary Jones: the mayor of a small town in Ohio, a former teacher and a lifelong resident of the county, has run the council for ten years without a single contested vote.\n\nShe was reelected on Tuesday.")
        #expect(q.allSatisfy { !$0.text.contains("former teacher") }, "\(q)")
    }

    @Test func surveyNounBeforeColonSpeaksTheTitle() {
        let q = quotes("Poll: Governor Mara Tellis Leads in Ohio Race.\n\nThe governor campaigned in Dayton on Monday.")
        let hit = quote(q, containing: "Leads in Ohio Race")
        #expect(hit?.speakerText == "Poll", "\(q)")
        #expect(hit?.text == "Governor Mara Tellis Leads in Ohio Race", "\(q)")
        #expect(hit?.rule == "headline:source-colon", "\(q)")
    }

    @Test func otherColonLeadsStayNoQuote() {
        let q = quotes("Update: Governor Mara Tellis Leaves Rally Early.\n\nThe governor left the rally in Dayton on Monday.")
        #expect(quote(q, containing: "Leaves Rally Early") == nil, "\(q)")
    }
}
