import ArgumentParser
import Foundation
import NewsGraphExport
import NewsGraphModel
import NewsGraphRender

/// `newsgraph report`: the graph as one self-contained HTML file. The work is `ReportExporter`'s.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write one self-contained HTML report: the diagram linked to its evidence, and tables of entities, statements and actions.",
        discussion: """
            The file needs nothing from the network (scripts, styles and the diagram are inline), so it can be \
            e-mailed. Click a node or an edge to see every statement and action behind it with its sentence.
              newsgraph report output/graph.json --output report.html
              newsgraph report output/graph.json --focus Sheinbaum --output sheinbaum.html
            """
    )

    @Argument(help: "A graph.json written by `newsgraph build` (or give --store).")
    var graph: String?

    @OptionGroup var from: QuerySourceOptions

    @Option(name: .shortAndLong, help: "The HTML file to write.")
    var output: String = "report.html"

    @Option(help: "Draw the neighbourhood of this entity.")
    var focus: String?

    @Option(help: "With --focus: how many relations away from the focus to draw.")
    var depth: Int = 1

    @Option(help: "Entity types to draw, comma-separated: person, government, agency, organization, location.")
    var types: String?

    @Option(help: "Draw only the N most connected entities (0 = all).")
    var top: Int?

    @Option(help: "Report title.")
    var title: String?

    func run() throws {
        var options = DiagramOptions(focus: focus, depth: depth, top: top, title: title)
        if let types {
            var set = Set<EntityType>()
            for item in types.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !item.isEmpty {
                guard let t = EntityType(userInput: item) else { throw CLIError("--types '\(item)': not a known type; see --help") }
                set.insert(t)
            }
            options.types = set
        }
        let g = try from.load(graph: graph)
        let data: Data
        do {
            guard case .file(let d) = try Progress.run("writing the report", { try ReportExporter(options: options).export(ExportInput(g)) })
            else { throw CLIError("the report exporter wrote no file") }
            data = d
        } catch let e as DiagramError {
            throw CLIError(e.description)
        } catch let e as GraphvizError {
            throw CLIError("Graphviz could not draw the diagram: \(e.description)")
        }
        let url = URL(fileURLWithPath: output)
        try AtomicWriter.ensureWritableDirectory(url.deletingLastPathComponent())
        try AtomicWriter.writeAll([(url, data)])
        print("\(url.path): report of \(g.entities.count) entities, \(g.quotes.count) statements, \(g.actions.count) actions")
    }
}
