import Foundation
import NewsGraphExport
import NewsGraphModel
import Testing

/// The exports read back by the clients analysts use: GraphML and GEXF by networkx (Debian's python3-networkx;
/// `make test` installs it — these tests fail, not skip, without it), CSV by a CSV reader with every id resolving,
/// and the Cypher script checked statement by statement for idempotence.
@Suite struct ReadBackTests {
    static let input = ExportInput(HostileGraph.graph)

    /// Runs `script` with python3 and returns stdout; records an issue with stderr on failure.
    static func python(_ script: String, file: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, file.path]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "python3 failed: \(String(decoding: errors, as: UTF8.self))")
        return String(decoding: data, as: UTF8.self)
    }

    static let dumpScript = """
        import json, sys
        import networkx as nx
        path = sys.argv[1]
        g = nx.read_graphml(path) if path.endswith('.graphml') else nx.read_gexf(path)
        nodes = {n: dict(d) for n, d in g.nodes(data=True)}
        edges = sorted([[u, v, dict(d)] for u, v, d in g.edges(data=True)], key=lambda e: (e[0], e[1], e[2].get('relation', '')))
        print(json.dumps({'nodes': nodes, 'edges': edges, 'directed': g.is_directed()}, sort_keys=True))
        """

    struct Dump: Decodable {
        var nodes: [String: [String: JSONValue]]
        var edges: [[JSONValue]]
        var directed: Bool
    }

    enum JSONValue: Decodable, Equatable {
        case string(String), number(Double), object([String: JSONValue])
        init(from decoder: any Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let s = try? c.decode(String.self) { self = .string(s) }
            else if let n = try? c.decode(Double.self) { self = .number(n) }
            else { self = .object(try c.decode([String: JSONValue].self)) }
        }
        var string: String? { if case .string(let s) = self { s } else { nil } }
        var number: Double? { if case .number(let n) = self { n } else { nil } }
        var object: [String: JSONValue]? { if case .object(let o) = self { o } else { nil } }
    }

    @Test(arguments: [ExportFormat.graphml, .gexf])
    func networkxReadsEveryNodeEdgeAndAttribute(_ format: ExportFormat) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-readback-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("g.\(format.rawValue)")
        guard case .file(let data) = try format.exporter().export(Self.input) else { Issue.record("not a file"); return }
        try data.write(to: url)
        let dump = try JSONDecoder().decode(Dump.self, from: Data(try Self.python(Self.dumpScript, file: url).utf8))
        #expect(dump.directed)

        let g = Self.input.graph
        #expect(Set(dump.nodes.keys) == Set(g.entities.map(\.id)))
        for e in g.entities {
            let attrs = try #require(dump.nodes[e.id])
            // GEXF keeps the name as the node label too.
            // XML cannot hold ESC or BEL: they arrive as visible escapes.
            let xmlSafe = e.name.replacingOccurrences(of: "\u{1B}", with: #"\x1B"#).replacingOccurrences(of: "\u{07}", with: #"\x07"#)
            #expect(attrs["name"]?.string == xmlSafe, "\(format) name of \(e.id)")
            #expect(attrs["type"]?.string == e.type.rawValue)
            #expect(attrs["mentions"]?.number == Double(e.mentions.count))
            #expect(attrs["documents"]?.number == Double(e.documents.count))
            #expect(attrs["aliases"]?.string == e.aliases.joined(separator: "|"))
        }
        #expect(dump.edges.count == Self.input.relations.count)
        #expect(Self.input.relations.count == 5)
        for r in Self.input.relations {
            let match = dump.edges.first { e in
                e[0].string == r.source && e[1].string == r.target && e[2].object?["relation"]?.string == r.kind.rawValue
            }
            let attrs = try #require(match?[2].object, "\(format): edge \(r.id) missing")
            #expect(attrs["count"]?.number == Double(r.count))
            #expect(attrs["label"]?.string == r.rankedWords.first?.word)
            #expect(attrs["quad_class"]?.string == r.dominantQuadClass?.name)
            #expect(attrs["stance"]?.string == (r.kind == .quote ? "neutral" : nil))
            #expect(attrs["goldstein"]?.number == r.meanGoldstein)
        }
    }

    /// A minimal RFC 4180 reader: quoted fields, doubled quotes, one row per line.
    static func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var chars = Array(text), i = 0
        while i < chars.count {
            let c = chars[i]
            if quoted {
                if c == "\"" && i + 1 < chars.count && chars[i + 1] == "\"" { field.append("\""); i += 1 }
                else if c == "\"" { quoted = false }
                else { field.append(c) }
            } else if c == "\"" { quoted = true }
            else if c == "," { row.append(field); field = "" }
            else if c == "\n" { row.append(field); rows.append(row); row = []; field = "" }
            else { field.append(c) }
            i += 1
        }
        chars.removeAll()
        return rows
    }

    @Test func csvReadsBackWithEveryIdResolving() throws {
        guard case .folder(let files) = try CSVExporter().export(Self.input) else { Issue.record("not a folder"); return }
        var tables: [String: [[String: String]]] = [:]
        for (name, data) in files {
            let rows = Self.parseCSV(String(decoding: data, as: UTF8.self))
            let header = try #require(rows.first)
            for r in rows.dropFirst() { #expect(r.count == header.count, "\(name): ragged row \(r)") }
            tables[name] = rows.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
        }
        let entityIDs = Set(try #require(tables["entities.csv"]).map { $0["id"]! })
        let documentIDs = Set(try #require(tables["documents.csv"]).map { $0["id"]! })
        #expect(entityIDs == Set(HostileGraph.graph.entities.map(\.id)))
        func split(_ s: String) -> [String] { s.isEmpty ? [] : s.split(separator: "|").map(String.init) }
        for r in try #require(tables["relations.csv"]) {
            #expect(entityIDs.contains(r["source"]!) && entityIDs.contains(r["target"]!))
        }
        let statements = try #require(tables["statements.csv"])
        #expect(statements.count == 3)
        for s in statements {
            if !s["speaker_id"]!.isEmpty { #expect(entityIDs.contains(s["speaker_id"]!)) }
            for id in split(s["about_ids"]!) { #expect(entityIDs.contains(id)) }
            #expect(documentIDs.contains(s["document"]!))
        }
        let actions = try #require(tables["actions.csv"])
        #expect(actions.count == 3)
        for a in actions {
            #expect(entityIDs.contains(a["actor_id"]!))
            if !a["target_id"]!.isEmpty { #expect(entityIDs.contains(a["target_id"]!)) }
        }
        let mentions = try #require(tables["mentions.csv"])
        #expect(mentions.count == 4)
        for m in mentions { #expect(entityIDs.contains(m["entity_id"]!) && documentIDs.contains(m["document"]!)) }
        #expect(Set(statements.map { $0["id"]! }).count == statements.count)
    }

    /// Every statement is a constraint or a chain of `MERGE`s each keyed by an id; applying the script twice to a
    /// store keyed like Neo4j's constraints leaves the same nodes and relationships.
    @Test func cypherMergesEverythingOnIdsAndIsIdempotent() throws {
        guard case .file(let data) = try CypherExporter().export(Self.input) else { Issue.record("not a file"); return }
        let statements = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        let constraint = try Regex(#"^CREATE CONSTRAINT \w+ IF NOT EXISTS FOR \(n:(\w+)\) REQUIRE n\.id IS UNIQUE;$"#)
        let nodeMerge = try Regex(#"MERGE \((\w+):(\w+) \{id: '((?:[^'\\]|\\.)*)'\}\)"#)
        let relMerge = try Regex(#"MERGE \((\w+)\)-\[r:(\w+) \{id: '((?:[^'\\]|\\.)*)'\}\]->\((\w+)\)"#)
        var constrained = Set<String>()
        struct Store: Equatable { var nodes = Set<String>(); var relationships = Set<String>() }
        func apply(_ store: inout Store) throws {
            for s in statements {
                if let m = try constraint.wholeMatch(in: s) { constrained.insert(String(m.output[1].substring!)); continue }
                #expect(s.hasPrefix("MERGE "), "not a MERGE: \(s)")
                #expect(!s.contains("CREATE"), "CREATE outside constraints: \(s)")
                var vars: [String: String] = [:]
                for m in s.matches(of: nodeMerge) {
                    let label = String(m.output[2].substring!), id = String(m.output[3].substring!)
                    #expect(constrained.contains(label), "MERGE on unconstrained label \(label)")
                    vars[String(m.output[1].substring!)] = "\(label):\(id)"
                    store.nodes.insert("\(label):\(id)")
                }
                for m in s.matches(of: relMerge) {
                    let a = try #require(vars[String(m.output[1].substring!)]), b = try #require(vars[String(m.output[4].substring!)])
                    store.relationships.insert("\(a)-\(m.output[2].substring!):\(m.output[3].substring!)->\(b)")
                }
                #expect(!s.matches(of: nodeMerge).isEmpty, "MERGE without an id: \(s)")
            }
        }
        var once = Store()
        try apply(&once)
        var twice = once
        try apply(&twice)
        #expect(once == twice)
        #expect(once.nodes.filter { $0.hasPrefix("Entity:") }.count == 4)
        #expect(once.nodes.filter { $0.hasPrefix("Statement:") }.count == 3)
        #expect(once.relationships.filter { $0.contains("-SAID_ABOUT:") }.count == 2)
        #expect(constrained == ["Entity", "Document", "Statement", "Action"])
    }
}
