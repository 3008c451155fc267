import Foundation
import Testing
@testable import NewsGraphCLI
import NewsGraphModel

/// Three dated articles from two outlets, written for these tests.
func datedCorpus() -> URL {
    let dir = temporaryDirectory("dated")
    write("""
        Maria Fernandez said Canada had broken its promises. "We will not accept this," Maria Fernandez told reporters.
        """, to: dir.appendingPathComponent("wire_2016-03-01_first.txt"))
    write("""
        Maria Fernandez said the talks with Canada would continue. Maria Fernandez criticized Canada over trade.
        """, to: dir.appendingPathComponent("wire_2016-03-09_second.txt"))
    write("""
        ---
        date: 2016-04-20
        source: herald
        ---
        Maria Fernandez said Canada was a good partner.
        """, to: dir.appendingPathComponent("third.md"))
    return dir
}

@Suite(.serialized) struct StoreCommandTests {
    func statements(_ args: [String]) throws -> [Said.Row] {
        let command = try Said.parse(args)
        return try command.select(from: GraphFile.load(command.graph))
    }

    @Test func sinceUntilAndSourceFilterEveryQuery() throws {
        let out = temporaryDirectory()
        #expect(runCommand(["build", datedCorpus().path, "--output", out.path, "--no-diagram"]) == nil)
        let graph = out.appendingPathComponent("graph.json").path
        let all = try statements([graph, "--by", "Maria Fernandez"])
        #expect(Set(all.map(\.document)) == ["wire_2016-03-01_first", "wire_2016-03-09_second", "third"])
        #expect(Set(try statements([graph, "--by", "Maria Fernandez", "--since", "2016-03-05"]).map(\.document))
                == ["wire_2016-03-09_second", "third"])
        #expect(Set(try statements([graph, "--by", "Maria Fernandez", "--until", "2016-03-09"]).map(\.document))
                == ["wire_2016-03-01_first", "wire_2016-03-09_second"])
        #expect(Set(try statements([graph, "--by", "Maria Fernandez", "--source", "HERALD"]).map(\.document)) == ["third"])
        let actions = try Actions.parse([graph, "--source", "wire", "--since", "2016-03-02"])
        let rows = try actions.rows(in: GraphFile.load(graph))
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0.document == "wire_2016-03-09_second" })
        let entities = try Entities.parse([graph, "--source", "herald", "--format", "json"])
        #expect(throws: Never.self) { try entities.run() }
        #expect(throws: (any Error).self) { try Said.parse([graph, "--since", "March"]).from.filter() }
        let doc = try GraphJSON.decode(Data(contentsOf: URL(fileURLWithPath: graph)))
        #expect(doc.version == 2)
        #expect(doc.documents.first { $0.id == "third" }?.source == "herald")
        #expect(doc.documents.first { $0.id == "wire_2016-03-01_first" }?.date == "2016-03-01")
    }

    @Test func timelineCountsPerPeriod() throws {
        let out = temporaryDirectory()
        #expect(runCommand(["build", datedCorpus().path, "--output", out.path, "--no-diagram"]) == nil)
        let graph = out.appendingPathComponent("graph.json").path
        let weeks = try Timeline.parse([graph, "--by", "Maria Fernandez", "--per", "week"]).rows()
        // 2016-03-01 is a Tuesday (week of Monday 29 February), 2016-03-09 a Wednesday (week of 7 March).
        #expect(weeks.map(\.period) == ["2016-02-29", "2016-03-07", "2016-04-18"])
        #expect(weeks.allSatisfy { $0.statements > 0 })
        let months = try Timeline.parse([graph, "--by", "Maria Fernandez", "--about", "Canada", "--per", "month"]).rows()
        #expect(months.map(\.period) == ["2016-03-01", "2016-04-01"])
        #expect(months[0].actions >= 1)
        #expect(throws: (any Error).self) { try Timeline.parse([graph, "--by", "x", "--per", "year"]).validate() }
    }

    @Test func addThenQueryTheStore() throws {
        let dir = temporaryDirectory()
        let store = dir.appendingPathComponent("news.sqlite").path
        let exported = dir.appendingPathComponent("store.json").path
        #expect(runCommand(["add", "--store", store, datedCorpus().path, "--output", exported]) == nil)
        #expect(runCommand(["build", datedCorpus().path, "--output", dir.path, "--no-diagram"]) == nil)
        // Same texts in a different temporary folder: compare everything but the paths.
        var fromStore = try GraphJSON.decode(Data(contentsOf: URL(fileURLWithPath: exported)))
        var built = try GraphJSON.decode(Data(contentsOf: dir.appendingPathComponent("graph.json")))
        for i in fromStore.documents.indices { fromStore.documents[i].path = nil }
        for i in built.documents.indices { built.documents[i].path = nil }
        #expect(fromStore == built)
        let said = try Said.parse(["--store", store, "--by", "Maria Fernandez", "--source", "wire"])
        let rows = try #require(try said.from.engine(graph: nil)).statements(said.query())
        #expect(Set(rows.map(\.document)) == ["wire_2016-03-01_first", "wire_2016-03-09_second"])
        #expect(runCommand(["said", "--store", dir.appendingPathComponent("missing.sqlite").path])?.contains("no such store") == true)
        #expect(runCommand(["said", "g.json", "--store", store])?.contains("not both") == true)
    }

    /// `render`, `report` and `export` read a store as well as a graph.json, and draw only the articles
    /// `--since`, `--until` and `--source` admit.
    @Test func renderReportAndExportTakeTheStoreAndTheDateFilters() throws {
        let dir = temporaryDirectory()
        let store = dir.appendingPathComponent("news.sqlite").path
        #expect(runCommand(["add", "--store", store, datedCorpus().path]) == nil)
        #expect(runCommand(["build", datedCorpus().path, "--output", dir.path, "--no-diagram"]) == nil)
        let graph = dir.appendingPathComponent("graph.json").path

        func exported(_ args: [String]) throws -> KnowledgeGraph {
            let out = dir.appendingPathComponent("export-\(args.joined().count).json")
            #expect(runCommand(["export"] + args + ["--format", "json", "--output", out.path]) == nil)
            return try GraphJSON.decode(Data(contentsOf: out))
        }
        let all = try exported(["--store", store])
        #expect(all.documents.count == 3)
        let march = try exported(["--store", store, "--until", "2016-03-31"])
        #expect(march.documents.map(\.id) == ["wire_2016-03-01_first", "wire_2016-03-09_second"])
        #expect(!march.quotes.isEmpty)
        #expect(march.quotes.allSatisfy { $0.document.hasPrefix("wire_") })
        #expect(march.entities.allSatisfy { e in e.mentions.allSatisfy { $0.document.hasPrefix("wire_") } })
        let herald = try exported([graph, "--source", "herald"])
        #expect(herald.documents.map(\.id) == ["third"])
        #expect(herald.quotes.map(\.document) == ["third"])
        #expect(herald.entities.map(\.name).contains("Maria Fernandez"))

        let svg = dir.appendingPathComponent("from-store.svg")
        #expect(runCommand(["render", "--store", store, "--since", "2016-04-01", "--output", svg.path]) == nil)
        let drawn = try String(contentsOf: svg, encoding: .utf8)
        #expect(drawn.contains("Maria Fernandez"))
        let report = dir.appendingPathComponent("report.html")
        #expect(runCommand(["report", "--store", store, "--source", "wire", "--output", report.path]) == nil)
        let html = try String(contentsOf: report, encoding: .utf8)
        #expect(html.contains("wire_2016-03-09_second"))
        #expect(!html.contains("Canada was a good partner"))
        #expect(runCommand(["render", graph, "--since", "2017-01-01"])?.contains("nothing to draw") == true)
    }
}
