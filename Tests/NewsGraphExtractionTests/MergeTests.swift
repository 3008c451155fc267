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
}
