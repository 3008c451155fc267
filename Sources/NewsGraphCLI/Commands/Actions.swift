import ArgumentParser
import Foundation
import NewsGraph
import NewsGraphModel

struct Actions: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the actions of a graph: who did what to whom, coded to CAMEO, with their evidence.",
        discussion: """
            Names are resolved as in the other queries (case- and accent-insensitive, by name, alias or
            surname). A government given to --actor or --target also stands for its bodies named after it
            ("United States" includes "U.S. military"). --category takes a CAMEO root code (01 … 20); --class one of verbal-cooperation,
            material-cooperation, verbal-conflict, material-conflict. Rows are in document order.
            Flags: "negated" (did not happen: "did not discuss"), "hypothetical" (possible, intended or
            conditional: "could launch strikes").
            """
    )

    @Argument(help: "A graph.json written by `newsgraph build` (or give --store).")
    var graph: String?

    @OptionGroup var from: QuerySourceOptions

    @Option(help: "Only actions by this entity.")
    var actor: String?

    @Option(help: "Only actions aimed at this entity.")
    var target: String?

    @Option(help: "Only actions of this CAMEO root category (01 … 20).")
    var category: String?

    @Option(name: .customLong("class"), help: "Only actions of this quad class: verbal-cooperation, material-cooperation, verbal-conflict or material-conflict.")
    var quadClass: String?

    @Option(help: "Output format: table, json, markdown or csv.")
    var format: OutputFormat = .table

    @Flag(help: "Show the rule and lexicon row that coded each action (and whether it was derived from a statement).")
    var explain = false
    @Option(help: "Show at most N actions (0 = all; default: a page on a terminal, all otherwise).")
    var limit: Int?

    typealias Row = ActionQuery.Row

    func validate() throws {
        if category != nil && quadClass != nil {
            throw ValidationError("give either --category or --class, not both")
        }
        if let category, Self.normalizedCategory(category) == nil {
            throw ValidationError("--category '\(category)': not a CAMEO root code; use 01 … 20")
        }
        if let quadClass, QuadClass(name: quadClass) == nil {
            throw ValidationError("--class '\(quadClass)': unknown class; use "
                + QuadClass.allCases.map(\.name).joined(separator: ", "))
        }
    }

    func run() throws {
        var rows: [Row]
        if let engine = try from.engine(graph: graph) {
            rows = try asCLI { try engine.actions(query(), resolve: resolveEntity) }
        } else {
            rows = try self.rows(in: GraphFile.load(graph))
        }
        let note: String?
        (rows, note) = ListingLimit.apply(rows, limit: ListingLimit.resolve(limit), noun: "actions")
        defer { note.map(printError) }
        if format == .json {
            print(try encodeJSON(rows), terminator: "")
            return
        }
        let headers = ["actor", "action", "target", "category", "flags", "document", "evidence"] + (explain ? ["rule"] : [])
        let table = TextTable(headers: headers, rows: rows.map { r in
            let flags = [r.negated ? "negated" : nil, r.hypothetical ? "hypothetical" : nil,
                         r.derived ? "derived" : nil].compactMap { $0 }
            return [r.actor, r.verb, r.target ?? "–", [r.category, r.quadClass].compactMap { $0 }.joined(separator: " "),
                    flags.joined(separator: ", "), "\(r.document):\(r.start)-\(r.end)", r.evidence ?? ""]
                + (explain ? [r.rule ?? "–"] : [])
        })
        print(table.render(format), terminator: "")
        if rows.isEmpty && format == .table { printError("no actions match") }
    }

    func query() throws -> ActionQuery {
        ActionQuery(actor: actor, target: target, category: category, quadClass: quadClass.flatMap { QuadClass(name: $0) },
                    documents: try from.filter())
    }

    /// The actions of `g` that pass the filters, in the graph's (document) order.
    func rows(in g: KnowledgeGraph) throws -> [Row] {
        try asCLI { try query().run(on: g, resolve: resolveEntity) }
    }

    static func withBodies(of entity: Entity, in graph: KnowledgeGraph) -> Set<String> {
        ActionQuery.withBodies(of: entity, in: graph)
    }

    static func normalizedCategory(_ s: String) -> String? { ActionQuery.normalizedCategory(s) }
}
