import Foundation
import Testing
@testable import NewsGraphModel

/// A small hand-made graph: two Hillary Clinton nodes, a Bill Clinton node holding one of her mentions,
/// a company, a headline taken for a person, and facts between them.
enum CurationFixture {
    static func m(_ d: String, _ s: Int, _ t: String) -> Mention { Mention(document: d, start: s, end: s + t.count, text: t) }

    static let graph: KnowledgeGraph = {
        var q1 = Quote(speaker: "per_bill_clinton", speakerText: "Clinton", text: "Acme broke its word", about: ["org_acme", "per_hillary_clinton"],
                       direct: true, cue: "said", document: "d2", start: 60, end: 79)
        q1.stances = [StanceMark(about: "org_acme", stance: .critical), StanceMark(about: "per_hillary_clinton", stance: .supportive)]
        let q2 = Quote(speaker: "per_hillary_rodham_clinton", text: "we will win", about: ["per_trump_taj_mahal"],
                       direct: true, document: "d3", start: 30, end: 41)
        let q3 = Quote(speaker: "per_trump_taj_mahal", text: "open all night", direct: true, document: "d2", start: 320, end: 334)
        return KnowledgeGraph(
            documents: ["d1", "d2", "d3"].map { DocumentInfo(id: $0) },
            entities: [
                Entity(id: "per_hillary_clinton", name: "Hillary Clinton", type: .person, aliases: ["Clinton", "Hillary Clinton"],
                       mentions: [m("d1", 0, "Hillary Clinton"), m("d1", 40, "Clinton"), m("d2", 0, "Hillary Clinton")]),
                Entity(id: "per_hillary_rodham_clinton", name: "Hillary Rodham Clinton", type: .person, aliases: ["Hillary Rodham Clinton"],
                       mentions: [m("d3", 0, "Hillary Rodham Clinton")]),
                Entity(id: "per_bill_clinton", name: "Bill Clinton", type: .person, aliases: ["Bill Clinton", "Clinton", "Mr. Clinton"],
                       mentions: [m("d1", 100, "Bill Clinton"), m("d2", 50, "Clinton"), m("d3", 60, "Clinton"), m("d3", 90, "Mr. Clinton")]),
                Entity(id: "org_acme", name: "Acme Corp", type: .organization, aliases: ["Acme Corp"], mentions: [m("d1", 200, "Acme Corp")]),
                Entity(id: "per_trump_taj_mahal", name: "Trump Taj Mahal", type: .person, aliases: ["Trump Taj Mahal"],
                       mentions: [m("d2", 300, "Trump Taj Mahal")]),
            ],
            quotes: [q1, q2, q3],
            actions: [
                Action(actor: "per_hillary_rodham_clinton", verb: "criticize", target: "org_acme", document: "d3", start: 0, end: 50),
                Action(actor: "org_acme", verb: "sue", target: "per_trump_taj_mahal", document: "d2", start: 290, end: 330),
                Action(actor: "per_bill_clinton", verb: "meet", target: "org_acme", document: "d3", start: 60, end: 80),
            ],
            roles: [
                Role(person: "per_bill_clinton", title: "President", document: "d1", start: 90, end: 112),
                Role(person: "per_hillary_clinton", title: "owner", of: "per_trump_taj_mahal", document: "d2", start: 0, end: 320),
            ]
        ).canonicalized()
    }()

    static func file(_ lines: String...) -> String {
        (["# newsgraph-curation v1"] + lines).joined(separator: "\n") + "\n"
    }

    static func apply(_ lines: String...) throws -> KnowledgeGraph {
        try Curation.parse((["# newsgraph-curation v1"] + lines).joined(separator: "\n"), file: "fix.cur").apply(to: graph)
    }

    /// The error one bad file gives.
    static func problem(_ text: String) -> CurationError? {
        do {
            _ = try Curation.parse(text, file: "fix.cur").apply(to: graph)
            return nil
        } catch let e as CurationError {
            return e
        } catch {
            return nil
        }
    }
}

@Suite struct CurationTests {
    typealias F = CurationFixture

    func entity(_ g: KnowledgeGraph, _ id: String) -> Entity? { g.entities.first { $0.id == id } }

    @Test func mergeRepointsEverythingToTheMostMentionedEntity() throws {
        let g = try F.apply("merge\tHillary Rodham Clinton\tper_hillary_clinton")
        #expect(entity(g, "per_hillary_rodham_clinton") == nil)
        let h = try #require(entity(g, "per_hillary_clinton"))
        #expect(h.name == "Hillary Clinton")
        #expect(h.mentions.count == 4)
        #expect(h.aliases.contains("Hillary Rodham Clinton"))
        let moved = try #require(h.mentions.first { $0.document == "d3" })
        #expect(moved.merge == "curation line 2: merge")
        #expect(h.mentions.filter { $0.merge != nil }.count == 1)
        #expect(g.quotes.first { $0.document == "d3" }?.speaker == "per_hillary_clinton")
        #expect(g.actions.first { $0.verb == "criticize" }?.actor == "per_hillary_clinton")
        #expect(!g.quotes.contains { q in q.speaker == "per_hillary_rodham_clinton" || q.about.contains("per_hillary_rodham_clinton") })
    }

    @Test func mergeIsTransitiveAcrossLinesAndDedupesAbout() throws {
        let g = try F.apply("merge\tper_hillary_rodham_clinton\tper_hillary_clinton", "merge  Acme Corp  Hillary Rodham Clinton")
        #expect(entity(g, "org_acme") == nil)
        let h = try #require(entity(g, "per_hillary_clinton"))
        #expect(h.mentions.count == 5)
        let q = try #require(g.quotes.first { $0.document == "d2" && $0.speaker == "per_bill_clinton" })
        #expect(q.about == ["per_hillary_clinton"])
        #expect(q.stances.map(\.about) == ["per_hillary_clinton"])
    }

    @Test func splitByDocumentMovesMentionsAndTheFactsThere() throws {
        let g = try F.apply("split\tBill Clinton\tdocuments\td3\tper_hillary_rodham_clinton")
        let bill = try #require(entity(g, "per_bill_clinton"))
        #expect(bill.documents == ["d1", "d2"])
        #expect(!bill.aliases.contains("Mr. Clinton"))
        let hrc = try #require(entity(g, "per_hillary_rodham_clinton"))
        #expect(hrc.mentions.count == 3)
        #expect(hrc.mentions.filter { $0.merge == "curation line 2: split" }.count == 2)
        #expect(g.actions.first { $0.verb == "meet" }?.actor == "per_hillary_rodham_clinton")
        // Facts elsewhere stay.
        #expect(g.quotes.first { $0.document == "d2" && $0.cue == "said" }?.speaker == "per_bill_clinton")
        #expect(g.roles.first { $0.title == "President" }?.person == "per_bill_clinton")
    }

    @Test func splitByAliasMakesANewEntityAndTakesTheFactsOfThoseMentions() throws {
        let g = try F.apply("split\tper_bill_clinton\talias\tClinton\tChelsea Clinton")
        let chelsea = try #require(g.entities.first { $0.name == "Chelsea Clinton" })
        #expect(chelsea.id == "per_chelsea_clinton")
        #expect(chelsea.type == .person)
        #expect(chelsea.mentions.map(\.text) == ["Clinton", "Clinton"])
        let bill = try #require(entity(g, "per_bill_clinton"))
        #expect(bill.mentions.map(\.text) == ["Bill Clinton", "Mr. Clinton"])
        #expect(!bill.aliases.contains("Clinton"))
        // The d2 statement's speaker was written "Clinton": it follows the mention.
        #expect(g.quotes.first { $0.document == "d2" && $0.cue == "said" }?.speaker == "per_chelsea_clinton")
        // Without a name the alias names the new entity.
        let bare = try F.apply("split\tper_bill_clinton\talias\tMr. Clinton")
        #expect(bare.entities.contains { $0.name == "Mr. Clinton" && $0.mentions.count == 1 })
    }

    @Test func splitIntoANewNameCanBeMergedByThatName() throws {
        let g = try F.apply("split\tper_bill_clinton\tdocuments\td2\tHillary C.", "merge\tHillary C.\tHillary Clinton")
        let h = try #require(entity(g, "per_hillary_clinton"))
        #expect(h.mentions.contains { $0.document == "d2" && $0.text == "Clinton" })
        #expect(!g.entities.contains { $0.name == "Hillary C." })
    }

    @Test func renameKeepsTheOldNameAsAliasAndTheId() throws {
        let g = try F.apply("rename\tTrump Taj Mahal\tTrump Taj Mahal casino")
        let e = try #require(entity(g, "per_trump_taj_mahal"))
        #expect(e.name == "Trump Taj Mahal casino")
        #expect(e.aliases.contains("Trump Taj Mahal"))
    }

    @Test func retypeChangesTheType() throws {
        let g = try F.apply("retype\tTrump Taj Mahal\torganization")
        #expect(entity(g, "per_trump_taj_mahal")?.type == .organization)
    }

    @Test func dropRemovesTheEntityAndWhatNeedsIt() throws {
        let g = try F.apply("drop\tTrump Taj Mahal")
        #expect(entity(g, "per_trump_taj_mahal") == nil)
        // Its statement goes; a statement about it only loses the about entry.
        #expect(!g.quotes.contains { $0.text == "open all night" })
        let about = try #require(g.quotes.first { $0.text == "we will win" })
        #expect(about.about.isEmpty)
        // The action against it goes; the role of it keeps its title.
        #expect(!g.actions.contains { $0.verb == "sue" })
        #expect(g.roles.first { $0.title == "owner" }?.of == nil)
        #expect(g.roles.count == 2)
        // A dropped about-entity loses its stance too.
        let dropped = try F.apply("drop\tAcme Corp")
        let q = try #require(dropped.quotes.first { $0.cue == "said" })
        #expect(q.about == ["per_hillary_clinton"])
        #expect(q.stances == [StanceMark(about: "per_hillary_clinton", stance: .supportive)])
    }

    @Test func commentsAndBlankLinesAreSkipped() throws {
        let g = try F.apply("", "# a comment", "retype\tAcme Corp\tagency")
        #expect(entity(g, "org_acme")?.type == .agency)
    }

    @Test func theResultDoesNotDependOnTheOrderOfLines() throws {
        let lines = ["merge\tHillary Rodham Clinton\tHillary Clinton", "split\tper_bill_clinton\talias\tMr. Clinton\tRoger Clinton",
                     "rename\tper_hillary_clinton\tHillary R. Clinton", "retype\tAcme Corp\tagency", "drop\tTrump Taj Mahal"]
        func strip(_ g: KnowledgeGraph) throws -> Data {
            var g = g
            g.entities = g.entities.map { e in
                var e = e
                e.mentions = e.mentions.map { var m = $0; m.merge = m.merge.map { _ in "curation" }; return m }
                return e
            }
            return try GraphJSON.encode(g)
        }
        let reference = try strip(Curation.parse(F.file(lines[0], lines[1], lines[2], lines[3], lines[4]), file: "a").apply(to: F.graph))
        let reversed = try strip(Curation.parse(F.file(lines[4], lines[3], lines[2], lines[1], lines[0]), file: "a").apply(to: F.graph))
        let shuffled = try strip(Curation.parse(F.file(lines[2], lines[0], lines[4], lines[1], lines[3]), file: "a").apply(to: F.graph))
        #expect(reference == reversed)
        #expect(reference == shuffled)
        // And it changed something.
        #expect(reference != (try strip(F.graph)))
    }

    // MARK: - Bad files: one error naming the file and the line

    @Test func wrongHeaderOrVersion() {
        #expect(F.problem("merge\ta\tb\n")?.description == "fix.cur:1: not a curation file: the first line must be `# newsgraph-curation v1`")
        #expect(F.problem("# newsgraph-curation v2\n")?.description == "fix.cur:1: curation format version 2; this tool reads version 1")
        #expect(F.problem("")?.line == 1)
    }

    @Test func unknownOperation() {
        let e = F.problem(F.file("# fine", "combine\tHillary Clinton\tBill Clinton"))
        #expect(e?.description == "fix.cur:3: unknown operation 'combine'; use merge, split, rename, retype or drop")
    }

    @Test func badType() {
        let e = F.problem(F.file("retype\tAcme Corp\tcompany"))
        #expect(e?.description == "fix.cur:2: retype: unknown type 'company'; use person, government, agency, organization or location")
    }

    @Test func missingOrExtraArgument() {
        #expect(F.problem(F.file("merge\tHillary Clinton"))?.description
            == "fix.cur:2: merge: missing argument; write `merge ENTITY ENTITY …` (at least two)")
        #expect(F.problem(F.file("rename\tAcme Corp"))?.description == "fix.cur:2: rename: missing argument; write `rename ENTITY NAME`")
        #expect(F.problem(F.file("drop\tAcme Corp\tOhio"))?.description == "fix.cur:2: drop: too many arguments; write `drop ENTITY`")
        #expect(F.problem(F.file("split\tAcme Corp\tby\tx"))?.description == "fix.cur:2: split: unknown way 'by'; use `documents` or `alias`")
    }

    @Test func unknownEntity() {
        let e = F.problem(F.file("drop\tAcme Corp", "rename\tGlobex\tGlobex Inc"))
        #expect(e?.line == 3)
        #expect(e?.description.hasPrefix("fix.cur:3: no entity 'Globex' in the graph") == true)
    }

    @Test func ambiguousName() {
        let e = F.problem(F.file("drop\tClinton"))
        #expect(e?.line == 2)
        #expect(e?.message.hasPrefix("'Clinton' is ambiguous: ") == true)
        #expect(e?.message.contains("per_bill_clinton") == true)
    }

    @Test func splitOfMentionsThatAreNotThere() {
        #expect(F.problem(F.file("split\tAcme Corp\tdocuments\td2\tAcme East"))?.description
            == "fix.cur:2: split: 'Acme Corp' has no mentions in document 'd2'")
        #expect(F.problem(F.file("split\tAcme Corp\talias\tAcme\tAcme East"))?.description
            == "fix.cur:2: split: 'Acme Corp' has no mention written 'Acme'")
    }

    @Test func conflictingLines() {
        #expect(F.problem(F.file("rename\tAcme Corp\tAcme", "rename\torg_acme\tAcme Inc"))?.description
            == "fix.cur:3: rename: line 2 renames the same entity to 'Acme'")
        #expect(F.problem(F.file("merge\tAcme Corp\tTrump Taj Mahal", "drop\tAcme Corp"))?.line == 3)
        #expect(F.problem(F.file("split\tper_bill_clinton\tdocuments\td3\tX", "split\tper_bill_clinton\talias\tMr. Clinton"))?.line == 3)
    }

    @Test func columnsSplitOnTabsOrTwoSpaces() {
        #expect(Curation.columns("merge\tHillary Clinton  Bill Clinton") == ["merge", "Hillary Clinton", "Bill Clinton"])
        #expect(Curation.columns("rename  per_x\t New Name ") == ["rename", "per_x", "New Name"])
    }
}
