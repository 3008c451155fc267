import Testing
@testable import NewsGraphExtraction
import NewsGraphModel

/// One coded action, with entity names instead of indices, as a test expects it.
struct CodedAction: Equatable, CustomStringConvertible {
    var actor: String
    var verb: String
    var target: String?
    var root: String
    var negated = false
    var hypothetical = false

    var description: String {
        "\(actor) —\(verb) \(root)→ \(target ?? "nil")\(negated ? " [negated]" : "")\(hypothetical ? " [hypothetical]" : "")"
    }
}

/// The actions the standard pipeline codes in `text`.
func actions(_ text: String) -> [CodedAction] {
    let doc = analyze(text)
    return doc.actions.map { a in
        CodedAction(actor: doc.entities[a.actor].name, verb: a.verb, target: a.target.map { doc.entities[$0].name },
                    root: a.root, negated: a.negated, hypothetical: a.hypothetical)
    }
}

/// The one action by `actor` with lemma `verb`, if exactly one.
func action(_ text: String, actor: String, verb: String) -> CodedAction? {
    let found = actions(text).filter { $0.actor == actor && $0.verb == verb }
    return found.count == 1 ? found[0] : nil
}

@Suite struct EventCoderActiveTests {
    @Test func activeClauseTakesTheSourceOfARejectedOfferAsTarget() {
        let text = "Canadian Prime Minister Mark Carney rejected an offer from President Donald Trump on Tuesday."
        #expect(actions(text).contains { $0.actor == "Mark Carney" && $0.target == "Donald Trump" && $0.root == "12" })
        // The offer itself is an event: made by Trump to the one who rejected it.
        #expect(action(text, actor: "Donald Trump", verb: "offer")
                == CodedAction(actor: "Donald Trump", verb: "offer", target: "Mark Carney", root: "03"))
    }

    @Test func possessiveObjectIsTheTargetOfARejection() {
        let text = "Brazil rejected Argentina's proposal on Friday."
        #expect(actions(text).contains { $0.actor == "Brazil" && $0.target == "Argentina" && $0.root == "12" })
    }

    @Test func ditransitiveOfferTargetsTheRecipientNotTheTroops() {
        let text = "President Donald Trump offered U.S. troops to Mexico last week."
        #expect(action(text, actor: "Donald Trump", verb: "offer")
                == CodedAction(actor: "Donald Trump", verb: "offer", target: "Mexico", root: "03"))
    }

    @Test func coordinatedVerbSharesTheSubject() {
        let text = "Javier Milei praised the deal and criticized Brazil on Sunday."
        #expect(action(text, actor: "Javier Milei", verb: "criticize")?.target == "Brazil")
    }

    @Test func coordinatedTargetsWithAppositiveNameEachGetAnAction() {
        let text = "Colombian police arrested Pedro Gómez and his brother, Luis Gómez, in Bogotá."
        let arrests = actions(text).filter { $0.verb == "arrest" }
        #expect(Set(arrests.compactMap(\.target)) == ["Pedro Gómez", "Luis Gómez"])
        #expect(arrests.allSatisfy { $0.actor == "Colombia" && $0.root == "17" })
    }

    @Test func pronounSubjectResolvedByCoreference() {
        let text = "Claudia Sheinbaum spoke at the palace. She criticized the Peruvian government."
        #expect(action(text, actor: "Claudia Sheinbaum", verb: "criticize")?.target == "Peru")
    }

    @Test func relativeClauseSubjectIsTheAntecedent() {
        let text = "Gustavo Petro, who condemned Israel last year, visited Spain."
        #expect(action(text, actor: "Gustavo Petro", verb: "condemn")?.target == "Israel")
    }
}

@Suite struct EventCoderPassiveTests {
    @Test func passiveByAgentIsTheActorAndSubjectTheTarget() {
        let text = "Nicolás Maduro was captured by U.S. special forces near Caracas."
        #expect(action(text, actor: "U.S. military", verb: "capture")
                == CodedAction(actor: "U.S. military", verb: "capture", target: "Nicolás Maduro", root: "17"))
    }

    @Test func passiveWithoutAgentCodesNothing() {
        #expect(actions("Nicolás Maduro was captured near Caracas.").isEmpty)
    }
}

@Suite struct EventCoderNominalTests {
    @Test func captureOfByAgent() {
        let text = "The capture of Nicolás Maduro by American troops surprised diplomats."
        #expect(action(text, actor: "U.S. military", verb: "capture")?.target == "Nicolás Maduro")
    }

    @Test func possessiveMeetingWith() {
        let text = "Marco Rubio's meeting with Claudia Sheinbaum lasted two hours."
        #expect(action(text, actor: "Marco Rubio", verb: "meet")
                == CodedAction(actor: "Marco Rubio", verb: "meet", target: "Claudia Sheinbaum", root: "04"))
    }

    @Test func phoneCallInFrontedAdjunctBelongsToTheClauseSubject() {
        let text = "During a phone call with Donald Trump on Monday, Claudia Sheinbaum defended her security plan."
        #expect(action(text, actor: "Claudia Sheinbaum", verb: "phone call")?.target == "Donald Trump")
    }

    @Test func lightVerbObjectTakesTheVerbsSubject() {
        let text = "Mexico issued a sharp rebuke of Venezuela on Monday."
        #expect(actions(text).contains { $0.actor == "Mexico" && $0.target == "Venezuela" && $0.root == "11" })
    }

    @Test func personBeforeACoercionNounIsWhoItWasDoneTo() {
        // "Maduro's capture": Maduro is captured, and the text says by whom nowhere, so no actor.
        #expect(actions("Nicolás Maduro's capture shocked the region.").allSatisfy { $0.actor != "Nicolás Maduro" })
    }

    @Test func resultChainGivesTheOperationsActor() {
        let text = "A French military operation in Mali resulted in the capture of Amadou Koufa."
        #expect(action(text, actor: "French military", verb: "capture")?.target == "Amadou Koufa")
    }
}

@Suite struct EventCoderIntentTests {
    @Test func threatenedToStrikeIsAThreatAgainstTheInfinitivesObject() {
        let text = "Donald Trump threatened to strike Venezuela again."
        let coded = actions(text)
        #expect(coded.contains { $0.actor == "Donald Trump" && $0.target == "Venezuela" && $0.root == "13" && !$0.hypothetical })
        // What is threatened did not happen: no strike is coded.
        #expect(!coded.contains { $0.root == "19" })
    }

    @Test func preparedToDoAStrikeIsCodedAsAThreat() {
        let text = "Donald Trump said the United States is prepared to do a second strike on Venezuela."
        #expect(action(text, actor: "United States", verb: "strike")?.root == "13")
    }

    @Test func offerToSendTroopsIsTheOfferNotADeployment() {
        let text = "Donald Trump offered to send troops to Mexico."
        let coded = actions(text)
        #expect(coded.contains { $0.actor == "Donald Trump" && $0.verb == "offer" && $0.target == "Mexico" })
        #expect(!coded.contains { $0.root == "15" })
    }
}

@Suite struct EventCoderActorTests {
    @Test func demonymWithGovernmentNounIsTheCountry() {
        let text = "Mexican authorities arrested Ovidio Guzmán in Culiacán."
        #expect(action(text, actor: "Mexico", verb: "arrest")?.target == "Ovidio Guzmán")
    }

    @Test func demonymWithOrdinaryNounIsNotTheCountry() {
        let text = "Mexican cartels attacked Ovidio Guzmán in Culiacán."
        #expect(!actions(text).contains { $0.actor == "Mexico" })
    }

    @Test func forceMentionIsTheMilitary() {
        let text = "U.S. special forces detained Ovidio Guzmán."
        #expect(actions(text).contains { $0.actor == "U.S. military" && $0.target == "Ovidio Guzmán" && $0.root == "17" })
    }
}

@Suite struct EventCoderModalityTests {
    @Test func negationIsFlaggedNotDropped() {
        let text = "Claudia Sheinbaum and Donald Trump did not discuss Cuba during their call."
        let discuss = actions(text).filter { $0.verb == "discuss" }
        #expect(!discuss.isEmpty)
        #expect(discuss.allSatisfy { $0.negated && $0.target == "Cuba" && $0.root == "04" })
    }

    @Test func modalIsHypothetical() {
        let text = "Russia could launch strikes against Ukraine next week."
        #expect(actions(text).contains { $0.actor == "Russia" && $0.target == "Ukraine" && $0.root == "19" && $0.hypothetical })
    }

    @Test func conditionalClauseIsHypothetical() {
        let text = "If talks fail, Russia will attack Ukraine."
        #expect(actions(text).contains { $0.actor == "Russia" && $0.target == "Ukraine" && $0.hypothetical })
    }

    @Test func eventThatIsTheSubjectOfAModalIsHypothetical() {
        let text = "Analysts said a U.S. military attack on Mexico would trigger a backlash."
        let found = actions(text).filter { $0.actor == "U.S. military" }
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { $0.hypothetical })
    }

    @Test func assertedEventIsNeither() {
        let found = actions("Russia attacked Ukraine on Monday.")
        #expect(found.contains { $0.actor == "Russia" && $0.target == "Ukraine" && !$0.negated && !$0.hypothetical })
    }
}

@Suite struct EventCoderPrecisionTests {
    @Test func namingWithCallIsNotAnEvent() {
        #expect(actions("Glenn Beck called Ted Cruz “a conviction candidate” on Tuesday.").isEmpty)
    }

    @Test func placesAreNotActorsOrTargets() {
        let coded = actions("Ted Cruz captured Iowa. The Caribbean strikes worried Mexico.")
        #expect(!coded.contains { $0.target == "Iowa" || $0.actor == "Caribbean" })
    }

    @Test func statementVerbWithThatClauseIsLeftToQuotes() {
        #expect(actions("Eduardo Guerrero warned that unilateral action could backfire.").isEmpty)
    }

    @Test func oneActionPerActorTargetAndCategoryInASentence() {
        let coded = actions("The Justice Department charged Nicolás Maduro with drug trafficking.")
        #expect(coded.filter { $0.actor == "Justice Department" && $0.root == "17" }.count == 1)
    }
}

/// Words that look like events but, in news prose, name, report or describe: none of these is an act.
@Suite struct EventCoderNonEventTests {
    @Test func callingSomeoneALiarIsNotAConsultation() {
        let coded = actions("Donald Trump called Ted Cruz a liar on Tuesday. Donald Trump calls Ted Cruz a liar every day.")
        #expect(!coded.contains { $0.root == "04" }, "\(coded)")
    }

    @Test func whatSomeoneCallsSomethingIsNotAnEvent() {
        let coded = actions("Ted Cruz said that Donald Trump was wrong about what he calls the Washington cartel.")
        #expect(!coded.contains { $0.verb.hasPrefix("call") }, "\(coded)")
    }

    @Test func aCallWithSomeoneIsAConsultation() {
        let coded = actions("Claudia Sheinbaum held a call with Donald Trump on Monday.")
        #expect(coded.contains { $0.actor == "Claudia Sheinbaum" && $0.target == "Donald Trump" && $0.root == "04" }, "\(coded)")
    }

    @Test func aStatementIsNotAnAction() {
        let coded = actions("Ted Cruz issued a statement on Monday. Hillary Clinton made a statement after the debate. "
                            + "The statement from Bernie Sanders came late.")
        #expect(coded.isEmpty, "\(coded)")
    }

    @Test func releasingDocumentsIsNotYielding() {
        let coded = actions("The campaign of Donald Trump released a statement. WikiLeaks released emails from John Podesta.")
        #expect(!coded.contains { $0.root == "08" }, "\(coded)")
    }

    @Test func aCampaignRallyIsNotAProtest() {
        let coded = actions("Donald Trump held a rally in Iowa. Supporters of Bernie Sanders rallied in Ohio.")
        #expect(!coded.contains { $0.root == "14" }, "\(coded)")
    }

    @Test func frustrationWithSomeoneIsDisapproval() {
        let coded = actions("President Donald Trump has expressed frustration with Mexico's progress.")
        #expect(coded.contains { $0.actor == "Donald Trump" && $0.target == "Mexico" && $0.root == "11" }, "\(coded)")
    }

    @Test func removalAndOperationNounsNeedSomeoneAfterThem() {
        let coded = actions("Analysts discussed the U.S. removal of Venezuelan President Nicolás Maduro. "
                            + "Mexico criticized the recent U.S. operation in Venezuela.")
        #expect(coded.contains { $0.actor == "United States" && $0.target == "Nicolás Maduro" && $0.root == "17" }, "\(coded)")
        #expect(coded.contains { $0.actor == "United States" && $0.target == "Venezuela" && $0.root == "19" }, "\(coded)")
        let campaign = actions("Hillary Clinton expanded her campaign operation in Iowa. Jeb Bush backed the removal of regulations.")
        #expect(!campaign.contains { $0.root == "19" || $0.root == "17" }, "\(campaign)")
    }

    @Test func adjectivesAndNounsThatShareAVerbsFormAreNotEvents() {
        let coded = actions("Bernie Sanders made a compelling case. Jeb Bush saw a decline in the polls.")
        #expect(!coded.contains { $0.root == "17" || $0.root == "12" }, "\(coded)")
    }
}

/// Speech, opinions and idioms written with event words.
@Suite struct EventCoderSpeechAndIdiomTests {
    @Test func attacksBetweenPeopleAreCriticism() {
        let coded = actions("Marco Rubio attacked Donald Trump over his business record.")
        #expect(coded.contains { $0.actor == "Marco Rubio" && $0.target == "Donald Trump" && $0.root == "11" }, "\(coded)")
        #expect(!coded.contains { $0.root == "18" }, "\(coded)")
    }

    @Test func idiomsMarkedAsNoEventHideTheirWords() {
        let coded = actions("Donald Trump struck a measured tone on Tuesday. Hillary Clinton talked about the economy. "
                            + "Ted Cruz fought for the nomination. Bernie Sanders returned to Vermont.")
        #expect(coded.isEmpty, "\(coded)")
    }

    @Test func questionsAndOpinionsAreNotActions() {
        let coded = actions("Chuck Todd asked whether the plan would work. Marco Rubio supports the proposal. "
                            + "Ted Cruz met the criteria for the ballot.")
        #expect(coded.isEmpty, "\(coded)")
    }

    @Test func promisesToNoOneAreNotActions() {
        let coded = actions("Donald Trump did not back away from his pledge to reintroduce waterboarding.")
        #expect(!coded.contains { $0.root == "03" }, "\(coded)")
    }

    @Test func noSubjectBeforeAClauseOpeningPreposition() {
        let coded = actions("Donald Trump called for the ban after Syed Farook killed 14 people in California.")
        #expect(!coded.contains { $0.actor == "Donald Trump" && $0.root == "18" }, "\(coded)")
    }
}

@Suite struct EventCoderQuestionTests {
    @Test func aQuestionPutToSomeoneIsNotAnAppeal() {
        let coded = actions("Chuck Todd asked Donald Trump whether the wall would work. Ruth Marcus asked Robby Mook about the emails.")
        #expect(!coded.contains { $0.root == "02" }, "\(coded)")
    }

    @Test func anAppealForAThingIsAnAppeal() {
        let coded = actions("Senator Clemente Castañeda requested an explanation.")
        #expect(coded.contains { $0.actor == "Clemente Castañeda" && $0.root == "02" }, "\(coded)")
    }
}
