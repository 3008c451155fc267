import Testing
import NewsGraphExtraction
import NewsGraphModel

/// A quote as the tests compare it: who, what, how.
struct SeenQuote: CustomStringConvertible {
    var speaker: String?
    var speakerText: String?
    var text: String
    var direct: Bool
    var about: [String]
    var cue: String?
    var rule: String? = nil

    var description: String {
        "\(direct ? "D" : "I") [\(speaker ?? "-") / \(speakerText ?? "-")] \(cue ?? "-"): \(text) about \(about)"
    }
}

func quotes(_ text: String) -> [SeenQuote] {
    let doc = analyze(text)
    return doc.quotes.map { q in
        SeenQuote(speaker: q.speaker.map { doc.entities[$0].name }, speakerText: q.speakerText,
                  text: doc.text(q.textStart, q.textEnd), direct: q.direct,
                  about: q.about.map { doc.entities[$0].name }, cue: q.cue, rule: q.rule)
    }
}

/// The one quote whose text contains `words`.
func quote(_ all: [SeenQuote], containing words: String) -> SeenQuote? {
    let hits = all.filter { $0.text.contains(words) }
    return hits.count == 1 ? hits[0] : nil
}

@Suite struct DirectQuoteTests {
    @Test func quoteThenSpeakerThenCue() {
        let q = quotes("Donald Trump spoke to reporters on Monday. “We are ready to act,” Trump said.")
        let hit = quote(q, containing: "We are ready to act")
        #expect(hit?.speaker == "Donald Trump", "\(q)")
        #expect(hit?.direct == true)
        #expect(hit?.cue == "said")
    }

    @Test func invertedCueAfterTheQuote() {
        let q = quotes("“The border is closed,” said Maria Lopez, the city's mayor.")
        #expect(quote(q, containing: "The border is closed")?.speaker == "Maria Lopez", "\(q)")
    }

    @Test func speakerAndCueBeforeTheQuote() {
        let q = quotes("Maria Lopez said: “The border is closed.” Later, Carlos Ruiz stated, “We will reopen it.”")
        #expect(quote(q, containing: "The border is closed")?.speaker == "Maria Lopez", "\(q)")
        #expect(quote(q, containing: "We will reopen it")?.speaker == "Carlos Ruiz", "\(q)")
    }

    @Test func speakerColonQuote() {
        let q = quotes("Maria Lopez: “The border is closed.”")
        #expect(quote(q, containing: "The border is closed")?.speaker == "Maria Lopez", "\(q)")
    }

    @Test func splitQuoteIsOneUtterance() {
        let q = quotes("Donald Trump spoke on Monday. “We’re going to have to do something,” he said, “we’d love for Mexico to do it.”")
        let hit = quote(q, containing: "have to do something")
        #expect(hit?.text.contains("we’d love for Mexico") == true, "\(q)")
        #expect(hit?.speaker == "Donald Trump", "\(q)")
        #expect(q.filter(\.direct).count == 1, "\(q)")
    }

    @Test func participleTakesTheSentenceSubject() {
        let q = quotes("Eduardo Guerrero commented on the plan, stating, “Organized crime would be the winner.”")
        #expect(quote(q, containing: "Organized crime")?.speaker == "Eduardo Guerrero", "\(q)")
    }

    @Test func quoteParagraphWithoutCueTakesThePreviousSpeaker() {
        let q = quotes("“We will not accept it,” Maria Lopez said.\n“Our territory is ours alone.”")
        #expect(quote(q, containing: "Our territory is ours alone")?.speaker == "Maria Lopez", "\(q)")
    }

    @Test func possessorOfANominalCue() {
        let q = quotes("Donald Trump spoke on Monday. His declaration of an ‘armed conflict’ worried the region.")
        #expect(quote(q, containing: "armed conflict")?.speaker == "Donald Trump", "\(q)")
    }
}

@Suite struct QuotationMarkTests {
    @Test func apostrophesAreNotQuotationMarks() {
        let q = quotes("The cartels’ routes are open and Mexico’s army isn’t ready, Maria Lopez said. It was the ’90s all over again.")
        #expect(!q.contains { $0.direct }, "\(q)")
        let hit = quote(q, containing: "routes are open")
        #expect(hit?.speaker == "Maria Lopez", "\(q)")
    }

    @Test func singleQuotationMarksAroundAQuote() {
        let q = quotes("Maria Lopez visited the port. ‘We don’t only have maritime routes,’ she explained.")
        let hit = quote(q, containing: "maritime routes")
        #expect(hit?.direct == true, "\(q)")
        #expect(hit?.text == "We don’t only have maritime routes,", "\(q)")
        #expect(hit?.speaker == "Maria Lopez", "\(q)")
    }

    @Test func asciiDoubledSingleQuotesActAsDoubleMarks() {
        let q = quotes("''This isn't tax reform,'' said Maria Lopez, an economist.")
        #expect(quote(q, containing: "This isn't tax reform")?.speaker == "Maria Lopez", "\(q)")
    }

    @Test func unbalancedMarkRecoversAtParagraphEnd() {
        let text = "“This never closes, Maria Lopez said on Monday.\nCarlos Ruiz said the talks had failed."
        let doc = analyze(text)
        // The open quotation stops at its paragraph; the next paragraph is still read.
        #expect(doc.quotations.allSatisfy { doc.text($0.start, $0.end).contains("Carlos") == false })
        #expect(doc.diagnostics.contains { $0.message.contains("never closed") })
        let q = quotes(text)
        #expect(quote(q, containing: "the talks had failed")?.speaker == "Carlos Ruiz", "\(q)")
    }

    @Test func strayMarksNeverCrash() {
        for text in ["”", "“", "\"", "'", "‘’", "He said “", "” he said", "“a” ” “ b", "'' '' ''", "‘It’s’ ’s ’", "“\n”\n“"] {
            _ = quotes(text)
        }
    }

    @Test func quoteSpanningParagraphs() {
        let text = "Maria Lopez spoke at the rally. “The first part of the speech goes on.\n“And the second part ends it,” she said."
        let doc = analyze(text)
        #expect(doc.quotations.count == 1)
        let q = quotes(text)
        let hit = quote(q, containing: "first part")
        #expect(hit?.text.contains("second part ends it") == true, "\(q)")
        #expect(hit?.speaker == "Maria Lopez", "\(q)")
    }

    @Test func nestedSingleQuotesStayInsideTheOuterQuote() {
        let doc = analyze("“People here say ‘enough’ every day,” Maria Lopez said.")
        #expect(doc.quotations.count == 1)
        #expect(doc.text(doc.quotations[0].start, doc.quotations[0].end) == "People here say ‘enough’ every day,")
    }
}

@Suite struct ReportedSpeechTests {
    @Test func saidThatClause() {
        let q = quotes("Maria Lopez said that the talks had failed.")
        let hit = quote(q, containing: "talks had failed")
        #expect(hit?.speaker == "Maria Lopez", "\(q)")
        #expect(hit?.text == "the talks had failed", "\(q)")
        #expect(hit?.direct == false)
    }

    @Test func toldAddresseeThat() {
        let q = quotes("Claudia Sheinbaum told Donald Trump that intervention was unnecessary.")
        let hit = quote(q, containing: "intervention was unnecessary")
        #expect(hit?.speaker == "Claudia Sheinbaum", "\(q)")
        #expect(hit?.about.contains("Donald Trump") == true, "\(q)")
    }

    @Test func clauseThenSpeakerThenCue() {
        let q = quotes("The talks had failed, Maria Lopez said.")
        #expect(quote(q, containing: "talks had failed")?.speaker == "Maria Lopez", "\(q)")
        #expect(quote(q, containing: "talks had failed")?.text == "The talks had failed", "\(q)")
    }

    @Test func accordingTo() {
        let q = quotes("According to Maria Lopez, the talks had failed. The port stayed shut, according to Carlos Ruiz.")
        #expect(quote(q, containing: "talks had failed")?.speaker == "Maria Lopez", "\(q)")
        #expect(quote(q, containing: "port stayed shut")?.speaker == "Carlos Ruiz", "\(q)")
    }

    @Test func appositionBetweenSpeakerAndCue() {
        let q = quotes("Eduardo Guerrero, a Mexican security expert, warned that intervention would backfire.")
        #expect(quote(q, containing: "intervention would backfire")?.speaker == "Eduardo Guerrero", "\(q)")
    }

    @Test func stanceVerbAndUnnamedSpeaker() {
        let q = quotes("A senior Mexican official said the plan was dead. Analysts believe the deal will fail.")
        let official = quote(q, containing: "plan was dead")
        #expect(official?.speaker == nil, "\(q)")
        #expect(official?.speakerText == "A senior Mexican official", "\(q)")
        let analysts = quote(q, containing: "deal will fail")
        #expect(analysts?.speaker == nil)
        #expect(analysts?.speakerText == "Analysts", "\(q)")
    }

    @Test func twoSpeakersInOneSentence() {
        let q = quotes("Maria Lopez said the deal was fair, while Carlos Ruiz said it was a disaster.")
        let lopez = quote(q, containing: "deal was fair")
        let ruiz = quote(q, containing: "was a disaster")
        #expect(lopez?.speaker == "Maria Lopez", "\(q)")
        #expect(lopez?.text.contains("disaster") == false, "\(q)")
        #expect(ruiz?.speaker == "Carlos Ruiz", "\(q)")
    }

    @Test func partialQuoteStaysInsideReportedSpeech() {
        let q = quotes("Donald Trump said drug cartels are “running Mexico.”")
        #expect(q.count == 1, "\(q)")
        #expect(q.first?.text.contains("running Mexico") == true, "\(q)")
        #expect(q.first?.speaker == "Donald Trump", "\(q)")
    }

    @Test func nominalStatementWithPossessor() {
        let q = quotes("Maria Lopez spoke on Monday. Her claim that the port was safe surprised everyone.")
        #expect(quote(q, containing: "port was safe")?.speaker == "Maria Lopez", "\(q)")
    }

    @Test func nounThatIsNotACue() {
        let q = quotes("The remarks by the minister were brief. Maria Lopez reaffirmed the nation's commitment on Monday.")
        #expect(!q.contains { $0.text.contains("were brief") }, "\(q)")
    }
}

@Suite struct SpeakerResolutionTests {
    @Test func pronounWhoseAntecedentIsTwoSentencesBack() {
        let q = quotes("Claudia Sheinbaum met the governors on Monday. The meeting lasted three hours. She said the talks went well.")
        #expect(quote(q, containing: "talks went well")?.speaker == "Claudia Sheinbaum", "\(q)")
    }

    @Test func pronounPicksTheRightGender() {
        let q = quotes("Claudia Sheinbaum spoke with Donald Trump on Monday. He said the call was productive.")
        #expect(quote(q, containing: "call was productive")?.speaker == "Donald Trump", "\(q)")
    }

    @Test func titleNounResolvesToThePersonWithThatTitle() {
        let q = quotes("Mexican President Claudia Sheinbaum spoke on Monday. The president said the border would stay open.")
        #expect(quote(q, containing: "border would stay open")?.speaker == "Claudia Sheinbaum", "\(q)")
    }

    @Test func aboutIncludesPronounsInsideTheQuote() {
        let q = quotes("Claudia Sheinbaum visited Washington. Donald Trump said, “I like Claudia, I think she’s a terrific person.”")
        let hit = quote(q, containing: "terrific person")
        #expect(hit?.speaker == "Donald Trump", "\(q)")
        #expect(hit?.about.contains("Claudia Sheinbaum") == true, "\(q)")
        #expect(hit?.about.contains("Donald Trump") == false, "\(q)")
    }
}
