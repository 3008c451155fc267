import NewsGraphModel
import Testing
@testable import NewsGraphExtraction

/// Corpus-level merge of in-document entities.
struct MergeTests {
    private func graph(_ texts: [String]) -> KnowledgeGraph {
        CrossDocumentMerger().merge(texts.enumerated().map { analyze($0.element, id: "d\($0.offset)") })
    }

    @Test func bareSurnameJoinsTheOnlyFullName() {
        let g = graph(["President Donald Trump spoke on Monday.", "Mr. Trump said the talks failed."])
        let people = g.entities.filter { $0.type == .person }
        #expect(people.count == 1)
        #expect(people.first?.name == "Donald Trump")
        #expect(people.first?.aliases.contains("Mr. Trump") == true)
    }

    @Test func sharedSurnameWithTwoCandidatesStaysApart() {
        let g = graph(["Fidel Castro spoke.", "Raúl Castro replied.", "Castro said he would not go."])
        #expect(g.entities.filter { $0.type == .person }.count == 3)
    }

    @Test func bareFirstNameDoesNotJoinAcrossDocuments() {
        let g = graph(["Harry Boland arrived.", "Harry said hello to Anna Kelly."])
        #expect(g.entities.contains { $0.name == "Harry Boland" && !$0.aliases.contains("Harry") })
    }

    @Test func countriesMergeByCanonicalName() {
        let g = graph(["The U.S. objected.", "The United States agreed."])
        #expect(g.entities.filter { $0.name == "United States" }.count == 1)
    }

    @Test func middleInitialDoesNotSplitAPerson() {
        let g = graph(["Donald J. Trump spoke on Monday.", "Donald Trump said the talks failed."])
        #expect(g.entities.filter { $0.type == .person }.count == 1)
        #expect(g.entities.first { $0.type == .person }?.aliases.contains("Donald J. Trump") == true)
    }

    @Test func maidenNameDoesNotSplitAPerson() {
        let g = graph(["Hillary Rodham Clinton spoke on Monday.", "Hillary Clinton said the talks failed."])
        #expect(g.entities.filter { $0.type == .person }.count == 1)
    }

    @Test func twoDifferentMiddleInitialsStayApart() {
        let g = graph(["George W. Bush spoke. Later George W. Bush left.", "George H.W. Bush spoke. George H.W. Bush left.",
                       "George Bush said nothing."])
        #expect(g.entities.filter { $0.type == .person }.count == 3)
    }

    @Test func dominantPersonTakesASharedSurname() {
        var texts = Array(repeating: "Barack Obama spoke. Obama left.", count: 6)
        texts.append("Michelle Obama visited a school.")
        texts.append("Mr. Obama said the talks failed.")
        texts.append("Mrs. Obama said she was proud.")
        let g = graph(texts)
        let barack = g.entities.first { $0.name == "Barack Obama" }
        #expect(barack?.aliases.contains("Mr. Obama") == true)
        #expect(barack?.aliases.contains("Mrs. Obama") == false)
    }

    @Test func partyFormsAreOneNode() {
        let g = graph(["Democrats met on Monday.", "The Democratic Party agreed.", "A Democrat spoke to Democratic voters."])
        #expect(g.entities.filter { $0.type == .organization }.map(\.name) == ["Democratic Party"])
    }

    @Test func gazetteerNameNeverJoinsAPerson() {
        let g = graph(["Telemundo Facebook wrote.", "Facebook said it would respond."])
        #expect(g.entities.first { $0.name == "Facebook" }?.type == .organization)
    }
}
