import ArgumentParser
import Foundation
import NewsGraph
import NewsGraphModel

struct Entities: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the entities of a graph with their type, aliases, roles and mentions per document.",
        discussion: "Sorted by number of mentions, most mentioned first."
    )

    @Argument(help: "A graph.json written by `newsgraph build` (or give --store).")
    var graph: String?

    @OptionGroup var from: QuerySourceOptions

    @Option(help: "Only entities of this type: person, government, agency, organization, location.")
    var type: String?

    @Option(help: "Only entities mentioned in this document (id = file name without extension).")
    var document: String?

    @Option(help: "Output format: table, json, markdown or csv.")
    var format: OutputFormat = .table

    @Option(help: "Explain one entity instead of listing: why each alias and mention belongs to it (the rule, lexicon row and merge).")
    var explain: String?

    @Option(help: "Show at most N entities (0 = all; default: a page on a terminal, all otherwise).")
    var limit: Int?

    typealias Row = EntityQuery.Row

    func run() throws {
        var wanted: EntityType?
        if let type {
            guard let t = EntityType(userInput: type) else {
                throw CLIError("--type '\(type)': unknown type; use person, government, agency, organization or location")
            }
            wanted = t
        }
        if let explain {
            let explanation: EntityExplanation
            if let engine = try from.engine(graph: graph) {
                explanation = try asCLI { try engine.explain(explain, resolve: resolveEntity) }
            } else {
                let g = try GraphFile.load(graph)
                explanation = EntityExplanation(entity: try resolveEntity(explain, in: g, option: "--explain"))
            }
            if format == .json {
                print(try encodeJSON(explanation), terminator: "")
            } else {
                print(explanation.text(), terminator: "")
            }
            return
        }
        let query = EntityQuery(type: wanted, document: document, documents: try from.filter())
        var rows: [Row]
        if let engine = try from.engine(graph: graph) {
            rows = try asCLI { try engine.entities(query) }
        } else {
            rows = try asCLI { try query.run(on: GraphFile.load(graph)) }
        }
        let note: String?
        (rows, note) = ListingLimit.apply(rows, limit: ListingLimit.resolve(limit), noun: "entities")
        defer { note.map(printError) }
        if format == .json {
            print(try encodeJSON(rows), terminator: "")
            return
        }
        let table = TextTable(headers: ["name", "type", "mentions", "aliases", "roles", "documents"], rows: rows.map { r in
            [r.name, r.type, String(r.mentions), r.aliases.joined(separator: "; "), r.roles.joined(separator: "; "),
             r.documents.sorted { $0.key < $1.key }.map { "\($0.key) (\($0.value))" }.joined(separator: ", ")]
        })
        print(table.render(format), terminator: "")
    }
}
