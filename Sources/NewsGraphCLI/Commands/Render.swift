import ArgumentParser
import Foundation
import NewsGraphModel
import NewsGraphRender

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw a diagram of part of a graph: one actor's neighbourhood, chosen types, the most connected entities.",
        discussion: """
            Examples:
              newsgraph render output/graph.json --focus Sheinbaum --depth 1 --output sheinbaum.svg
              newsgraph render output/graph.json --types person,government --top 30 --format png
              newsgraph render output/graph.json --relations action --classes material-conflict
            Layout is done in process by libgraphviz. Without --layout, dot is used for diagrams it lays out \
            quickly (at most \(GraphvizRenderer.sfdpThreshold) nodes and a small estimated layering), sfdp \
            otherwise; the choice is printed with --verbose.
            """
    )

    @Argument(help: "A graph.json written by `newsgraph build` (or give --store).")
    var graph: String?

    @OptionGroup var from: QuerySourceOptions

    @Option(help: "Output formats, comma-separated: svg, dot, png, pdf.")
    var format: String = "svg"

    @Option(help: "Layout engine: dot, sfdp, neato, fdp or circo (default: chosen by size).")
    var layout: String?

    @Option(help: "Draw the neighbourhood of this entity (name, surname, alias or acronym).")
    var focus: String?

    @Option(help: "With --focus: how many relations away from the focus to draw.")
    var depth: Int = 1

    @Option(help: "Entity types to draw, comma-separated: person, government, agency, organization, location.")
    var types: String?

    @Option(help: "Draw only the N most connected entities (0 = all; default \(DiagramOptions.defaultTop), or \(DiagramOptions.defaultFocusTop) with --focus).")
    var top: Int?

    @Option(help: "Draw at most this many edges, the strongest first (0 = all; default \(DiagramOptions.defaultMaxEdges), or \(DiagramOptions.defaultFocusMaxEdges) with --focus).")
    var maxEdges: Int?

    @Option(help: "Make the drawing at most this many times wider than tall (0 = the engine's shape; default \(DiagramOptions.defaultMaxAspectRatio)).")
    var ratio: Double?

    @Option(help: "Scale the drawing down to fit this size in inches, e.g. 7.5,10 (Graphviz size).")
    var size: String?

    @Option(help: "Relation kinds to draw, comma-separated: role, quote, action.")
    var relations: String?

    @Option(help: "Action classes to draw, comma-separated: verbal-cooperation, material-cooperation, verbal-conflict, material-conflict, or cooperation / conflict.")
    var classes: String?

    @Option(help: "Diagram title.")
    var title: String?

    @Flag(help: "Group nodes of the same type in boxes.")
    var groupByType = false

    @Flag(help: "Leave out the legend.")
    var noLegend = false

    @Option(name: .shortAndLong, help: "Output file (default: diagram.<format> beside GRAPH.json or the store). With several formats the extension is replaced per format.")
    var output: String?

    @Flag(name: .shortAndLong, help: "Print Graphviz's messages.")
    var verbose = false

    func validate() throws {
        if depth < 0 { throw ValidationError("--depth must be 0 or more") }
        if let top, top < 0 { throw ValidationError("--top must be 0 (everything) or a positive number") }
        if let maxEdges, maxEdges < 0 { throw ValidationError("--max-edges must be 0 (everything) or a positive number") }
        if let ratio, ratio < 0 || !ratio.isFinite { throw ValidationError("--ratio must be 0 (the engine's shape) or a positive number") }
        if let size {
            let parts = size.split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces)) }
            guard (1...2).contains(parts.count), parts.allSatisfy({ ($0 ?? 0) > 0 }) else {
                throw ValidationError("--size '\(size)': give WIDTH,HEIGHT in inches, e.g. 7.5,10")
            }
        }
    }

    func run() throws {
        let formats = try parseList(format, option: "--format") { NewsGraphRender.OutputFormat(rawValue: $0) }
        var engine: LayoutEngine?
        if let layout {
            guard let e = LayoutEngine(rawValue: layout.lowercased()) else {
                throw CLIError("--layout '\(layout)': unknown engine; use dot, sfdp, neato, fdp or circo")
            }
            engine = e
        }
        var options = DiagramOptions(focus: focus, depth: depth, top: top, title: title,
                                     legend: !noLegend, groupByType: groupByType)
        options.maxEdges = maxEdges
        if let ratio { options.maxAspectRatio = ratio > 0 ? ratio : nil }
        options.size = size
        if let types {
            options.types = Set(try parseList(types, option: "--types") { EntityType(userInput: $0) })
        }
        if let relations {
            options.relationKinds = Set(try parseList(relations, option: "--relations") { RelationKind(userInput: $0) })
        }
        if let classes {
            var set = Set<QuadClass>()
            for name in classes.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) {
                switch name {
                case "cooperation": set.formUnion([.verbalCooperation, .materialCooperation])
                case "conflict": set.formUnion([.verbalConflict, .materialConflict])
                default:
                    guard let q = QuadClass(name: name) else {
                        throw CLIError("--classes '\(name)': unknown class; use verbal-cooperation, material-cooperation, verbal-conflict, material-conflict, cooperation or conflict")
                    }
                    set.insert(q)
                }
            }
            options.actionClasses = set
        }
        let g = try from.load(graph: graph)
        let diagram = try DiagramOutput.diagram(g, options)
        if diagram.isEmpty { throw CLIError("nothing to draw: no entity matches these options") }
        DiagramOutput.omissionMessage(diagram, options).forEach { printError($0) }

        let base = output.map { URL(fileURLWithPath: $0) }
            ?? from.defaultFolder(graph: graph).appendingPathComponent("diagram.svg")
        try AtomicWriter.ensureWritableDirectory(base.deletingLastPathComponent())
        var files: [(URL, Data)] = []
        for f in formats {
            let url = formats.count == 1 && output != nil ? base : base.deletingPathExtension().appendingPathExtension(f.fileExtension)
            if f == .dot {
                files.append((url, Data(try dotSource(diagram).utf8)))
            } else {
                let result = try DiagramOutput.render(diagram, format: f, engine: engine)
                for d in result.diagnostics where verbose || d.severity != .info { printError(d.description) }
                files.append((url, result.data))
            }
        }
        try AtomicWriter.writeAll(files)
        let drawn = diagram.nodes.filter { $0.id != Diagram.Legend.nodeID }.count
        for (url, _) in files { print("\(url.path): \(drawn) entities, \(diagram.edges.count) edges") }
    }

    private func dotSource(_ d: Diagram) throws -> String {
        do { return try GraphvizRenderer.dotSource(of: d) } catch let e as GraphvizError {
            throw CLIError("Graphviz could not write DOT: \(e.description)")
        }
    }

    private func parseList<T>(_ text: String, option: String, _ make: (String) -> T?) throws -> [T] {
        var out: [T] = []
        for item in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) where !item.isEmpty {
            guard let v = make(item) else { throw CLIError("\(option) '\(item)': not a known value; see --help") }
            out.append(v)
        }
        if out.isEmpty { throw CLIError("\(option): give at least one value") }
        return out
    }
}
