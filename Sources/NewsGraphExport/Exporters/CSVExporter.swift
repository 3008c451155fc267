import Foundation
import NewsGraphModel

/// A folder of CSV files for spreadsheets and tools that read node and edge lists (Kumu, Cytoscape, Gephi):
/// entities, relations (the diagram's edges), statements, actions, mentions and documents. Every reference to
/// an entity is its id (with the name beside it for people reading the sheet); lists in a cell use
/// `CSVText.listSeparator`. Cells are made safe by `CSVText`.
public struct CSVExporter: GraphExporter {
    public let format = ExportFormat.csv
    public init() {}

    public func export(_ input: ExportInput) throws -> ExportOutput {
        let g = input.graph
        func file(_ header: [String], _ rows: [[String]]) -> Data {
            Data((CSVText.row(header.map(CSVText.text)) + rows.map(CSVText.row).joined()).utf8)
        }
        let T = CSVText.text, N = CSVText.number as (Int) -> String
        func name(_ id: String?) -> String { T(input.entityName(id) ?? "") }

        let entities = file(["id", "name", "type", "aliases", "mentions", "documents"], g.entities.map { e in
            [T(e.id), T(e.name), T(e.type.rawValue), CSVText.list(e.aliases), N(e.mentions.count), N(e.documents.count)]
        })
        let relations = file(["id", "kind", "source", "target", "source_name", "target_name", "count", "label",
                              "quad_class", "stance", "goldstein"], input.relations.map { r in
            [T(r.id), T(r.kind.rawValue), T(r.source), T(r.target), name(r.source), name(r.target), N(r.count),
             T(r.rankedWords.map(\.word).first ?? ""), T(r.dominantQuadClass?.name ?? ""),
             T(r.kind == .quote ? r.dominantStance.rawValue : ""), CSVText.number(r.meanGoldstein)]
        })
        let statements = file(["id", "speaker_id", "speaker", "speaker_text", "about_ids", "text", "direct", "cue",
                               "stance", "document", "start", "end", "sentence"], g.quotes.enumerated().map { i, q in
            [T(input.statementIDs[i]), T(q.speaker ?? ""), name(q.speaker), T(q.speakerText ?? ""), CSVText.list(q.about),
             T(q.text), T(q.direct ? "true" : "false"), T(q.cue ?? ""),
             T(GraphProjection.stance(of: q).rawValue), T(q.document), N(q.start), N(q.end),
             T(q.evidence ?? "")]
        })
        let actions = file(["id", "actor_id", "actor", "verb", "target_id", "target", "category", "quad_class",
                            "goldstein", "negated", "hypothetical", "document", "start", "end", "sentence"],
                           g.actions.enumerated().map { i, a in
            [T(input.actionIDs[i]), T(a.actor), name(a.actor), T(a.verb), T(a.target ?? ""), name(a.target),
             T(a.category ?? ""), T(a.quadClass.flatMap(QuadClass.init(rawValue:))?.name ?? ""), CSVText.number(a.goldstein),
             T(a.negated ? "true" : "false"), T(a.hypothetical ? "true" : "false"), T(a.document), N(a.start), N(a.end),
             T(a.evidence ?? "")]
        })
        let mentions = file(["entity_id", "document", "start", "end", "text"], g.entities.flatMap { e in
            e.mentions.map { m in [T(e.id), T(m.document), N(m.start), N(m.end), T(m.text ?? "")] }
        })
        let documents = file(["id", "title", "path"], g.documents.map { [T($0.id), T($0.title ?? ""), T($0.path ?? "")] })
        return .folder([("entities.csv", entities), ("relations.csv", relations), ("statements.csv", statements),
                        ("actions.csv", actions), ("mentions.csv", mentions), ("documents.csv", documents)])
    }
}
