import NewsGraphModel
import Testing
@testable import NewsGraphExtraction

/// A surname shared by people: the office title written on it, the subject of the last sentences, a relative
/// named in passing, and the corpus's title holders (issue 11).
struct TitleAndSubjectIdentityTests {
    private func name(_ doc: AnalyzedDocument, _ text: String, after offset: Int = 0) -> String? {
        doc.mentions.first { $0.text == text && $0.start >= offset }.flatMap { $0.entity }.map { doc.entities[$0].name }
    }

    private func graph(_ texts: [String]) -> KnowledgeGraph {
        CrossDocumentMerger().merge(texts.enumerated().map { analyze($0.element, id: "d\($0.offset)") })
    }

    /// The corpus entity holding the mention of `text` in document `doc`.
    private func holder(_ g: KnowledgeGraph, _ doc: String, _ text: String) -> Entity? {
        g.entities.first { $0.mentions.contains { $0.document == doc && $0.text == text } }
    }

    @Test func theOfficeTitleGoesToThePersonTheDocumentGivesIt() {
        let text = "Former Governor Tom Marsh and Ellen Marsh visited Dayton on Monday. The crowd was large. Rain fell all day. "
            + "Later that week, voters cheered Governor Marsh at the fair."
        let doc = analyze(text)
        let marsh = doc.mentions.first { $0.text == "Marsh" }
        #expect(marsh.flatMap { $0.entity }.map { doc.entities[$0].name } == "Tom Marsh")
        #expect(marsh?.link == EntityResolver.titleHolderLink)
    }

    @Test func anOfficeNoOneInTheDocumentHoldsGoesToTheCorpusHolder() {
        var texts = Array(repeating: "Former President Walter Brandt opened the library. Brandt spoke.", count: 2)
        texts += Array(repeating: "Ellen Brandt toured a school. Brandt said she was proud.", count: 12)
        texts.append("Ellen Brandt toured a school. The students once wrote to President Brandt about it.")
        let g = graph(texts)
        let last = "d\(texts.count - 1)"
        let e = holder(g, last, "Brandt")
        #expect(e?.name == "Walter Brandt")
        #expect(e?.mentions.first { $0.document == last && $0.text == "Brandt" }?.merge == CrossDocumentMerger.Merge.openToTitleHolder)
        // Without the title, the same mention would stay with the document's Ellen Brandt.
        let plain = graph(Array(texts.dropLast()) + ["Ellen Brandt toured a school. The students once wrote to Brandt about it."])
        #expect(holder(plain, last, "Brandt")?.name == "Ellen Brandt")
    }

    @Test func theTitleHolderDoesNotDependOnInputOrder() {
        var texts = Array(repeating: "Former President Walter Brandt opened the library.", count: 2)
        texts += Array(repeating: "Ellen Brandt toured a school. Brandt said she was proud.", count: 12)
        texts.append("Ellen Brandt toured a school. The students once wrote to President Brandt about it.")
        let docs = texts.enumerated().map { analyze($0.element, id: "d\($0.offset)") }
        let a = CrossDocumentMerger().merge(docs), b = CrossDocumentMerger().merge(docs.reversed())
        #expect(a.entities == b.entities)
    }

    @Test func theSubjectJustBeforeKeepsItsSurnameAgainstAFamousNamesake() {
        var texts = Array(repeating: "Attorney General Loretta Vale spoke. Vale said the inquiry would go on.", count: 12)
        texts.append("""
            The committee met on Tuesday. However, Rep. Stephen Vale said the law was clear. He was calm. \
            "It is going nowhere," Vale said.
            """)
        let g = graph(texts)
        #expect(holder(g, "d12", "Vale")?.name == "Stephen Vale")
        let doc = analyze(texts[12])
        #expect(doc.mentions.first { $0.text == "Vale" }?.link == EntityResolver.namedJustBeforeLink)
    }

    @Test func aSurnameOfSomeoneNamedOnlyInPassingIsNotFirm() {
        // Bill Rook is named only inside a parenthesis: the bare surnames are not made firm by him.
        let doc = analyze("""
            The vote is close (Tom Hale won here, although Bill Rook won the spin). Rook leads the polls.

            Rook: Keep it
            If Rook wins, the race is over.
            """)
        #expect(doc.mentions.filter { $0.text == "Rook" }.allSatisfy { $0.link != EntityResolver.namedJustBeforeLink })
    }

    @Test func aRelativeNamedInPassingDoesNotCompete() {
        let doc = analyze("""
            DAYTON, Ohio (AP) — Former Senator Gary Holt criticized the bill during a stop for his wife Dana Holt. \
            Holt said the bill would raise costs.
            """)
        #expect(name(doc, "Holt") == "Gary Holt")
        #expect(doc.mentions.first { $0.text == "Holt" }?.link == EntityResolver.namedJustBeforeLink)
    }

    @Test func aRelativeNamedAsSubjectStillCompetes() {
        let doc = analyze("Gary Holt criticized the bill. Dana Holt agreed. Holt said the bill would raise costs.")
        #expect(doc.mentions.first { $0.text == "Holt" }?.link != EntityResolver.namedJustBeforeLink)
    }

    @Test func officeHeads() {
        let lex = Lexicons.shipped
        #expect(lex.officeHead(ofTitle: "Former President") == "president")
        #expect(lex.officeHead(ofTitle: "then-Secretary of State") == "secretary")
        #expect(lex.officeHead(ofTitle: "Sen.") == "senator")
        #expect(lex.officeHead(ofTitle: "Mr.") == nil)
        #expect(lex.officeHead(ofTitle: "Dr.") == nil)
        #expect(lex.officeHead(ofTitle: "wife") == nil)
    }
}

/// A role written without its "of" takes the one the corpus gives the same person with the same title.
struct CorpusRoleOfTests {
    private func graph(_ texts: [String]) -> KnowledgeGraph {
        CrossDocumentMerger().merge(texts.enumerated().map { analyze($0.element, id: "d\($0.offset)") })
    }

    @Test func aRoleWithoutOfTakesTheCorpusOf() {
        let texts = ["Mexican President Claudia Sheinbaum spoke on Monday.", "Mexican President Claudia Sheinbaum left early.",
                     "President Claudia Sheinbaum met the governors."]
        let g = graph(texts)
        let mexico = g.entities.first { $0.name == "Mexico" }?.id
        let role = g.roles.first { $0.document == "d2" && $0.title == "President" }
        #expect(mexico != nil && role?.of == mexico)
        #expect(role?.rule == CrossDocumentMerger.Merge.roleOf)
        // Read from its own sentence, a role records no rule.
        #expect(g.roles.first { $0.document == "d0" }?.rule == nil)
    }

    @Test func oneOtherMentionIsNotEnough() {
        let g = graph(["Mexican President Claudia Sheinbaum spoke on Monday.", "President Claudia Sheinbaum met the governors."])
        #expect(g.roles.first { $0.document == "d1" && $0.title == "President" }?.of == nil)
    }
}
