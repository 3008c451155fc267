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

    /// Edges drawn by default: about two per node keeps a 150-entity diagram legible.
    static let defaultMaxEdges = 300

    static func make(graph: KnowledgeGraph, top: Int, maxEdges: Int = defaultMaxEdges) throws -> Result {
        var diagram = try diagram(graph, DiagramOptions(top: top))
        let dropped = limitEdges(&diagram, to: maxEdges)
        let dot = try GraphvizRenderer.dotSource(of: diagram)
        let svg = try render(diagram, format: .svg, engine: nil)
        return Result(dot: Data(dot.utf8), svg: svg.data,
                      messages: omissionMessage(diagram, top: top) + edgeMessage(dropped, kept: diagram.edges.count),
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

    /// Keeps the `limit` strongest edges (most relations first; actions before quotes before roles; then id,
    /// for determinism) and drops nodes that lose all their edges. Returns how many edges were dropped.
    /// `limit` 0 keeps everything.
    @discardableResult
    static func limitEdges(_ diagram: inout Diagram, to limit: Int) -> Int {
        guard limit > 0, diagram.edges.count > limit else { return 0 }
        func rank(_ k: RelationKind) -> Int { k == .action ? 0 : k == .quote ? 1 : 2 }
        let sorted = diagram.edges.sorted { ($1.count, rank($0.kind), $0.id) < ($0.count, rank($1.kind), $1.id) }
        let kept = Set(sorted.prefix(limit).map(\.id))
        let dropped = diagram.edges.count - kept.count
        diagram.edges = diagram.edges.filter { kept.contains($0.id) }
        var connected = Set<String>()
        for e in diagram.edges { connected.insert(e.source); connected.insert(e.target) }
        diagram.nodes = diagram.nodes.filter { connected.contains($0.id) || $0.id == Diagram.Legend.nodeID }
        for c in diagram.clusters.indices { diagram.clusters[c].nodeIDs = diagram.clusters[c].nodeIDs.filter(connected.contains) }
        return dropped
    }

    static func edgeMessage(_ dropped: Int, kept: Int) -> [String] {
        dropped == 0 ? [] : ["diagram: drew the \(kept) strongest relations; \(dropped) weaker edges left out (--max-edges 0 draws all)"]
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
