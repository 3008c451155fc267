import Testing
@testable import NewsGraphExtraction

@Suite struct TokenizerTests {
    @Test func keepsAcronymsInitialsAndTitlesTogether() {
        let d = split("Mr. Trump met U.S. and U.N. officials with Donald J. Trump Jr. in Washington, D.C.")
        #expect(d.tokenTexts.contains("Mr."))
        #expect(d.tokenTexts.contains("U.S."))
        #expect(d.tokenTexts.contains("U.N."))
        #expect(d.tokenTexts.contains("J."))
        #expect(d.tokenTexts.contains("D.C."))
    }

    @Test func splitsPossessivesButKeepsContractionsAndHyphens() {
        let d = split("Trump’s offer and Mexico's reply: we’re told then-President Maduro didn't go.")
        #expect(d.tokenTexts.starts(with: ["Trump", "’s", "offer"]))
        #expect(d.tokenTexts.contains("Mexico"))
        #expect(d.tokenTexts.contains("'s"))
        #expect(d.tokenTexts.contains("we’re"))
        #expect(d.tokenTexts.contains("then-President"))
        #expect(d.tokenTexts.contains("didn't"))
        #expect(d.tokens.first { $0.text == "’s" }?.flags.contains(.possessive) == true)
    }

    @Test func offsetsAreUnicodeScalarsIntoTheText() {
        let text = "Nicolás Maduro 🇻🇪 said “no” — López."
        let d = split(text)
        let scalars = Array(text.unicodeScalars)
        for t in d.tokens {
            #expect(String(String.UnicodeScalarView(scalars[t.start..<t.end])) == t.text)
        }
        #expect(d.tokenTexts.contains("Nicolás"))
        #expect(d.tokenTexts.contains("López"))
    }

    @Test func classifiesQuotationMarksAndDashes() {
        let d = split("He said “yes” and ‘no’ — «oui» - \"maybe\".")
        let quotes = d.tokens.filter { $0.kind == .quote }
        #expect(quotes.count == 8)
        #expect(quotes[0].flags.contains(.opening))
        #expect(quotes[1].flags.contains(.closing))
        #expect(d.tokens.filter { $0.kind == .dash }.count == 2)
    }

    @Test func numbersKeepSeparators() {
        let d = split("It knocked out 97% of 1,000 boats and 3.5 tons.")
        #expect(d.tokenTexts.contains("1,000"))
        #expect(d.tokenTexts.contains("3.5"))
        #expect(d.tokens.first { $0.text == "97" }?.kind == .number)
    }

    @Test func marksLineStartsAndParagraphs() {
        let d = split("First line.\n\nSecond line here.\nThird.")
        #expect(d.paragraphs.count == 3)
        #expect(d.tokens.filter { $0.flags.contains(.lineStart) }.map(\.text) == ["First", "Second", "Third"])
    }

    @Test func emptyAndOddInputDoNotCrash() {
        #expect(split("").tokens.isEmpty)
        #expect(split("   \n\n  ").sentences.isEmpty)
        _ = split("“ ” ‘ ’ \" ' - — … . , ; ( ) [")
        _ = split(String(repeating: "“", count: 500))
    }
}
