import Foundation
import NewsGraphModel
import NewsGraphRender

/// Draws a graph: options → `Diagram` → libgraphviz → bytes, with the messages a user should see.
enum DiagramOutput {
    struct Result {
        var dot: Data
        var svg: Data
        /// What the user should know (what was left out, the engine chosen for a large diagram).
        var messages: [String]
        /// Graphviz's own warnings, for `--verbose`.
        var diagnostics: [String]
    }

    static func make(graph: KnowledgeGraph, top: Int) throws -> Result {
        let diagram = try diagram(graph, DiagramOptions(top: top))
        let dot = try GraphvizRenderer.dotSource(of: diagram)
        let svg = try render(diagram, format: .svg, engine: defaultEngine(for: diagram))
        return Result(dot: Data(dot.utf8), svg: svg.data, messages: omissionMessage(diagram, top: top),
                      diagnostics: svg.diagnostics.map(\.description))
    }

    /// `dot` explodes on dense diagrams long before it does on many nodes: the corpus's top 150 entities carry
    /// ~1,700 labelled edges and `dot` did not finish in 10 minutes. Above `denseEdges` edges use `sfdp`.
    static let denseEdges = 600

    static func defaultEngine(for diagram: Diagram) -> LayoutEngine? {
        diagram.edges.count > denseEdges ? .sfdp : nil
    }

    static func diagram(_ graph: KnowledgeGraph, _ options: DiagramOptions) throws -> Diagram {
        do {
            return try DiagramBuilder.build(graph: graph, options: options)
        } catch let e as DiagramError {
            throw CLIError(e.description)
        }
    }

    static func render(_ diagram: Diagram, format: NewsGraphRender.OutputFormat, engine: LayoutEngine?) throws -> RenderResult {
        do {
            return try GraphvizRenderer.render(diagram, format: format, engine: engine)
        } catch let e as GraphvizError {
            throw CLIError("Graphviz could not draw the diagram: \(e.description)")
        }
    }

    /// "diagram: 150 of 1,234 entities drawn (…); use --top 0 to draw all".
    static func omissionMessage(_ diagram: Diagram, top: Int?) -> [String] {
        let o = diagram.omitted
        guard o.entitiesBeyondTop > 0 else { return [] }
        let drawn = diagram.nodes.filter { $0.id != Diagram.Legend.nodeID }.count
        return ["diagram: drew the \(drawn) most connected entities; \(o.entitiesBeyondTop) less connected entities "
                + "and \(o.edgesBeyondTop) of their edges left out (--top \(top ?? DiagramOptions.defaultTop); --top 0 draws all)"]
    }
}
