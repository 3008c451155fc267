import Foundation
import GRDB
import Testing
import NewsGraph
import NewsGraphExtraction
import NewsGraphModel
import NewsGraphStore

/// The packed per-article analyses and rows of store schema v2, the upgrade of a v1 store, and the name
/// resolution that reads only the entities a name can mean.
@Suite(.serialized) struct PackedStoreTests {
    /// A result with every field of every type set (and strings that Swift holds equal but whose bytes differ).
    static func everything() -> DocumentResult {
        let composed = "Juli\u{00C3}", decomposed = "JuliA\u{0303}"
        var entity = LocalEntityRecord(name: "Ana Ruiz", type: .person, aliases: ["Ruiz", composed, decomposed], gender: .female,
                                       key: "ana ruiz", mentions: [
                                           Mention(document: "d1", start: 0, end: 8, text: "Ana Ruiz", rule: "full name",
                                                   lexicon: "first_names:Ana", merge: "cross-document: same name"),
                                           Mention(document: "d1", start: 40, end: 44, text: decomposed),
                                       ], gazetteerMentions: 3)
        entity.candidates = ["ana ruiz", "jose ruiz"]
        entity.looseMentions = [1, 0, -7]
        var quote = Quote(speaker: "0", speakerText: "the minister", text: "We will \"not\" go.\n", about: ["1", "0"],
                          direct: true, cue: "said", document: "d1", start: 10, end: 30, evidence: "She said: …")
        quote.evidenceStart = 5
        quote.evidenceEnd = 31
        quote.stances = [StanceMark(about: "1", stance: .critical), StanceMark(about: "0", stance: .supportive)]
        quote.rule = "quote: colon"
        var action = Action(actor: "0", verb: "condemned", target: "1", category: "112", quadClass: 3, goldstein: -2.25,
                            negated: true, hypothetical: true, document: "d1", start: 50, end: 59, evidence: "x")
        action.evidenceStart = 45
        action.evidenceEnd = 70
        action.rule = "event: verb (cameo_verbs:condemn)"
        action.derived = true
        var role = Role(person: "0", title: "foreign minister", of: "1", document: "d1", start: 12, end: 28, evidence: "y")
        role.evidenceStart = 1
        role.evidenceEnd = 2
        role.rule = "corpus of: the same person and title"
        let document = DocumentInfo(id: "d1", title: "Title 🙂", path: "a/b.txt", length: 120, words: 20, date: "2016-03-01T12:00:00Z",
                                    source: "wire", url: "https://example.org/x", extra: ["b": "2", "a": "1", "": ""])
        return DocumentResult(document: document, entities: [entity, LocalEntityRecord(
            name: "Canada", type: .government, aliases: [], gender: .unknown, key: "canada", mentions: [], gazetteerMentions: 0)],
                              quotes: [quote, Quote(speaker: nil, text: "", direct: false, document: "d1", start: 0, end: 0)],
                              actions: [action, Action(actor: "1", verb: "met", document: "d1", start: 1, end: 2)],
                              roles: [role, Role(person: "1", title: "t", document: "d1")])
    }

    @Test func aPackedResultComesBackEqualToTheByte() throws {
        let r = Self.everything()
        let back = try PackedDocumentResult.unpack(PackedDocumentResult.pack(r))
        #expect(back == r)
        // Equal as Swift strings is not enough: the canonically equivalent aliases keep their own bytes.
        #expect(back.entities[0].aliases.map { Array($0.utf8) } == r.entities[0].aliases.map { Array($0.utf8) })
        #expect(back.entities[0].mentions[1].text.map { Array($0.utf8) } == Array("JuliA\u{0303}".utf8))
        let sorted = JSONEncoder()
        sorted.outputFormatting = [.sortedKeys]
        #expect(try sorted.encode(back) == (try sorted.encode(r)))
    }

    /// A stored property added to the model without being added to the packed form fails here (instead of
    /// being silently dropped by every store).
    @Test func thePackedFormCoversEveryStoredProperty() {
        let r = Self.everything()
        func count(_ v: Any) -> Int { Mirror(reflecting: v).children.count }
        #expect(count(r) == 5)
        #expect(count(r.document) == 9)
        #expect(count(r.entities[0]) == 9)
        #expect(count(r.entities[0].mentions[0]) == 7)
        #expect(count(r.quotes[0]) == 14)
        #expect(count(r.quotes[0].stances[0]) == 2)
        #expect(count(r.actions[0]) == 16)
        #expect(count(r.roles[0]) == 10)
        #expect(count(Entity(id: "x", name: "x", type: .person)) == 5)
    }

    @Test func packedRowsComeBackEqual() throws {
        let r = Self.everything()
        for q in r.quotes { #expect(try PackedRecord.quote(PackedRecord.pack(q)) == q) }
        for a in r.actions { #expect(try PackedRecord.action(PackedRecord.pack(a)) == a) }
        for x in r.roles { #expect(try PackedRecord.role(PackedRecord.pack(x)) == x) }
        #expect(try PackedRecord.document(PackedRecord.pack(r.document)) == r.document)
        let e = Entity(id: "per_ana_ruiz", name: "Ana Ruiz", type: .person, aliases: ["Ruiz"], mentions: r.entities[0].mentions)
        #expect(try PackedRecord.entity(PackedRecord.pack(e)) == e)
        // A row of one type is not read as another.
        #expect(throws: PackedDocumentResult.Malformed.self) { try PackedRecord.action(PackedRecord.pack(r.quotes[0])) }
    }

    @Test func realAnalysesRoundTrip() throws {
        let results = CorpusBuilder().results(SyntheticCorpus.articles(0..<12)).map(\.result)
        let back = try results.map { try PackedDocumentResult.unpack(PackedDocumentResult.pack($0)) }
        #expect(back == results)
        let merger = CrossDocumentMerger(lexicons: .shipped)
        #expect(try GraphJSON.encode(merger.merge(back)) == (try GraphJSON.encode(merger.merge(results))))
    }

    @Test func aDamagedRecordIsAnErrorNotACrash() throws {
        let packed = PackedDocumentResult.pack(Self.everything())
        for cut in [0, 3, 4, 5, 20, packed.count / 2, packed.count - 1] {
            #expect(throws: PackedDocumentResult.Malformed.self) { try PackedDocumentResult.unpack(packed.prefix(cut)) }
        }
        #expect(throws: PackedDocumentResult.Malformed.self) { try PackedDocumentResult.unpack(packed + Data([0])) }
        var newer = packed
        newer[3] = PackedDocumentResult.version + 1
        do { _ = try PackedDocumentResult.unpack(newer); Issue.record("a newer record was read") } catch let e as PackedDocumentResult.Malformed {
            #expect(e.description.contains("newer"))
        }
        // Random bytes after a valid header never crash the reader.
        var rng = SplitMix(seed: 9)
        for _ in 0..<300 {
            var bytes = Data(packed.prefix(4))
            bytes.append(contentsOf: (0..<Int(rng.next() % 64)).map { _ in UInt8(truncatingIfNeeded: rng.next()) })
            _ = try? PackedDocumentResult.unpack(bytes)
        }
    }

    @Test func compactRecordsDecodeLikeFoundationsJSON() throws {
        let engine = NewsGraphEngine()
        try engine.add(SyntheticCorpus.articles(0..<8))
        let g = try engine.graph()
        let foundation = JSONEncoder()
        foundation.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        #expect(try SQLiteStore.encodeAll(g.entities) == (try g.entities.map { try foundation.encode($0) }))
        #expect(try SQLiteStore.encodeAll(g.quotes) == (try g.quotes.map { try foundation.encode($0) }))
        #expect(try SQLiteStore.encodeAll(g.actions) == (try g.actions.map { try foundation.encode($0) }))
        #expect(try SQLiteStore.encodeAll(g.documents) == (try g.documents.map { try foundation.encode($0) }))
    }

    /// Every name a user may type — full names, surnames, aliases, "the …", a misspelling, an unknown word —
    /// resolves from the store's name index exactly as against the whole graph (or fails with the same message).
    @Test func storeNameResolutionEqualsResolutionOnTheGraph() throws {
        let engine = NewsGraphEngine(store: try SQLiteStore(path: temporaryStore()))
        try engine.add(SyntheticCorpus.articles(0..<24))
        let graph = try engine.graph()
        var names: Set<String> = ["Fernandez", "the Global Trade Council", "Marai Fernandez", "nobody", "", "  ", "the", "Trade"]
        for e in graph.entities {
            names.insert(e.name)
            names.insert(e.id)
            names.formUnion(e.aliases)
            if let last = e.name.split(separator: " ").last { names.insert(String(last)) }
        }
        try expectStoreAnswersLikeTheGraph(engine, graph, names: names)
        let about = StatementQuery(by: "Maria Fernandez", about: "Canada")
        #expect(queryOutcome { try engine.statements(about) } == queryOutcome { try about.run(on: graph) })
        let target = ActionQuery(actor: "Mexico", target: "Canada")
        #expect(queryOutcome { try engine.actions(target).map(\.start) } == queryOutcome { try target.run(on: graph).map(\.start) })
    }

    /// An add writes only the entity rows that changed: the entity table and its name index then hold exactly
    /// what a store built in one batch holds, whatever the order of the batches.
    @Test func entityRowsWrittenByChangeEqualABatchStore() throws {
        func tables(_ batches: [[SourceText]]) throws -> [[String]] {
            let path = temporaryStore()
            let engine = NewsGraphEngine(store: try SQLiteStore(path: path))
            for b in batches { try engine.add(b) }
            return try DatabaseQueue(path: path).read { db in
                try Row.fetchAll(db, sql: "SELECT id, name, type, mentionCount, aliases, hex(record) FROM entity ORDER BY id").map { r in
                    (0..<6).map { String(describing: r[$0] as DatabaseValue) }
                } + (try Row.fetchAll(db, sql: "SELECT word, entity FROM entity_key ORDER BY word, entity").map { r in
                    [r["word"] as String, r["entity"] as String]
                })
            }
        }
        let a = SyntheticCorpus.articles(0..<9), b = SyntheticCorpus.articles(9..<15), c = SyntheticCorpus.articles(3..<4)
        var changed = c
        changed[0] = SourceText(id: c[0].id, text: "Kofi Mensah said the summit in Ghana was a success.", path: c[0].path,
                                metadata: c[0].metadata)
        let expected = try tables([Array((a + b).filter { $0.id != c[0].id }) + changed])
        #expect(!expected.isEmpty)
        #expect(try tables([a, b, changed]) == expected)
        #expect(try tables([b, changed, a.filter { $0.id != c[0].id }]) == expected)
    }

    /// A store written by schema v1 (JSON analyses and rows, no name index) is upgraded when opened: its
    /// analyses are packed, its name index built, and its graph and answers stay the same.
    @Test func aVersionOneStoreIsUpgraded() throws {
        let path = temporaryStore()
        let articles = SyntheticCorpus.articles(0..<10)
        let expected: Data
        do {
            let engine = NewsGraphEngine(store: try SQLiteStore(path: path))
            try engine.add(articles)
            expected = try GraphJSON.encode(engine.graph())
        }
        // Turn it back into what v1 wrote.
        let db = try DatabaseQueue(path: path)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try db.write { db in
            /// Rewrites each packed value of `table.column` (rows keyed by `key`) as the JSON v1 stored.
            func unpackToJSON<T: Encodable>(_ table: String, _ column: String, key: String, _ unpack: (Data) throws -> T) throws {
                for row in try Row.fetchAll(db, sql: "SELECT \(key), \(column) FROM \(table)") {
                    try db.execute(sql: "UPDATE \(table) SET \(column) = ? WHERE \(key) = ?",
                                   arguments: [try encoder.encode(try unpack(row[column])), row[key] as DatabaseValue])
                }
            }
            try unpackToJSON("article", "result", key: "id", PackedDocumentResult.unpack)
            try unpackToJSON("quote", "record", key: "rowid", PackedRecord.quote)
            try unpackToJSON("action", "record", key: "rowid", PackedRecord.action)
            try unpackToJSON("entity", "record", key: "id", PackedRecord.entity)
            try unpackToJSON("document", "record", key: "id", PackedRecord.document)
            try unpackToJSON("role", "record", key: "rowid", PackedRecord.role)
            try db.execute(sql: "DROP TABLE entity_key")
            try db.execute(sql: "ALTER TABLE entity DROP COLUMN oneWordNames")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier IN ('v2', 'v3')")
        }
        try db.close()

        // Opening upgrades it; the merged rows are still JSON until the next add, and are read as they are.
        let store = try SQLiteStore(path: path)
        let engine = NewsGraphEngine(store: store)
        #expect(try GraphJSON.encode(engine.graph()) == expected)
        let check = try DatabaseQueue(path: path)
        try check.read { db in
            #expect(try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier") == ["v1", "v2", "v3"])
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM entity_key") ?? 0 > 0)
            for data in try Data.fetchAll(db, sql: "SELECT result FROM article") { #expect(PackedDocumentResult.isPacked(data)) }
        }
        let said = StatementQuery(by: "Fernandez")
        #expect(try engine.statements(said) == (try said.run(on: engine.graph())))
        // And growing it gives the batch graph.
        let more = SyntheticCorpus.articles(10..<13)
        try engine.add(more)
        #expect(try GraphJSON.encode(engine.graph()) == (try batch(articles + more)))
    }
}

/// A small deterministic generator for the damaged-record test.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
