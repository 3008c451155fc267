import Foundation
import Testing
import NewsGraphModel
@testable import NewsGraphCLI

/// Two statements about the same person, one critical and one supportive, and a graph.json round trip.
private func stanceGraph() -> KnowledgeGraph {
    let doc = "d1"
    let kim = Entity(id: "paul_kim", name: "Paul Kim", type: .person, aliases: ["Kim"], mentions: [Mention(document: doc, start: 0, end: 8)])
    let lee = Entity(id: "ann_lee", name: "Ann Lee", type: .person, aliases: ["Lee"], mentions: [Mention(document: doc, start: 40, end: 47)])
    let gomez = Entity(id: "rita_gomez", name: "Rita Gomez", type: .person, aliases: ["Gomez"], mentions: [Mention(document: doc, start: 90, end: 100)])
    var critical = Quote(speaker: "paul_kim", text: "Ann Lee is a corrupt liar", about: ["ann_lee"], direct: false, cue: "said",
                         document: doc, start: 14, end: 39)
    critical.stances = [StanceMark(about: "ann_lee", stance: .critical)]
    critical.rule = "reported:forward"
    var supportive = Quote(speaker: "rita_gomez", text: "Ann Lee is an honest leader", about: ["ann_lee"], direct: false, cue: "said",
                           document: doc, start: 110, end: 137)
    supportive.stances = [StanceMark(about: "ann_lee", stance: .supportive)]
    return KnowledgeGraph(documents: [DocumentInfo(id: doc, title: "t", path: nil, length: 200, words: 30)],
                          entities: [kim, lee, gomez], quotes: [critical, supportive])
}

@Suite struct SaidStanceTests {
    @Test func stanceFilterKeepsOnlyCriticalStatements() throws {
        let command = try Said.parse(["--stance", "critical", "--format", "json", "unused.json"])
        let rows = try command.select(from: stanceGraph())
        #expect(rows.map(\.speaker) == ["Paul Kim"])
        #expect(rows.first?.stances == ["critical"])
    }

    @Test func stanceFilterTowardTheAboutEntity() throws {
        let command = try Said.parse(["--stance", "supportive", "--about", "Lee", "unused.json"])
        let rows = try command.select(from: stanceGraph())
        #expect(rows.map(\.speaker) == ["Rita Gomez"])
    }

    @Test func unknownStanceIsRejected() {
        #expect(throws: (any Error).self) { try Said.parse(["--stance", "angry", "unused.json"]) }
    }

    @Test func explainShowsTheRule() throws {
        let command = try Said.parse(["--explain", "--by", "Kim", "unused.json"])
        let out = command.render(try command.select(from: stanceGraph()), width: 200)
        #expect(out.contains("reported:forward"))
        #expect(out.contains("Ann Lee (critical)"))
    }

    @Test func stancesAndRulesSurviveGraphJSON() throws {
        let data = try JSONEncoder().encode(stanceGraph())
        let back = try JSONDecoder().decode(KnowledgeGraph.self, from: data)
        #expect(back.quotes.first?.stance(toward: "ann_lee") == .critical)
        #expect(back.quotes.first?.rule == "reported:forward")
    }
}
