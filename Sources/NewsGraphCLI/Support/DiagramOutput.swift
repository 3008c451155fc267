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

    /// Edges drawn by default (the builder's budget).
    static let defaultMaxEdges = DiagramOptions.defaultMaxEdges

    static func make(graph: KnowledgeGraph, top: Int, maxEdges: Int = DiagramOptions.defaultMaxEdges) throws -> Result {
        var options = DiagramOptions(top: top)
        options.maxEdges = maxEdges
        let diagram = try diagram(graph, options)
        let dot = try GraphvizRenderer.dotSource(of: diagram)
        let svg = try Progress.run("laying out \(diagram.nodes.count) entities") { try render(diagram, format: .svg, engine: nil) }
        return Result(dot: Data(dot.utf8), svg: svg.data, messages: omissionMessage(diagram, options),
                      diagnostics: svg.diagnostics.map(\.description))
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

    /// What the diagram left out by its limits, and the option that brings it back.
    static func omissionMessage(_ diagram: Diagram, _ options: DiagramOptions) -> [String] {
        let o = diagram.omitted
        var lines: [String] = []
        if o.entitiesBeyondTop > 0 {
            let drawn = diagram.focus == nil ? diagram.nodes.count : diagram.nodes.count - 1
            let what = diagram.focus == nil ? "most connected entities" : "strongest neighbours of the focus"
            lines.append("diagram: drew the \(drawn) \(what); \(o.entitiesBeyondTop) more entities and \(o.edgesBeyondTop) of "
                         + "their edges left out (--top \(options.effectiveTop ?? 0); --top 0 draws all)")
        }
        if o.edgesBeyondBudget > 0 {
            lines.append("diagram: drew the \(diagram.edges.count) strongest edges; \(o.edgesBeyondBudget) weaker edges"
                         + (o.entitiesBeyondBudget > 0 ? " and \(o.entitiesBeyondBudget) entities with only those" : "")
                         + " left out (--max-edges \(options.effectiveMaxEdges ?? 0); --max-edges 0 draws all)")
        }
        return lines
    }
}
