import Foundation
import Testing
import NewsGraphModel
@testable import NewsGraphCLI

/// A small hand-made graph: two speakers, statements about each other, one unnamed source.
private func sampleGraph() -> KnowledgeGraph {
    let doc = "d1"
    let lopez = Entity(id: "maria_lopez", name: "María López", type: .person, aliases: ["López", "Mayor López"],
                       mentions: [Mention(document: doc, start: 0, end: 11)])
    let ruiz = Entity(id: "carlos_ruiz", name: "Carlos Ruiz", type: .person, aliases: ["Ruiz"],
                      mentions: [Mention(document: doc, start: 60, end: 71)])
    let ruiz2 = Entity(id: "ana_ruiz", name: "Ana Ruiz", type: .person, aliases: ["Ruiz"],
                       mentions: [Mention(document: doc, start: 90, end: 98)])
    return KnowledgeGraph(
        documents: [DocumentInfo(id: doc, title: "Port talks", path: nil, length: 300, words: 50)],
        entities: [lopez, ruiz, ruiz2],
        quotes: [
            Quote(speaker: "maria_lopez", text: "The port stays open for Carlos Ruiz and everyone else", about: ["carlos_ruiz"],
                  direct: true, cue: "said", document: doc, start: 13, end: 58, evidence: "“The port stays open …,” López said."),
            Quote(speaker: "carlos_ruiz", text: "the mayor had misled the council", about: ["maria_lopez"],
                  direct: false, cue: "said", document: doc, start: 120, end: 152, evidence: "Ruiz said the mayor had misled the council."),
            Quote(speaker: nil, speakerText: "a senior official", text: "the deal is dead", about: [],
                  direct: false, cue: "said", document: doc, start: 200, end: 216, evidence: "A senior official said the deal is dead."),
        ])
}

private func said(_ arguments: [String], width: Int = 80) throws -> String {
    let command = try Said.parse(arguments + ["unused.json"])
    return command.render(try command.select(from: sampleGraph()), width: width)
}

@Suite struct SaidTests {
    @Test func byNameIsAccentAndCaseInsensitive() throws {
        let out = try said(["--by", "lopez", "--format", "json"])
        #expect(out.contains("The port stays open"))
        #expect(!out.contains("misled"))
    }

    @Test func aboutFiltersOnTheAboutEntities() throws {
        let out = try said(["--about", "María López", "--format", "csv"])
        #expect(out.contains("the mayor had misled the council"))
        #expect(!out.contains("port stays open"))
        // CSV carries the sentence the statement came from.
        #expect(out.contains("Ruiz said the mayor had misled the council."))
    }

    @Test func directAndIndirectFilters() throws {
        #expect(try said(["--direct", "--format", "csv"]).components(separatedBy: "\n").count == 3)
        let indirect = try said(["--indirect", "--format", "csv"])
        #expect(indirect.contains("the deal is dead") && !indirect.contains("port stays open"))
        #expect(throws: (any Error).self) { try Said.parse(["--direct", "--indirect", "g.json"]).validate() }
    }

    @Test func ambiguousNameListsTheCandidates() throws {
        do {
            _ = try said(["--by", "ruiz"])
            Issue.record("expected an ambiguity error")
        } catch let e as CLIError {
            #expect(e.message.contains("ambiguous"))
            #expect(e.message.contains("Carlos Ruiz") && e.message.contains("Ana Ruiz"))
        }
    }

    @Test func unknownNameSuggestsTheClosest() throws {
        do {
            _ = try said(["--about", "Lopes"])
            Issue.record("expected an unknown-name error")
        } catch let e as CLIError {
            #expect(e.message.contains("did you mean"))
            #expect(e.message.contains("López"))
        }
    }

    @Test func tableGroupsBySpeakerFitsTheWidthAndShowsTheSource() throws {
        let out = try said([], width: 70)
        let lines = out.split(separator: "\n").map(String.init)
        #expect(lines.allSatisfy { $0.count <= 70 }, "\(out)")
        #expect(out.contains("d1 [13-58]"))
        #expect(out.contains("a senior official (unnamed)"))
        #expect(out.contains("…"), "cut cells end in an ellipsis")
        #expect(try said([], width: 200).contains("about Carlos Ruiz"))
    }

    @Test func unknownDocumentIsAnError() {
        #expect(throws: CLIError.self) { try said(["--document", "nope"]) }
    }

    @Test func seedsListSheinbaumOnTrumpWithTheirSentences() throws {
        let dir = temporaryDirectory()
        #expect(runCommand(["build", seedsDirectory.path, "--output", dir.path, "--no-diagram"]) == nil)
        let graphPath = dir.appendingPathComponent("graph.json").path
        let command = try Said.parse(["--by", "Sheinbaum", "--about", "Trump", "--format", "json", graphPath])
        let graph = try GraphFile.load(graphPath)
        let rows = try command.select(from: graph)
        #expect(!rows.isEmpty)
        for r in rows {
            #expect(r.speaker == "Claudia Sheinbaum")
            #expect(r.about.contains("Donald Trump"))
            // Each row leads back to its sentence: the evidence contains the statement.
            let evidence = try #require(r.evidence)
            #expect(evidence.contains(String(r.text.prefix(20))))
        }
    }
}
