import ArgumentParser
import Foundation
import NewsGraphExport
import NewsGraphModel
import NewsGraphRender

/// `newsgraph export`: one graph, one format, one output path. The work is the exporter's.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a graph in a format other tools read: CSV, GraphML, GEXF, Cypher, JSON, DOT, SVG, PNG, PDF.",
        discussion: """
            Examples:
              newsgraph export output/graph.json --format graphml --output graph.graphml   (Gephi, Cytoscape, yEd)
              newsgraph export output/graph.json --format csv --output csv/                (a folder of CSV files)
              newsgraph export output/graph.json --format cypher --output graph.cypher     (Neo4j; safe to load twice)
            """
    )

    @Argument(help: "A graph.json written by `newsgraph build` (or give --store).")
    var graph: String?

    @OptionGroup var from: QuerySourceOptions

    @Option(help: "csv, graphml, gexf, cypher, json, dot, svg, png, pdf or html.")
    var format: String

    @Option(name: .shortAndLong, help: "Output file (a folder for csv).")
    var output: String

    func run() throws {
        guard let f = ExportFormat(rawValue: format.lowercased()) else {
            throw CLIError("--format '\(format)': unknown format; use "
                + ExportFormat.allCases.map(\.rawValue).joined(separator: ", "))
        }
        let g = try from.load(graph: graph)
        let input = ExportInput(g)
        let result: ExportOutput
        do {
            result = try Progress.run("exporting \(f.rawValue)") { try f.exporter().export(input) }
        } catch let e as ExportError {
            throw CLIError(e.description)
        } catch let e as DiagramError {
            throw CLIError(e.description)
        } catch let e as GraphvizError {
            throw CLIError("Graphviz could not draw the diagram: \(e.description)")
        }
        let target = URL(fileURLWithPath: output)
        switch result {
        case .file(let data):
            try AtomicWriter.ensureWritableDirectory(target.deletingLastPathComponent())
            try AtomicWriter.writeAll([(target, data)])
        case .folder(let files):
            try AtomicWriter.ensureWritableDirectory(target)
            try AtomicWriter.writeAll(files.map { (target.appendingPathComponent($0.name), $0.data) })
        }
        print("\(target.path): \(f.rawValue), \(g.entities.count) entities, \(input.relations.count) relations")
    }
}
