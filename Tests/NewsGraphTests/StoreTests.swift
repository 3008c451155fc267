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

    /// Two people named Holloway, as many mentions each, but the bare "Holloway" is nearly always the governor:
    /// `--by Holloway` means her, on the graph and from the store, and the note names the other.
    static let hollowayArticles = [
        SourceText(id: "h1", text: """
            Governor Ann Holloway said on Monday that taxes would fall. Holloway said the budget was balanced.
            Holloway added that the schools would open in May. Holloway said the roads would come first.
            """, path: "h1.txt"),
        SourceText(id: "h2", text: """
            Senator Mark Holloway said the committee would vote soon. Mark Holloway told reporters that the bill was fair.
            "We have the votes," Mark Holloway said. Mark Holloway said the hearing would resume in June.
            """, path: "h2.txt"),
    ]

    @Test func aSurnameMeansWhomTheCorpusCallsByItInBothModes() throws {
        let graph = CorpusBuilder().build(Self.hollowayArticles).graph
        let ann = try #require(graph.entities.first { $0.name == "Ann Holloway" })
        let mark = try #require(graph.entities.first { $0.name == "Mark Holloway" })
        #expect(ann.mentions.count < 3 * mark.mentions.count, "comparable: the mention counts alone decide nothing")
        var notes: [String] = []
        let resolve: EntityResolving = { name, graph, option in
            try EntityResolution.resolve(name, in: graph, option: option) { notes.append($0) }
        }
        let onGraph = try StatementQuery(by: "Holloway").run(on: graph, resolve: resolve)
        #expect(!onGraph.isEmpty && onGraph.allSatisfy { $0.speaker == "Ann Holloway" })
        let engine = NewsGraphEngine(store: try SQLiteStore(path: temporaryStore()))
        try engine.add(Self.hollowayArticles)
        #expect(try engine.statements(StatementQuery(by: "Holloway"), resolve: resolve) == onGraph)
        #expect(notes.count == 2 && notes[0] == notes[1])
        #expect(notes.first?.hasPrefix("--by Holloway → Ann Holloway (\(ann.mentions.count) mentions, 3 as “Holloway”); also Mark Holloway (\(mark.mentions.count), 0 as “Holloway”)") == true,
                "\(notes)")
    }

    /// A store written before the one-word name column (schema v1) is upgraded: the column is filled from the
    /// entity records, so the surname lookup works without re-adding anything.
    @Test func aVersionOneStoreIsUpgradedWithTheOneWordNames() throws {
        let path = temporaryStore()
        let graph = CorpusBuilder().build(Self.hollowayArticles).graph
        let db = try DatabaseQueue(path: path)
        try db.write { db in
            try db.execute(sql: "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v1')")
            try db.execute(sql: "CREATE TABLE article (id TEXT PRIMARY KEY, hash TEXT NOT NULL, result BLOB NOT NULL)")
            try db.execute(sql: "CREATE TABLE document (id TEXT PRIMARY KEY, day TEXT, source TEXT, record BLOB NOT NULL)")
            try db.execute(sql: "CREATE TABLE entity (id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, mentionCount INTEGER NOT NULL, aliases TEXT NOT NULL, record BLOB NOT NULL)")
            for t in ["quote", "action", "role"] {
                try db.execute(sql: "CREATE TABLE \(t) (rowid INTEGER PRIMARY KEY AUTOINCREMENT, document TEXT NOT NULL, speaker TEXT, actor TEXT, target TEXT, person TEXT, record BLOB NOT NULL)")
            }
            for e in graph.entities {
                try db.execute(sql: "INSERT INTO entity (id, name, type, mentionCount, aliases, record) VALUES (?, ?, ?, ?, ?, ?)",
                               arguments: [e.id, e.name, e.type.rawValue, e.mentions.count, SQLiteStore.aliasList(e.aliases), try JSONEncoder().encode(e)])
            }
        }
        let upgraded = try SQLiteStore(path: path).graph([])
        let ann = try #require(upgraded.entities.first { $0.name == "Ann Holloway" })
        #expect(ann.oneWordNames == graph.entities.first { $0.name == "Ann Holloway" }!.oneWordNames)
        #expect(NameResolver(graph: upgraded).lookup("Holloway").resolution == .found(ann))
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
