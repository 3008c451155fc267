import Foundation
import Testing
import NewsGraph
import NewsGraphModel
import NewsGraphPostgres
import NewsGraphStore

/// The server `.ci/run` starts. Unset (a developer's `swift test`): these tests are skipped with a note.
/// Set but unreachable: they fail.
let postgresURL = ProcessInfo.processInfo.environment["NEWSGRAPH_TEST_POSTGRES_URL"]

func freshPostgresStore() throws -> PostgresStore? {
    guard let postgresURL else {
        print("note: NEWSGRAPH_TEST_POSTGRES_URL is not set; PostgreSQL store tests skipped (.ci/run sets it)")
        return nil
    }
    let old = try PostgresStore(url: postgresURL)
    try old.removeEverything()
    return try PostgresStore(url: postgresURL)
}

@Suite(.serialized) struct PostgresStoreTests {
    @Test func incrementalEqualsBatchOnPostgres() throws {
        guard let store = try freshPostgresStore() else { return }
        let a = SyntheticCorpus.articles(0..<20), b = SyntheticCorpus.articles(20..<30)
        let engine = NewsGraphEngine(store: store)
        try engine.add(b)
        try engine.add(a)
        #expect(try engine.add(a).unchanged.count == 20)
        #expect(try GraphJSON.encode(engine.graph()) == (try batch(a + b)))
        let said = StatementQuery(by: "Maria Fernandez")
        let rows = try engine.statements(said)
        #expect(!rows.isEmpty)
        #expect(rows == (try said.run(on: engine.graph())))
    }

    /// `--by Holloway` from PostgreSQL means whom the corpus calls by the bare surname, as on the graph.
    @Test func aSurnameMeansWhomTheCorpusCallsByItOnPostgres() throws {
        guard let store = try freshPostgresStore() else { return }
        let engine = NewsGraphEngine(store: store)
        try engine.add(StoreTests.hollowayArticles)
        let rows = try engine.statements(StatementQuery(by: "Holloway"))
        #expect(!rows.isEmpty && rows.allSatisfy { $0.speaker == "Ann Holloway" })
        let fromStore = try store.graph([])
        #expect(fromStore.entities.map(\.oneWordNames) == (try engine.graph()).entities.map(\.oneWordNames))
    }

    @Test func fourConcurrentAddsEqualTheBatchBuild() throws {
        guard let store = try freshPostgresStore(), let postgresURL else { return }
        let exe = try newsgraphExecutable()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-pg-\(UUID().uuidString.prefix(8))")
        var quarters: [URL] = []
        for q in 0..<4 {
            let d = dir.appendingPathComponent("q\(q)")
            try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
            for s in SyntheticCorpus.articles((q * 12)..<(q * 12 + 12)) {
                try Data(s.text.utf8).write(to: d.appendingPathComponent("\(s.id).txt"))
            }
            quarters.append(d)
        }
        let processes = try quarters.map { q -> Process in
            let p = Process()
            p.executableURL = exe
            p.arguments = ["add", "--store", postgresURL, q.path]
            p.standardOutput = FileHandle.nullDevice
            try p.run()
            return p
        }
        for p in processes { p.waitUntilExit() }
        #expect(processes.allSatisfy { $0.terminationStatus == 0 })
        let batchDir = dir.appendingPathComponent("batch")
        let build = Process()
        build.executableURL = exe
        build.arguments = ["build", "--no-diagram", "--output", batchDir.path] + quarters.map(\.path)
        build.standardOutput = FileHandle.nullDevice
        try build.run()
        build.waitUntilExit()
        let expected = try Data(contentsOf: batchDir.appendingPathComponent("graph.json"))
        #expect(try GraphJSON.encode(store.graph()) == expected)
        #expect(try store.results().count == 48)
    }

    /// Names resolve from the server's name index as against the whole graph (or fail alike).
    @Test func nameResolutionFromTheIndexEqualsTheGraph() throws {
        guard let store = try freshPostgresStore() else { return }
        let engine = NewsGraphEngine(store: store)
        try engine.add(SyntheticCorpus.articles(0..<18))
        let graph = try engine.graph()
        var names: Set<String> = ["Fernandez", "the Global Trade Council", "Marai Fernandez", "nobody", ""]
        for e in graph.entities {
            names.insert(e.name)
            names.formUnion(e.aliases)
        }
        try expectStoreAnswersLikeTheGraph(engine, graph, names: names)
    }

    /// A v1 database (JSON analyses, no name index) is upgraded on connecting, and keeps its graph and answers.
    @Test func aVersionOneDatabaseIsUpgraded() throws {
        guard let store = try freshPostgresStore(), let postgresURL else { return }
        let articles = SyntheticCorpus.articles(0..<10)
        try NewsGraphEngine(store: store).add(articles)
        let expected = try GraphJSON.encode(store.graph())
        try store.downgradeToVersionOneForTesting()
        let upgraded = try PostgresStore(url: postgresURL)
        let engine = NewsGraphEngine(store: upgraded)
        #expect(try GraphJSON.encode(engine.graph()) == expected)
        let said = StatementQuery(by: "Fernandez")
        #expect(try engine.statements(said) == (try said.run(on: engine.graph())))
        let more = SyntheticCorpus.articles(10..<13)
        try engine.add(more)
        #expect(try GraphJSON.encode(engine.graph()) == (try batch(articles + more)))
        #expect(try upgraded.results().count == 13)
    }

    @Test func newerSchemaIsRefused() throws {
        guard let store = try freshPostgresStore(), let postgresURL else { return }
        _ = store
        let engine = NewsGraphEngine(store: store)
        try engine.add(SyntheticCorpus.articles(0..<2))
        try store.bumpSchemaForTesting(to: 99)
        #expect(throws: StoreError.self) { try PostgresStore(url: postgresURL) }
        try store.removeEverything()
    }
}
