import Foundation
import GRDB
import Testing
import NewsGraph
import NewsGraphExtraction
import NewsGraphModel
import NewsGraphStore

func temporaryStore(_ name: String = #function) -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-store-\(UUID().uuidString.prefix(8))")
    try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir.appendingPathComponent("\(name.filter { $0.isLetter }).sqlite").path
}

/// The exported bytes of a batch build.
func batch(_ sources: [SourceText]) throws -> Data {
    try GraphJSON.encode(CorpusBuilder().build(sources).graph)
}

/// The exported bytes of a store grown batch by batch.
func incremental(_ batches: [[SourceText]]) throws -> Data {
    let engine = NewsGraphEngine(store: try SQLiteStore(path: temporaryStore()))
    for b in batches { try engine.add(b) }
    return try GraphJSON.encode(engine.graph())
}

@Suite(.serialized) struct StoreTests {
    @Test func mergeIsOrderIndependent() throws {
        let results = CorpusBuilder().results(SyntheticCorpus.articles(0..<24)).map(\.result)
        let merger = CrossDocumentMerger(lexicons: .shipped)
        let reference = try GraphJSON.encode(merger.merge(results))
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<3 {
            #expect(try GraphJSON.encode(merger.merge(results.shuffled(using: &rng))) == reference)
        }
        #expect(try GraphJSON.encode(merger.merge(results.reversed())) == reference)
    }

    @Test func incrementalEqualsBatchInAnyOrderAndSplit() throws {
        let a = SyntheticCorpus.articles(0..<30), b = SyntheticCorpus.articles(30..<43)
        let expected = try batch(a + b)
        #expect(!expected.isEmpty)
        #expect(try incremental([a, b]) == expected)
        #expect(try incremental([b, a]) == expected)
        let all = a + b
        #expect(try incremental([Array(all[20...]), Array(all[..<7]), Array(all[7..<20])]) == expected)
    }

    @Test func largeCorpusThenThirteenMoreEqualsBatch() throws {
        let large = SyntheticCorpus.large(), more = SyntheticCorpus.articles(0..<13)
        let store = temporaryStore()
        let engine = NewsGraphEngine(store: try SQLiteStore(path: store))
        try engine.add(large)
        let report = try engine.add(more)
        #expect(report.added.count == 13)
        let stored = try GraphJSON.encode(engine.graph())
        #expect(stored == (try batch(large + more)))
        // A fresh engine on the same file sees the same graph.
        #expect(try GraphJSON.encode(NewsGraphEngine(store: try SQLiteStore(path: store)).graph()) == stored)
    }

    @Test func reAddingChangesNothingAndAChangedArticleReplacesItsAnalysis() throws {
        let store = try SQLiteStore(path: temporaryStore())
        let engine = NewsGraphEngine(store: store)
        let articles = SyntheticCorpus.articles(0..<6)
        #expect(try engine.add(articles).added.count == 6)
        let before = try GraphJSON.encode(engine.graph())
        let again = try engine.add(articles)
        #expect(again.unchanged.count == 6 && again.added.isEmpty && again.replaced.isEmpty)
        #expect(try GraphJSON.encode(engine.graph()) == before)

        var changed = articles
        changed[2] = SourceText(id: articles[2].id, text: "Kofi Mensah said the summit in Ghana was a success.",
                                path: articles[2].path, metadata: articles[2].metadata)
        let report = try engine.add(changed)
        #expect(report.replaced == [articles[2].id])
        #expect(try GraphJSON.encode(engine.graph()) == (try batch(changed)))
        #expect(try store.results().count == 6)
    }

    @Test func queriesFromTheStoreEqualQueriesOnTheGraph() throws {
        let engine = NewsGraphEngine(store: try SQLiteStore(path: temporaryStore()))
        try engine.add(SyntheticCorpus.articles(0..<12))
        let graph = try engine.graph()
        let filter = try DocumentFilter(since: "2016-03-01", until: "2016-09-30", source: "wire")
        let said = StatementQuery(by: "Maria Fernandez", documents: filter)
        let fromStore = try engine.statements(said)
        #expect(!fromStore.isEmpty)
        #expect(fromStore == (try said.run(on: graph)))
        #expect(fromStore.allSatisfy { row in
            let d = graph.documents.first { $0.id == row.document }!
            return d.source == "wire" && d.day! >= "2016-03-01" && d.day! <= "2016-09-30"
        })
        let acts = ActionQuery(actor: "Canada")
        #expect(try engine.actions(acts).map(\.start) == (try acts.run(on: graph)).map(\.start))
        let timeline = TimelineQuery(by: "Maria Fernandez", per: .month)
        #expect(try engine.timeline(timeline) == (try timeline.run(on: graph)))
    }

    /// A name is resolved once per query from the store (one note for the user, one resolver built), and a
    /// surname several people share resolves to the most mentioned of them, with the others named in the note.
    @Test func aStoreQueryResolvesEachNameOnceAndSaysWhichEntity() throws {
        let engine = NewsGraphEngine(store: try SQLiteStore(path: temporaryStore()))
        try engine.add(SyntheticCorpus.articles(0..<12))
        var calls: [String] = []
        var notes: [String] = []
        let rows = try engine.statements(StatementQuery(by: "Fernandez")) { name, graph, option in
            calls.append(option)
            return try EntityResolution.resolve(name, in: graph, option: option) { notes.append($0) }
        }
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0.speaker == "Maria Fernandez" })
        #expect(calls == ["--by"], "resolved to pick the speaker's rows, and not again by the query")
        #expect(notes == ["--by Fernandez → Maria Fernandez (\(try engine.graph().entities.first { $0.name == "Maria Fernandez" }!.mentions.count) mentions)"])
    }

    @Test func newerStoreIsRefusedWithAClearMessage() throws {
        let path = temporaryStore()
        _ = try SQLiteStore(path: path)
        let db = try DatabaseQueue(path: path)
        try db.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99')") }
        #expect(throws: StoreError.self) { try SQLiteStore(path: path) }
        do { _ = try SQLiteStore(path: path) } catch let e as StoreError {
            #expect(e.description.contains("written by a newer newsgraph (schema 'v99')"))
        }
    }

    @Test func aForeignSQLiteFileIsRefused() throws {
        let path = temporaryStore()
        let db = try DatabaseQueue(path: path)
        try db.write { try $0.execute(sql: "CREATE TABLE t (x)") }
        #expect(throws: StoreError.self) { try SQLiteStore(path: path) }
    }
}
