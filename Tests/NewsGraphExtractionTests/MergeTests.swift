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

    /// A person written only by a bare given name in two articles is two people.
    @Test func aBareGivenNameIsOnePersonPerArticle() {
        let docs = ["Bob said the fence was new. Bob left early.", "Bob said the road was closed."].enumerated().map { analyze($0.element, id: "d\($0.offset)") }
        let g = CrossDocumentMerger().merge(docs)
        #expect(g.entities.filter { $0.name == "Bob" && $0.type == .person }.count == 2, "\(g.entities.map(\.name))")
        #expect(CrossDocumentMerger().merge(docs.reversed()) == g)
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

    /// "R. Hale" is the one Hale written with the middle initial R, whoever else shares the surname; the
    /// namesake with other initials stays apart.
    @Test func initialsForTheGivenNameJoinThePersonWithThoseMiddleInitials() {
        let g = graph(["Martin R. Hale spoke. Later Martin R. Hale left.", "Martin T.R. Hale spoke. Martin T.R. Hale left.",
                       "Critics said R. Hale was wrong."])
        let people = g.entities.filter { $0.type == .person }
        #expect(people.count == 2, "\(people.map(\.name))")
        #expect(g.entities.first { $0.name == "Martin R. Hale" }?.aliases.contains("R. Hale") == true)
        #expect(g.entities.first { $0.name == "Martin T.R. Hale" }?.aliases.contains("R. Hale") == false)
    }

    /// The same middle initials in another order, written once, are a slip for the namesake written so often.
    @Test func transposedMiddleInitialsJoinTheOneVariantWithThem() {
        let g = graph(["Martin T.R. Hale spoke. Martin T.R. Hale left.", "Martin R. Hale spoke. Martin R. Hale left.",
                       "Martin R.T. Hale said nothing."])
        #expect(g.entities.filter { $0.type == .person }.count == 2)
        #expect(g.entities.first { $0.name == "Martin T.R. Hale" }?.aliases.contains("Martin R.T. Hale") == true)
    }

    /// A full name whose initials spell a person's given name ("Jeb" for John Ellis B.) is that person.
    @Test func aFullNameWhoseInitialsAreTheGivenNameJoinsThatPerson() {
        let g = graph(["Gov. Dex Morrow spoke. Dex Morrow left.", "Donald Ellis Xavier Morrow is his full name.",
                       "David Edward Morrow is his cousin."])
        let dex = g.entities.first { $0.name == "Dex Morrow" }
        #expect(dex?.aliases.contains("Donald Ellis Xavier Morrow") == false, "four words: not the rule")
        let g2 = graph(["Gov. Dex Morrow spoke. Dex Morrow left.", "Dana Ellis Morrow is the governor's legal name."])
        #expect(g2.entities.first { $0.name == "Dex Morrow" }?.aliases.contains("Dana Ellis Morrow") == false, "initials DEM, not Dex")
        let g3 = graph(["Gov. Dem Morrow spoke. Dem Morrow left.", "Dana Ellis Morrow is the governor's legal name."])
        #expect(g3.entities.first { $0.name == "Dem Morrow" }?.aliases.contains("Dana Ellis Morrow") == true)
    }

    /// A bare surname written with an office ("Governor Hale") that the mention counts cannot settle goes to the
    /// one namesake the corpus gives that office; without the office it stays apart.
    @Test func aSurnameWithAnOfficeJoinsTheOneNamesakeHoldingIt() {
        let base = ["Gov. Nora Hale spoke. Nora Hale left.", "Senator Paul Hale spoke. Paul Hale left."]
        let g = graph(base + ["Governor Hale said the budget would pass."])
        #expect(g.entities.first { $0.name == "Nora Hale" }?.aliases.contains("Governor Hale") == true)
        #expect(g.entities.first { $0.name == "Paul Hale" }?.aliases.contains("Governor Hale") == false)
        let g2 = graph(base + ["Hale said the budget would pass."])
        #expect(g2.entities.first { $0.name == "Nora Hale" }?.aliases.contains("Hale") != true)
    }

    /// A name followed by "PAC" is the committee, not the person.
    @Test func aNameWithPACIsAnOrganization() {
        let g = graph(["Donors gave money to the Nora Hale Super PAC on Monday."])
        #expect(g.entities.first { $0.name.hasSuffix("PAC") }?.type == .organization)
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
