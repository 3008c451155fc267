import ArgumentParser
import Foundation
import NewsGraphModel

struct Entities: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the entities of a graph with their type, aliases, roles and mentions per document.",
        discussion: "Sorted by number of mentions, most mentioned first."
    )

    @Argument(help: "A graph.json written by `newsgraph build`.")
    var graph: String

    @Option(help: "Only entities of this type: person, government, agency, organization, location.")
    var type: String?

    @Option(help: "Only entities mentioned in this document (id = file name without extension).")
    var document: String?

    @Option(help: "Output format: table, json, markdown or csv.")
    var format: OutputFormat = .table

    @Option(help: "Show at most N entities (0 = all; default: a page on a terminal, all otherwise).")
    var limit: Int?

    struct Row: Encodable {
        var id: String
        var name: String
        var type: String
        var aliases: [String]
        var roles: [String]
        var mentions: Int
        var documents: [String: Int]
    }

    func run() throws {
        let g = try GraphFile.load(graph)
        var wanted: EntityType?
        if let type {
            guard let t = EntityType(userInput: type) else {
                throw CLIError("--type '\(type)': unknown type; use person, government, agency, organization or location")
            }
            wanted = t
        }
        if let document, !g.documents.contains(where: { $0.id == document }) {
            throw CLIError("--document '\(document)': no such document in \(graph)")
        }
        let byId = g.entityIndex()
        var rolesOf: [String: [String]] = [:]
        for r in g.roles {
            let of = r.of.flatMap { byId[$0]?.name }
            let text = of.map { "\(r.title), \($0)" } ?? r.title
            if !(rolesOf[r.person]?.contains(text) ?? false) { rolesOf[r.person, default: []].append(text) }
        }
        var rows: [Row] = g.entities.compactMap { e in
            if let wanted, e.type != wanted { return nil }
            var perDoc: [String: Int] = [:]
            for m in e.mentions { perDoc[m.document, default: 0] += 1 }
            if let document, perDoc[document] == nil { return nil }
            return Row(id: e.id, name: e.name, type: e.type.rawValue, aliases: e.aliases.filter { $0 != e.name },
                       roles: rolesOf[e.id] ?? [], mentions: e.mentions.count, documents: perDoc)
        }
        rows.sort { ($0.mentions, $1.name) > ($1.mentions, $0.name) }
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
