import Testing
import NewsGraphExtraction
import NewsGraphModel

/// Speaker phrases around the cue: pre-modifiers before a name, party tags, employers, appositions after an
/// inverted cue, adverbials between cue and clause, times that are no speakers, and antecedents of
/// speaker pronouns and descriptions. Sentences are written for the tests.
@Suite struct QuoteSpeakerPhraseTests {
    @Test func titleAndEmployerBeforeTheNameAfterAQuote() {
        let q = quotes("The road was closed for a week. “We will reopen the road tomorrow,” Riverside police Chief Dana Colt said.")
        let hit = quote(q, containing: "We will reopen the road")
        #expect(hit?.speaker?.hasSuffix("Dana Colt") == true, "\(q)")
        #expect(hit?.direct == true)
    }

    @Test func partyTagInBracketsAfterTheName() {
        let q = quotes("The committee met on Monday. “The bill is dead,” Rep. Alan Brisk (R-Ohio) said.")
        #expect(quote(q, containing: "The bill is dead")?.speaker == "Alan Brisk", "\(q)")
    }

    @Test func personOfAnOrganizationSpeaksNotTheOrganization() {
        let q = quotes("The deal was signed on Friday. “It was the least bad outcome,” Mr. Harlan of the Audubon Society said.")
        let hit = quote(q, containing: "least bad outcome")
        #expect(hit?.speaker != "Audubon Society", "\(q)")
        #expect(hit?.speakerText == "Mr. Harlan of the Audubon Society", "\(q)")
    }

    @Test func invertedCueWithAnApposition() {
        let q = quotes("The new rules would hurt many small farms in the state, said Karen Holt, a senior official with the farm bureau.")
        let hit = quote(q, containing: "small farms")
        #expect(hit?.speaker == "Karen Holt", "\(q)")
        #expect(hit?.text == "The new rules would hurt many small farms in the state", "\(q)")
    }

    @Test func invertedCueAfterAClauseWithItsOwnCommas() {
        let q = quotes("The plan would expand the deduction, but for some, the losses would outstrip the gains, said Marta Delgado.")
        let hit = quote(q, containing: "outstrip the gains")
        #expect(hit?.speaker == "Marta Delgado", "\(q)")
        #expect(hit?.text.hasPrefix("The plan would expand") == true, "\(q)")
    }

    @Test func mediumAdverbialBetweenCueAndClause() {
        let q = quotes("Spokeswoman Jane Miller said via email that the mayor would defend himself against the attacks.")
        let hit = quote(q, containing: "the mayor would defend himself")
        #expect(hit?.speaker == "Jane Miller", "\(q)")
        #expect(hit?.text.hasPrefix("the mayor") == true, "\(q)")
    }

    @Test func aTimeIsNeverASpeaker() {
        let q = quotes("“Our assumption is that the veto will be overridden,” Senate Majority Leader Mitch Connell, R-Ky., said Tuesday.")
        #expect(q.allSatisfy { $0.speakerText != "Tuesday" }, "\(q)")
        #expect(quote(q, containing: "the veto will be overridden")?.speaker == "Mitch Connell", "\(q)")
    }

    @Test func stateAbbreviationWithInitialsDoesNotEndTheSentence() {
        let doc = split("Rep. Tom Gowan (R-S.C.) said that claim smacked of hypocrisy.")
        #expect(doc.sentences.count == 1, "\(doc.sentenceTexts)")
        let q = quotes("Rep. Tom Gowan (R-S.C.) said that claim smacked of hypocrisy.")
        #expect(quote(q, containing: "smacked of hypocrisy")?.speaker == "Tom Gowan", "\(q)")
    }

    @Test func aTitleInAPrepositionalPhraseIsNoStatement() {
        let q = quotes("In an interview on CBS's \"Face the Facts,\" House Speaker Paul Ryder said the country must listen more.")
        #expect(q.allSatisfy { !$0.text.hasPrefix("Face the Facts") }, "\(q)")
        #expect(quote(q, containing: "must listen more")?.speaker == "Paul Ryder", "\(q)")
    }

    @Test func definiteDescriptionFindsTheTitledPersonFarBack() {
        let q = quotes("""
        Senator Ann Bright spoke in Denver on Monday. The crowd was large. Many came from far away. Some carried signs. \
        The rally ran late. “We will win this state,” the Colorado senator said.
        """)
        #expect(quote(q, containing: "We will win this state")?.speaker == "Ann Bright", "\(q)")
    }

    @Test func quoteSignedWithADash() {
        let q = quotes("""
        Readers sent us their views after the debate.

        “The debate changed my mind. I will vote in November.” ― Rosa Linares

        “Nothing he said was new.” — Tom Becker, 34, of Tucson
        """)
        #expect(quote(q, containing: "changed my mind")?.speaker == "Rosa Linares", "\(q)")
        #expect(quote(q, containing: "Nothing he said was new")?.speaker == "Tom Becker", "\(q)")
    }

    @Test func aDashBeforeMoreClauseIsNoByline() {
        let q = quotes("“We are done,” — Mayor Ruth Olin told the council on Monday — “and we will not come back.”")
        #expect(q.allSatisfy { $0.speaker == nil || $0.speaker == "Ruth Olin" }, "\(q)")
    }

    @Test func itStandsForTheBodyJustNamed() {
        let q = quotes("The Harbor Commission met on Monday. It said the port would stay closed until spring.")
        #expect(quote(q, containing: "the port would stay closed")?.speaker == "Harbor Commission", "\(q)")
    }
}

@Suite struct QuoteAboutCountryTests {
    @Test func thisCountryIsTheSpeakersOwn() {
        let q = quotes("""
        Mexican Foreign Minister Ana Ruiz met envoys from the United States on Tuesday. \
        Ruiz said: “This country will not bow to pressure.”
        """)
        let hit = quote(q, containing: "will not bow to pressure")
        #expect(hit?.speaker == "Ana Ruiz", "\(q)")
        #expect(hit?.about.contains("Mexico") == true, "\(q)")
        #expect(hit?.about.contains("United States") == false, "\(q)")
    }
}
