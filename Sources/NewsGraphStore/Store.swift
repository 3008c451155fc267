import Foundation
import GRDB
import NewsGraphModel

/// Where an engine keeps per-article analyses and the merged graph (SQLite here; PostgreSQL in
/// `NewsGraphPostgres`).
public protocol GraphStore: Sendable {
    /// The content hash of every stored article, by document id.
    func hashes() throws -> [String: String]
    /// Stores the analyses (replacing older ones with the same id), re-merges every stored analysis with
    /// `merge` (given them in document-id order) and replaces the merged graph — atomically.
    func update(adding articles: [(result: DocumentResult, hash: String)],
                merge: @Sendable ([DocumentResult]) throws -> KnowledgeGraph) throws
    /// Every stored analysis, in document-id order.
    func results() throws -> [DocumentResult]
    /// The merged graph, or only the parts a query needs.
    func graph(_ parts: StoreParts) throws -> KnowledgeGraph
    func quotes(bySpeakers speakers: Set<String>) throws -> [Quote]
    func actions(byActors actors: Set<String>) throws -> [Action]
    /// Documents as filters need them (id, day, outlet), in id order.
    func documents() throws -> [DocumentInfo]
    /// The entities `selection` picks, in id order, each with placeholder mentions (one per real mention,
    /// so that counts are right), read through indexes: what a query needs to resolve a name and to name the
    /// entities of the rows it returns, without reading the whole entity table.
    func entities(_ selection: EntitySelection) throws -> [Entity]
}

/// Which entities a query reads from a store.
public enum EntitySelection: Sendable, Equatable {
    /// The entities one of whose folded names (canonical or alias, see `NameNormalization.fold`) has the word
    /// `word`, and the entity whose id is `id`: every entity a typed name ending in `word` can resolve to.
    case named(word: String, id: String)
    /// The entities with these ids.
    case ids(Set<String>)
    case type(EntityType)
}

/// The words an entity answers to in the store's `entity_key` index: each word of each folded name.
public enum EntityKeys {
    public static func words(_ e: Entity) -> [String] {
        words(name: e.name, aliases: e.aliases)
    }

    public static func words(name: String, aliases: [String]) -> [String] {
        var seen = Set<String>()
        var out: [String] = []
        for n in [name] + aliases {
            for w in NameNormalization.fold(n).split(separator: " ") where seen.insert(String(w)).inserted {
                out.append(String(w))
            }
        }
        return out
    }
}

extension GraphStore {
    public func graph() throws -> KnowledgeGraph { try graph(.all) }
}

/// What a query needs of the merged graph (documents and entities are always read).
public struct StoreParts: OptionSet, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }
    /// Entities with their mentions (without it, each entity has placeholder mentions, one per real
    /// mention, written as its one-word names as often as it was, so that counts stay right for name resolution).
    public static let mentions = StoreParts(rawValue: 1)
    public static let quotes = StoreParts(rawValue: 2)
    public static let actions = StoreParts(rawValue: 4)
    public static let roles = StoreParts(rawValue: 8)
    public static let all: StoreParts = [.mentions, .quotes, .actions, .roles]
}

/// A NewsGraph store in one SQLite file: each article's analysis (`DocumentResult`, with the hash of the
/// text it came from) and the merged graph in indexed tables, so a corpus grows article by article and
/// queries read only the rows they need.
///
/// Every `update` is one transaction: the new analyses, the re-merge and the merged tables are committed
/// together or not at all (a crash or `kill -9` leaves the store as it was).
public final class SQLiteStore: GraphStore {
    public let path: String
    private let queue: DatabaseQueue

    /// Opens (creating if needed) and upgrades the store at `path`; refuses a store written by a newer tool.
    public init(path: String) throws {
        self.path = path
        var config = Configuration()
        config.busyMode = .timeout(30)
        do {
            queue = try DatabaseQueue(path: path, configuration: config)
        } catch {
            throw StoreError("\(path): cannot open the store (\(Self.describe(error)))")
        }
        let migrator = Self.migrator
        do {
            try queue.read { db in
                let applied = try migrator.appliedIdentifiers(db)
                let known = Set(migrator.migrations)
                if let unknown = applied.subtracting(known).sorted().first {
                    throw StoreError("\(path): the store was written by a newer newsgraph (schema '\(unknown)'); upgrade newsgraph to use it")
                }
                if try db.tableExists("grdb_migrations") == false,
                   try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0 > 0 {
                    throw StoreError("\(path): not a NewsGraph store (an SQLite file with other tables)")
                }
            }
            try migrator.migrate(queue)
        } catch let e as StoreError {
            throw e
        } catch {
            throw StoreError("\(path): not a NewsGraph store or damaged (\(Self.describe(error)))")
        }
    }

    /// The schema, one versioned migration per change. Add new migrations at the end; never edit old ones.
    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1") { db in
            try db.create(table: "article") { t in
                t.primaryKey("id", .text)
                t.column("hash", .text).notNull()
                t.column("result", .blob).notNull()
            }
            try db.create(table: "document") { t in
                t.primaryKey("id", .text)
                t.column("day", .text).indexed()
                t.column("source", .text).indexed()
                t.column("record", .blob).notNull()
            }
            try db.create(table: "entity") { t in
                t.primaryKey("id", .text)
                t.column("name", .text).notNull()
                t.column("type", .text).notNull()
                t.column("mentionCount", .integer).notNull()
                t.column("aliases", .text).notNull()
                t.column("record", .blob).notNull()
            }
            try db.create(table: "quote") { t in
                t.autoIncrementedPrimaryKey("rowid")
                t.column("document", .text).notNull().indexed()
                t.column("speaker", .text).indexed()
                t.column("record", .blob).notNull()
            }
            try db.create(table: "action") { t in
                t.autoIncrementedPrimaryKey("rowid")
                t.column("document", .text).notNull().indexed()
                t.column("actor", .text).notNull().indexed()
                t.column("target", .text).indexed()
                t.column("record", .blob).notNull()
            }
            try db.create(table: "role") { t in
                t.autoIncrementedPrimaryKey("rowid")
                t.column("document", .text).notNull().indexed()
                t.column("person", .text).notNull().indexed()
                t.column("record", .blob).notNull()
            }
        }
        // v2: per-article analyses packed (`PackedDocumentResult`; JSON ones are still read), quote and action
        // rows packed (`PackedRecord`), and `entity_key`, the index of the words an entity's names hold, so a
        // query resolves a name without reading every entity.
        m.registerMigration("v2") { db in
            try db.create(table: "entity_key") { t in
                t.column("word", .text).notNull()
                t.column("entity", .text).notNull()
            }
            try db.create(index: "entity_key_word", on: "entity_key", columns: ["word"])
            try db.create(index: "entity_key_entity", on: "entity_key", columns: ["entity"])
            let put = try db.makeStatement(sql: "INSERT INTO entity_key (word, entity) VALUES (?, ?)")
            for row in try Row.fetchAll(db, sql: "SELECT id, name, aliases FROM entity ORDER BY id") {
                let aliases = (row["aliases"] as String).split(separator: "\t").map(String.init)
                for w in EntityKeys.words(name: row["name"], aliases: aliases) { try put.execute(arguments: [w, row["id"] as String]) }
            }
            let pack = try db.makeStatement(sql: "UPDATE article SET result = ? WHERE id = ?")
            for row in try Row.fetchAll(db, sql: "SELECT id, result FROM article ORDER BY id") {
                let result = try Self.unpackResult(row["result"])
                try pack.execute(arguments: [PackedDocumentResult.pack(result), row["id"] as String])
            }
        }
        // v3: each entity's one-word names with their counts ("Bush\t131\nJeb\t12"), so that name lookup
        // from the store ranks the people a surname means as it does on the graph. Filled from the records
        // of a store written before it.
        m.registerMigration("v3") { db in
            try db.alter(table: "entity") { t in t.add(column: "oneWordNames", .text).notNull().defaults(to: "") }
            let update = try db.makeStatement(sql: "UPDATE entity SET oneWordNames = ? WHERE id = ?")
            let records = try Data.fetchAll(db, sql: "SELECT record FROM entity ORDER BY id")
            for e in try Self.decodeAll(Entity.self, records, packed: PackedRecord.entity) {
                try update.execute(arguments: [e.oneWordNameList, e.id])
            }
        }
        return m
    }

    /// A stored analysis: packed, or JSON (stores written before schema v2).
    static func unpackResult(_ data: Data) throws -> DocumentResult {
        if PackedDocumentResult.isPacked(data) { return try PackedDocumentResult.unpack(data) }
        return try JSONDecoder().decode(DocumentResult.self, from: data)
    }

    /// Every stored analysis in id order, unpacked on all cores.
    static func allResults(_ db: Database) throws -> [DocumentResult] {
        try Data.fetchAll(db, sql: "SELECT result FROM article ORDER BY id").concurrentMap(unpackResult)
    }

    /// The content hash of every stored article, by document id.
    public func hashes() throws -> [String: String] {
        try wrap {
            try queue.read { db in
                var out: [String: String] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT id, hash FROM article") { out[row["id"]] = row["hash"] }
                return out
            }
        }
    }

    /// Stores the given analyses (replacing older ones with the same id), re-merges every stored analysis
    /// with `merge` and replaces the merged tables — all in one transaction. `merge` receives the results in
    /// document-id order.
    public func update(adding articles: [(result: DocumentResult, hash: String)],
                       merge: @Sendable ([DocumentResult]) throws -> KnowledgeGraph) throws {
        try wrap {
            try queue.write { db in
                let put = try db.makeStatement(sql: "INSERT OR REPLACE INTO article (id, hash, result) VALUES (?, ?, ?)")
                for (a, packed) in zip(articles, try articles.map(\.result).concurrentMap(PackedDocumentResult.pack)) {
                    try put.execute(arguments: [a.result.document.id, a.hash, packed])
                }
                try Self.write(try merge(Self.allResults(db)), to: db)
            }
        }
    }

    /// Replaces the merged tables. The records are packed on all cores first; SQLite writes them in order.
    /// Entities (the bulk of the bytes: every mention) are compared with the stored rows and only the ones
    /// that changed are written, with their name-index rows: adding a few articles touches few entities.
    private static func write(_ graph: KnowledgeGraph, to db: Database) throws {
        for table in ["document", "quote", "action", "role"] { try db.execute(sql: "DELETE FROM \(table)") }
        let doc = try db.makeStatement(sql: "INSERT INTO document (id, day, source, record) VALUES (?, ?, ?, ?)")
        for (d, record) in zip(graph.documents, try graph.documents.concurrentMap(PackedRecord.pack)) {
            try doc.execute(arguments: [d.id, d.day, d.source?.lowercased(), record])
        }
        try writeEntities(graph.entities, to: db)
        let q = try db.makeStatement(sql: "INSERT INTO quote (document, speaker, record) VALUES (?, ?, ?)")
        for (x, record) in zip(graph.quotes, try graph.quotes.concurrentMap(PackedRecord.pack)) {
            try q.execute(arguments: [x.document, x.speaker, record])
        }
        let a = try db.makeStatement(sql: "INSERT INTO action (document, actor, target, record) VALUES (?, ?, ?, ?)")
        for (x, record) in zip(graph.actions, try graph.actions.concurrentMap(PackedRecord.pack)) {
            try a.execute(arguments: [x.document, x.actor, x.target, record])
        }
        let r = try db.makeStatement(sql: "INSERT INTO role (document, person, record) VALUES (?, ?, ?)")
        for (x, record) in zip(graph.roles, try graph.roles.concurrentMap(PackedRecord.pack)) { try r.execute(arguments: [x.document, x.person, record]) }
    }

    /// Brings the entity table and its name index to `entities`, writing only the rows that differ.
    static func writeEntities(_ entities: [Entity], to db: Database) throws {
        let records = try entities.concurrentMap(PackedRecord.pack)
        var stored: [String: Data] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT id, record FROM entity")
        while let row = try rows.next() { stored[row["id"]] = row["record"] }
        let put = try db.makeStatement(sql: "INSERT OR REPLACE INTO entity (id, name, type, mentionCount, oneWordNames, aliases, record) VALUES (?, ?, ?, ?, ?, ?, ?)")
        let dropKeys = try db.makeStatement(sql: "DELETE FROM entity_key WHERE entity = ?")
        let key = try db.makeStatement(sql: "INSERT INTO entity_key (word, entity) VALUES (?, ?)")
        for (e, record) in zip(entities, records) {
            let old = stored.removeValue(forKey: e.id)
            if old == record { continue }
            try put.execute(arguments: [e.id, e.name, e.type.rawValue, e.mentions.count, e.oneWordNameList, Self.aliasList(e.aliases), record])
            if old != nil { try dropKeys.execute(arguments: [e.id]) }
            for w in EntityKeys.words(e) { try key.execute(arguments: [w, e.id]) }
        }
        // Entities the merge no longer has.
        let drop = try db.makeStatement(sql: "DELETE FROM entity WHERE id = ?")
        for id in stored.keys.sorted() {
            try drop.execute(arguments: [id])
            try dropKeys.execute(arguments: [id])
        }
    }

    /// Each value's JSON record (compact, sorted keys), encoded on all cores by the direct writer (no
    /// encoder object per value; Foundation's, made once per call, only for a value the writer cannot do).
    public static func encodeAll<T: Encodable & Sendable>(_ values: [T]) throws -> [Data] {
        let fallback = Self.encoder
        return try values.concurrentMap { v in
            if let bytes = try? CanonicalJSONEncoder.compact(v) { return Data(bytes) }
            return try fallback.encode(v)
        }
    }

    /// The values of JSON records, decoded on all cores, in order.
    static func decodeAll<T: Decodable & Sendable>(_ type: T.Type, _ records: [Data], packed: @escaping @Sendable (Data) throws -> T) throws -> [T] {
        try records.concurrentMap { PackedRecord.isPacked($0) ? try packed($0) : try JSONDecoder().decode(T.self, from: $0) }
    }

    /// Every stored analysis, in document-id order.
    public func results() throws -> [DocumentResult] {
        try wrap {
            try queue.read { db in try Self.allResults(db) }
        }
    }

    /// The merged graph, or the parts of it a query needs (documents and entities are always there).
    public func graph(_ parts: StoreParts) throws -> KnowledgeGraph {
        try wrap {
            try queue.read { db in
                var g = KnowledgeGraph()
                if parts.contains(.mentions) {
                    g.documents = try Self.decodeAll(DocumentInfo.self, Data.fetchAll(db, sql: "SELECT record FROM document ORDER BY id"),
                                                 packed: PackedRecord.document)
                } else {
                    // What filters need (id, day, outlet), without decoding the records.
                    g.documents = try Row.fetchAll(db, sql: "SELECT id, day, source FROM document ORDER BY id").map {
                        DocumentInfo(id: $0["id"], date: $0["day"], source: $0["source"])
                    }
                }
                if parts.contains(.mentions) {
                    g.entities = try Self.decodeAll(Entity.self, Data.fetchAll(db, sql: "SELECT record FROM entity ORDER BY id"),
                                                packed: PackedRecord.entity)
                } else {
                    g.entities = try Self.placeholders(db, "SELECT id, name, type, mentionCount, oneWordNames, aliases FROM entity ORDER BY id")
                }
                if parts.contains(.quotes) { g.quotes = try Self.quotes(db, "SELECT record FROM quote ORDER BY rowid") }
                if parts.contains(.actions) { g.actions = try Self.actions(db, "SELECT record FROM action ORDER BY rowid") }
                if parts.contains(.roles) { g.roles = try Self.decodeAll(Role.self, Data.fetchAll(db, sql: "SELECT record FROM role ORDER BY rowid"),
                                                                            packed: PackedRecord.role) }
                return g
            }
        }
    }

    /// The statements by one of `speakers`, read through the speaker index.
    public func quotes(bySpeakers speakers: Set<String>) throws -> [Quote] {
        try wrap {
            try queue.read { db in
                try speakers.sorted().flatMap { id in
                    try Self.quotes(db, "SELECT record FROM quote WHERE speaker = ? ORDER BY rowid", [id])
                }
            }
        }
    }

    /// The actions by one of `actors`, read through the actor index.
    public func actions(byActors actors: Set<String>) throws -> [Action] {
        try wrap {
            try queue.read { db in
                try actors.sorted().flatMap { id in
                    try Self.actions(db, "SELECT record FROM action WHERE actor = ? ORDER BY rowid", [id])
                }
            }
        }
    }

    public func documents() throws -> [DocumentInfo] {
        try wrap {
            try queue.read { db in
                try Row.fetchAll(db, sql: "SELECT id, day, source FROM document ORDER BY id").map {
                    DocumentInfo(id: $0["id"], date: $0["day"], source: $0["source"])
                }
            }
        }
    }

    public func entities(_ selection: EntitySelection) throws -> [Entity] {
        let columns = "SELECT id, name, type, mentionCount, oneWordNames, aliases FROM entity"
        return try wrap {
            try queue.read { db in
                switch selection {
                case let .named(word, id):
                    return try Self.placeholders(db, columns + " WHERE id IN (SELECT entity FROM entity_key WHERE word = ?) OR id = ? ORDER BY id",
                                                 [word, id])
                case .ids(let ids):
                    // In chunks of bound parameters (SQLite allows some thousands per statement).
                    let sorted = ids.sorted()
                    var out: [Entity] = []
                    for start in stride(from: 0, to: sorted.count, by: 500) {
                        let chunk = Array(sorted[start..<min(sorted.count, start + 500)])
                        let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
                        out += try Self.placeholders(db, columns + " WHERE id IN (\(marks))", StatementArguments(chunk))
                    }
                    return out.sorted { $0.id < $1.id }
                case .type(let type):
                    return try Self.placeholders(db, columns + " WHERE type = ? ORDER BY id", [type.rawValue])
                }
            }
        }
    }

    /// Entities from rows of (id, name, type, mentionCount, oneWordNames, aliases), with placeholder mentions
    /// that keep how often each one-word name was written (name lookup ranks by it).
    static func placeholders(_ db: Database, _ sql: String, _ arguments: StatementArguments = []) throws -> [Entity] {
        try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
            let type = EntityType(rawValue: row["type"]) ?? .organization
            let aliases = (row["aliases"] as String).split(separator: "\t", omittingEmptySubsequences: true).map(String.init)
            return Entity(id: row["id"], name: row["name"], type: type, aliases: aliases,
                          mentions: Entity.placeholderMentions(count: row["mentionCount"], oneWordNameList: row["oneWordNames"]))
        }
    }

    static func quotes(_ db: Database, _ sql: String, _ arguments: StatementArguments = []) throws -> [Quote] {
        try decodeAll(Quote.self, Data.fetchAll(db, sql: sql, arguments: arguments), packed: PackedRecord.quote)
    }

    static func actions(_ db: Database, _ sql: String, _ arguments: StatementArguments = []) throws -> [Action] {
        try decodeAll(Action.self, Data.fetchAll(db, sql: sql, arguments: arguments), packed: PackedRecord.action)
    }

    /// Aliases as one tab-separated string (names never hold tabs; any are turned into spaces).
    public static func aliasList(_ aliases: [String]) -> String {
        aliases.map { $0.replacingOccurrences(of: "\t", with: " ") }.joined(separator: "\t")
    }

    /// Foundation's encoder, for the values `CanonicalJSONEncoder` cannot write (made once per batch).
    static var encoder: JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys]
        return e
    }

    private func wrap<T>(_ body: () throws -> T) throws -> T {
        // A curation file's problem is the user's, not the store's: it keeps its own message.
        do { return try body() } catch let e as StoreError { throw e } catch let e as CurationError { throw e } catch {
            throw StoreError("\(path): \(Self.describe(error))")
        }
    }

    static func describe(_ error: any Error) -> String {
        if let e = error as? DatabaseError { return e.message ?? "\(e.resultCode)" }
        return "\(error)"
    }
}

/// A content hash of an article's text and metadata (FNV-1a, 64 bits, hex): equal input, equal hash.
public enum ContentHash {
    public static func of(_ parts: [String]) -> String {
        var h: UInt64 = 0xcbf29ce484222325
        for part in parts {
            for b in part.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
            h = (h ^ 0xFF) &* 0x100000001b3
        }
        return String(h, radix: 16)
    }
}

/// A store problem, as one message naming the store.
public struct StoreError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}
