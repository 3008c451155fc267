import Foundation
import Logging
import NewsGraphModel
import NewsGraphStore
import NIOCore
import PostgresNIO

/// The NewsGraph store on a PostgreSQL server, shared by several `add` processes on one or many machines.
///
/// Each `update` is one transaction. Articles are claimed with row locks (`FOR UPDATE SKIP LOCKED`: an
/// article another process is writing right now is left to it), the analyses are written concurrently, and
/// the re-merge runs under a transaction-scoped advisory lock, so merges are serialized and the last one
/// sees every committed analysis: the result equals a batch build.
public final class PostgresStore: GraphStore {
    public let url: String
    private let connection: PostgresConnection
    private let logger = Logger(label: "newsgraph.postgres")
    /// The advisory lock key that serializes merges ("NGRAPH" in ASCII).
    static let mergeLock: Int64 = 0x4E47_5241_5048
    /// Schema versions, applied in order; a database with a higher version is refused.
    static let migrations: [[String]] = [
        [
            "CREATE TABLE article (id text PRIMARY KEY, hash text NOT NULL, result text NOT NULL)",
            "CREATE TABLE document (id text PRIMARY KEY, day text, source text, record text NOT NULL)",
            "CREATE INDEX document_day ON document (day)",
            "CREATE TABLE entity (id text PRIMARY KEY, name text NOT NULL, type text NOT NULL, mention_count int NOT NULL, aliases text NOT NULL, record text NOT NULL)",
            "CREATE TABLE quote (ord int PRIMARY KEY, document text NOT NULL, speaker text, record text NOT NULL)",
            "CREATE INDEX quote_speaker ON quote (speaker)",
            "CREATE TABLE action (ord int PRIMARY KEY, document text NOT NULL, actor text NOT NULL, target text, record text NOT NULL)",
            "CREATE INDEX action_actor ON action (actor)",
            "CREATE TABLE role (ord int PRIMARY KEY, document text NOT NULL, person text NOT NULL, record text NOT NULL)",
        ],
        // v2: analyses packed (`PackedDocumentResult`, in `packed`; a JSON `result` of an older row is still
        // read), and `entity_key`, the words of each entity's folded names, so a query resolves a name
        // without reading every entity (filled from the entity table by `migrate`).
        [
            "ALTER TABLE article ADD COLUMN packed bytea",
            "ALTER TABLE article ALTER COLUMN result DROP NOT NULL",
            "CREATE TABLE entity_key (word text NOT NULL, entity text NOT NULL)",
            "CREATE INDEX entity_key_word ON entity_key (word)",
        ],
        // 3: each entity's one-word names with their counts (`Entity.oneWordNameList`: "Bush\t131\nJeb\t12"),
        // so that name lookup ranks the people a surname means as on the graph; filled from older records.
        [
            "ALTER TABLE entity ADD COLUMN one_word_names text NOT NULL DEFAULT ''",
            """
            UPDATE entity SET one_word_names = coalesce((
                SELECT string_agg(t || E'\\t' || n, E'\\n' ORDER BY t COLLATE "C")
                FROM (SELECT m->>'text' AS t, count(*) AS n FROM jsonb_array_elements(record::jsonb->'mentions') m
                      WHERE m->>'text' <> '' AND m->>'text' !~ '\\s' GROUP BY 1) s), '')
            """,
        ],
    ]

    /// Connects to `postgres://user[:password]@host[:port]/database` and brings the schema up to date.
    public init(url: String) throws {
        self.url = url
        guard let parts = URLComponents(string: url), ["postgres", "postgresql"].contains(parts.scheme ?? ""),
              let host = parts.host, !host.isEmpty else {
            throw StoreError("\(url): not a PostgreSQL URL; use postgres://user:password@host:port/database")
        }
        let database = parts.path.hasPrefix("/") ? String(parts.path.dropFirst()) : parts.path
        let config = PostgresConnection.Configuration(
            host: host, port: parts.port ?? 5432, username: parts.user ?? "postgres", password: parts.password,
            database: database.isEmpty ? nil : database, tls: .disable)
        do {
            connection = try PostgresConnection.connect(
                on: MultiThreadedEventLoopGroup.singleton.any(), configuration: config, id: 1, logger: logger).wait()
        } catch {
            throw StoreError("\(Self.redacted(url)): cannot connect to the PostgreSQL server (\(Self.describe(error)))")
        }
        try migrate()
    }

    deinit { try? connection.close().wait() }

    static func redacted(_ url: String) -> String {
        guard var c = URLComponents(string: url), c.password != nil else { return url }
        c.password = "***"
        return c.string ?? url
    }

    static func describe(_ error: any Error) -> String {
        if let e = error as? PSQLError {
            if let message = e.serverInfo?[.message] { return message }
            if let underlying = e.underlying { return String(describing: underlying) }
            return "\(e.code)"
        }
        return String(describing: error)
    }

    @discardableResult
    private func run(_ query: PostgresQuery) throws -> [PostgresRow] {
        do { return try connection.query(query, logger: logger).wait().rows } catch {
            throw StoreError("\(Self.redacted(url)): \(Self.describe(error))")
        }
    }

    private func transaction<T>(_ body: () throws -> T) throws -> T {
        try run("BEGIN")
        do {
            let value = try body()
            try run("COMMIT")
            return value
        } catch {
            _ = try? run("ROLLBACK")
            throw error
        }
    }

    private func migrate() throws {
        try transaction {
            try run("CREATE TABLE IF NOT EXISTS newsgraph_schema (version int NOT NULL)")
            try run("LOCK TABLE newsgraph_schema IN EXCLUSIVE MODE")
            let version = try run("SELECT max(version) FROM newsgraph_schema").first?.decode(Int?.self) ?? nil
            let current = version ?? 0
            if current > Self.migrations.count {
                throw StoreError("\(Self.redacted(url)): the store was written by a newer newsgraph (schema version \(current)); upgrade newsgraph to use it")
            }
            for (i, steps) in Self.migrations.enumerated() where i + 1 > current {
                for sql in steps { try run(PostgresQuery(unsafeSQL: sql)) }
                if i + 1 == 2 { try writeEntityKeys() }
                try run("INSERT INTO newsgraph_schema (version) VALUES (\(i + 1))")
            }
        }
    }

    /// Fills `entity_key` from the entity table's names and aliases.
    private func writeEntityKeys() throws {
        var words: [String] = [], ids: [String] = []
        for row in try run("SELECT id, name, aliases FROM entity ORDER BY id") {
            let (id, name, aliases) = try row.decode((String, String, String).self)
            for w in EntityKeys.words(name: name, aliases: aliases.split(separator: "\t").map(String.init)) {
                words.append(w)
                ids.append(id)
            }
        }
        try run("DELETE FROM entity_key")
        try run("INSERT INTO entity_key (word, entity) SELECT * FROM unnest(\(words)::text[], \(ids)::text[])")
    }

    /// Drops every NewsGraph table of the database (for tests and for starting over).
    public func removeEverything() throws {
        try transaction {
            for table in ["article", "document", "entity", "entity_key", "quote", "action", "role", "newsgraph_schema"] {
                try run(PostgresQuery(unsafeSQL: "DROP TABLE IF EXISTS \(table)"))
            }
        }
    }

    /// Turns the store back into what schema v1 wrote (JSON analyses, no `packed` column, no name index, no
    /// one-word names), for
    /// the test of the upgrade.
    public func downgradeToVersionOneForTesting() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try transaction {
            for r in try allResults() {
                try run("UPDATE article SET result = \(String(decoding: try encoder.encode(r), as: UTF8.self)) WHERE id = \(r.document.id)")
            }
            try run("ALTER TABLE article DROP COLUMN packed")
            try run("ALTER TABLE article ALTER COLUMN result SET NOT NULL")
            try run("DROP TABLE entity_key")
            try run("ALTER TABLE entity DROP COLUMN one_word_names")
            try run("DELETE FROM newsgraph_schema WHERE version >= 2")
        }
    }

    /// Marks the schema as `version` (tests use it to check that a newer store is refused).
    public func bumpSchemaForTesting(to version: Int) throws {
        try run("INSERT INTO newsgraph_schema (version) VALUES (\(version))")
    }

    public func hashes() throws -> [String: String] {
        var out: [String: String] = [:]
        for row in try run("SELECT id, hash FROM article") {
            let (id, hash) = try row.decode((String, String).self)
            out[id] = hash
        }
        return out
    }

    public func update(adding articles: [(result: DocumentResult, hash: String)],
                       merge: @Sendable ([DocumentResult]) throws -> KnowledgeGraph) throws {
        func json<T: Encodable & Sendable>(_ values: [T]) throws -> [String] {
            try SQLiteStore.encodeAll(values).map { String(decoding: $0, as: UTF8.self) }
        }
        try transaction {
            // Claim: lock the rows of these articles that exist; one that another process holds is its work.
            let ids = articles.map(\.result.document.id)
            var taken = Set<String>()
            let existing = try run("SELECT id FROM article WHERE id = ANY(\(ids)) FOR UPDATE SKIP LOCKED")
                .map { try $0.decode(String.self) }
            let present = Set(try run("SELECT id FROM article WHERE id = ANY(\(ids))").map { try $0.decode(String.self) })
            taken = present.subtracting(existing)
            let mine = articles.filter { !taken.contains($0.result.document.id) }
            if !mine.isEmpty {
                try run("""
                    INSERT INTO article (id, hash, result, packed)
                    SELECT i, h, NULL, p FROM unnest(\(mine.map(\.result.document.id))::text[], \(mine.map(\.hash))::text[],
                        \(try mine.map(\.result).concurrentMap(PackedDocumentResult.pack).map { ByteBuffer(bytes: $0) })::bytea[]) AS t(i, h, p)
                    ON CONFLICT (id) DO UPDATE SET hash = EXCLUDED.hash, result = NULL, packed = EXCLUDED.packed
                    """)
            }
            // Merge: one process at a time; after the lock, this transaction reads every committed analysis.
            try run("SELECT pg_advisory_xact_lock(\(Self.mergeLock))")
            let g = try merge(try allResults())
            for table in ["document", "entity", "entity_key", "quote", "action", "role"] { try run(PostgresQuery(unsafeSQL: "DELETE FROM \(table)")) }
            try run("""
                INSERT INTO document (id, day, source, record)
                SELECT i, NULLIF(d, ''), NULLIF(s, ''), r FROM unnest(\(g.documents.map(\.id))::text[],
                    \(g.documents.map { $0.day ?? "" })::text[], \(g.documents.map { $0.source?.lowercased() ?? "" })::text[],
                    \(try json(g.documents))::text[]) AS t(i, d, s, r)
                """)
            try run("""
                INSERT INTO entity (id, name, type, mention_count, one_word_names, aliases, record)
                SELECT * FROM unnest(\(g.entities.map(\.id))::text[], \(g.entities.map(\.name))::text[],
                    \(g.entities.map(\.type.rawValue))::text[], \(g.entities.map { $0.mentions.count })::int[],
                    \(g.entities.map(\.oneWordNameList))::text[],
                    \(g.entities.map { SQLiteStore.aliasList($0.aliases) })::text[], \(try json(g.entities))::text[])
                """)
            try run("""
                INSERT INTO quote (ord, document, speaker, record)
                SELECT o, d, NULLIF(s, ''), r FROM unnest(\(Array(0..<g.quotes.count))::int[], \(g.quotes.map(\.document))::text[],
                    \(g.quotes.map { $0.speaker ?? "" })::text[], \(try json(g.quotes))::text[]) AS t(o, d, s, r)
                """)
            try run("""
                INSERT INTO action (ord, document, actor, target, record)
                SELECT o, d, a, NULLIF(t, ''), r FROM unnest(\(Array(0..<g.actions.count))::int[], \(g.actions.map(\.document))::text[],
                    \(g.actions.map(\.actor))::text[], \(g.actions.map { $0.target ?? "" })::text[],
                    \(try json(g.actions))::text[]) AS x(o, d, a, t, r)
                """)
            try run("""
                INSERT INTO role (ord, document, person, record)
                SELECT * FROM unnest(\(Array(0..<g.roles.count))::int[], \(g.roles.map(\.document))::text[],
                    \(g.roles.map(\.person))::text[], \(try json(g.roles))::text[])
                """)
            let keys = try g.entities.concurrentMap(EntityKeys.words)
            try run("""
                INSERT INTO entity_key (word, entity)
                SELECT * FROM unnest(\(keys.flatMap { $0 })::text[], \(zip(g.entities, keys).flatMap { e, k in k.map { _ in e.id } })::text[])
                """)
        }
    }

    public func results() throws -> [DocumentResult] {
        try transaction { try allResults() }
    }

    /// Every analysis in id order: packed ones unpacked on all cores, JSON ones (rows written before schema
    /// v2) decoded.
    private func allResults() throws -> [DocumentResult] {
        let rows = try run("SELECT packed, result FROM article ORDER BY id").map { row in
            let (packed, json) = try row.decode((ByteBuffer?, String?).self)
            return (packed: packed.map { Data($0.readableBytesView) }, json: json)
        }
        return try rows.concurrentMap { packed, json in
            if let packed { return try PackedDocumentResult.unpack(packed) }
            return try JSONDecoder().decode(DocumentResult.self, from: Data((json ?? "").utf8))
        }
    }

    private func records<T: Decodable>(_ query: PostgresQuery) throws -> [T] {
        let decoder = JSONDecoder()
        return try run(query).map { try decoder.decode(T.self, from: Data(try $0.decode(String.self).utf8)) }
    }

    public func graph(_ parts: StoreParts) throws -> KnowledgeGraph {
        var g = KnowledgeGraph()
        try transaction {
            try run("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            if parts.contains(.mentions) {
                g.documents = try records("SELECT record FROM document ORDER BY id")
            } else {
                g.documents = try run("SELECT id, day, source FROM document ORDER BY id").map { row in
                    let (id, day, source) = try row.decode((String, String?, String?).self)
                    return DocumentInfo(id: id, date: day, source: source)
                }
            }
            if parts.contains(.mentions) {
                g.entities = try records("SELECT record FROM entity ORDER BY id")
            } else {
                g.entities = try run("SELECT id, name, type, mention_count, one_word_names, aliases FROM entity ORDER BY id").map(Self.placeholder)
            }
            if parts.contains(.quotes) { g.quotes = try records("SELECT record FROM quote ORDER BY ord") }
            if parts.contains(.actions) { g.actions = try records("SELECT record FROM action ORDER BY ord") }
            if parts.contains(.roles) { g.roles = try records("SELECT record FROM role ORDER BY ord") }
        }
        return g
    }

    public func documents() throws -> [DocumentInfo] {
        try run("SELECT id, day, source FROM document ORDER BY id").map { row in
            let (id, day, source) = try row.decode((String, String?, String?).self)
            return DocumentInfo(id: id, date: day, source: source)
        }
    }

    public func entities(_ selection: EntitySelection) throws -> [Entity] {
        let columns = "SELECT id, name, type, mention_count, one_word_names, aliases FROM entity"
        let rows: [PostgresRow]
        switch selection {
        case let .named(word, id):
            rows = try run("\(unescaped: columns) WHERE id IN (SELECT entity FROM entity_key WHERE word = \(word)) OR id = \(id) ORDER BY id")
        case .ids(let ids):
            rows = try run("\(unescaped: columns) WHERE id = ANY(\(ids.sorted())) ORDER BY id")
        case .type(let type):
            rows = try run("\(unescaped: columns) WHERE type = \(type.rawValue) ORDER BY id")
        }
        return try rows.map(Self.placeholder)
    }

    /// An entity from a row of (id, name, type, mention_count, one_word_names, aliases), with placeholder mentions
    /// that keep how often each one-word name was written (name lookup ranks by it).
    static func placeholder(_ row: PostgresRow) throws -> Entity {
        let (id, name, type, count, oneWordNames, aliases) = try row.decode((String, String, String, Int, String, String).self)
        return Entity(id: id, name: name, type: EntityType(rawValue: type) ?? .organization,
                      aliases: aliases.split(separator: "\t").map(String.init),
                      mentions: Entity.placeholderMentions(count: count, oneWordNameList: oneWordNames))
    }

    public func quotes(bySpeakers speakers: Set<String>) throws -> [Quote] {
        try records("SELECT record FROM quote WHERE speaker = ANY(\(speakers.sorted())) ORDER BY ord")
    }

    public func actions(byActors actors: Set<String>) throws -> [Action] {
        try records("SELECT record FROM action WHERE actor = ANY(\(actors.sorted())) ORDER BY ord")
    }
}
