import Foundation
import NewsGraphModel

/// A Cypher script for Neo4j: uniqueness constraints first, then one `MERGE` per node and per relationship,
/// each on its `id`, followed by `SET`s of its properties — so running the script twice leaves the same graph.
///
/// Nodes: `Entity` (with a second label for the type: `Person`, `Government` …), `Document`, `Statement`,
/// `Action`. Relationships: the aggregated relations (`ROLE`, `SAID_ABOUT`, `ACTED_ON`, with `count`),
/// and each statement's `STATED`/`ABOUT`/`IN` and each action's `DID`/`ON`/`IN`.
public struct CypherExporter: GraphExporter {
    public let format = ExportFormat.cypher
    public init() {}

    static let nodeLabels = ["Entity", "Document", "Statement", "Action"]

    public func export(_ input: ExportInput) throws -> ExportOutput {
        var lines: [String] = Self.nodeLabels.map {
            "CREATE CONSTRAINT \($0.lowercased())_id IF NOT EXISTS FOR (n:\($0)) REQUIRE n.id IS UNIQUE;"
        }
        let g = input.graph
        for d in g.documents {
            lines.append(node("Document", d.id, ["title": d.title.map(Self.string), "path": d.path.map(Self.string)]))
        }
        for e in g.entities {
            lines.append(node("Entity", e.id, [
                "name": Self.string(e.name), "type": Self.string(e.type.rawValue),
                "aliases": "[" + e.aliases.map(Self.string).joined(separator: ", ") + "]",
                "mentions": String(e.mentions.count),
            ], extraLabel: e.type.rawValue.capitalized))
        }
        for r in input.relations {
            lines.append(relationship(r.source, r.target, type: Self.relationshipType(r.kind), id: r.id, from: "Entity", to: "Entity", [
                "count": String(r.count), "label": Self.string(r.rankedWords.first?.word ?? ""),
                "quad_class": r.dominantQuadClass.map { Self.string($0.name) },
                "stance": r.kind == .quote ? Self.string(r.dominantStance.rawValue) : nil,
                "goldstein": r.meanGoldstein.map { String($0) },
            ]))
        }
        let known = input.projection.entities
        for (i, q) in g.quotes.enumerated() {
            let id = input.statementIDs[i]
            lines.append(node("Statement", id, [
                "text": Self.string(q.text), "direct": String(q.direct), "cue": q.cue.map(Self.string),
                "speaker_text": q.speakerText.map(Self.string), "document": Self.string(q.document),
                "start": String(q.start), "end": String(q.end), "sentence": q.evidence.map(Self.string),
                "stance": Self.string(GraphProjection.stance(of: q).rawValue),
            ]))
            if let s = q.speaker, known[s] != nil {
                lines.append(relationship(s, id, type: "STATED", id: "\(id)/by", from: "Entity", to: "Statement", [:]))
            }
            for (k, about) in Set(q.about).sorted().enumerated() where known[about] != nil {
                lines.append(relationship(id, about, type: "ABOUT", id: "\(id)/about/\(k)", from: "Statement", to: "Entity", [:]))
            }
            lines.append(relationship(id, q.document, type: "IN", id: "\(id)/in", from: "Statement", to: "Document", [:]))
        }
        for (i, a) in g.actions.enumerated() {
            let id = input.actionIDs[i]
            lines.append(node("Action", id, [
                "verb": Self.string(a.verb), "category": a.category.map(Self.string),
                "quad_class": a.quadClass.flatMap(QuadClass.init(rawValue:)).map { Self.string($0.name) },
                "goldstein": a.goldstein.map { String($0) }, "negated": String(a.negated),
                "hypothetical": String(a.hypothetical), "document": Self.string(a.document),
                "start": String(a.start), "end": String(a.end), "sentence": a.evidence.map(Self.string),
            ]))
            if known[a.actor] != nil {
                lines.append(relationship(a.actor, id, type: "DID", id: "\(id)/by", from: "Entity", to: "Action", [:]))
            }
            if let t = a.target, known[t] != nil {
                lines.append(relationship(id, t, type: "ON", id: "\(id)/on", from: "Action", to: "Entity", [:]))
            }
            lines.append(relationship(id, a.document, type: "IN", id: "\(id)/in", from: "Action", to: "Document", [:]))
        }
        return .file(Data((lines.joined(separator: "\n") + "\n").utf8))
    }

    static func relationshipType(_ kind: RelationKind) -> String {
        switch kind {
        case .role: "ROLE"
        case .quote: "SAID_ABOUT"
        case .action: "ACTED_ON"
        }
    }

    private func node(_ label: String, _ id: String, _ properties: [String: String?], extraLabel: String? = nil) -> String {
        var s = "MERGE (n:\(label) {id: \(Self.string(id))})"
        let sets = Self.assignments("n", properties) + (extraLabel.map { ["n:\($0)"] } ?? [])
        if !sets.isEmpty { s += " SET " + sets.joined(separator: ", ") }
        return s + ";"
    }

    /// Endpoints are `MERGE`d too, so a relationship never depends on statement order and never makes a
    /// second node.
    private func relationship(_ source: String, _ target: String, type: String, id: String, from: String, to: String,
                              _ properties: [String: String?]) -> String {
        var s = "MERGE (a:\(from) {id: \(Self.string(source))}) MERGE (b:\(to) {id: \(Self.string(target))}) "
            + "MERGE (a)-[r:\(type) {id: \(Self.string(id))}]->(b)"
        let sets = Self.assignments("r", properties)
        if !sets.isEmpty { s += " SET " + sets.joined(separator: ", ") }
        return s + ";"
    }

    private static func assignments(_ variable: String, _ properties: [String: String?]) -> [String] {
        properties.compactMap { key, value in value.map { (key, $0) } }.sorted { $0.0 < $1.0 }.map { "\(variable).\($0.0) = \($0.1)" }
    }

    /// A single-quoted Cypher string: backslash, quote and every control or invisible format character escaped.
    static func string(_ s: String) -> String {
        var out = "'"
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\\": out += #"\\"#
            case "'": out += #"\'"#
            case "\n": out += #"\n"#
            case "\r": out += #"\r"#
            case "\t": out += #"\t"#
            default:
                if VisibleText.needsEscape(scalar) {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += #"\u"# + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "'"
    }
}
