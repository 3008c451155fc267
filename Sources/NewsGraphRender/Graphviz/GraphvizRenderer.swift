import CGraphviz
import Foundation

/// Lays out and renders a `Diagram` with libgraphviz, in process (the `dot` program is never run).
///
/// Every call takes the process-wide Graphviz lock, so renders from several threads or tasks are safe but
/// serialized. Output is deterministic for `dot`, `neato`, `sfdp` and `circo` — byte-identical from render to
/// render and run to run — thanks to sequential cgraph ids (see `GraphvizRuntime`), random generators reseeded
/// before each layout, and `overlap=scale`: Graphviz's default overlap removal for sfdp (`prism`) goes through
/// GTS's Delaunay triangulation, whose pointer-keyed hashing made sfdp output depend on the heap's history and
/// on address randomisation, even between two runs of a program. `fdp` is not reproducible.
/// Calls block: a large layout can take seconds, so async callers should not render many at once on the
/// cooperative pool.
public enum GraphvizRenderer {
    /// Above this many nodes `sfdp` is used whatever the estimate; below it, `EngineChoice` decides by
    /// estimated cost, so `dot` may be passed over for a much smaller but dense or cyclic diagram.
    public static let sfdpThreshold = EngineChoice.dotNodeLimit

    /// Seed for `srand`/`srand48` before each layout.
    static let seed = 1

    /// The engine used when none is given: `dot` while its estimated cost is small, `sfdp` beyond (see
    /// `EngineChoice`).
    public static func chooseEngine(for diagram: Diagram) -> EngineChoice {
        EngineChoice(for: diagram)
    }

    /// Lays out and renders `diagram`.
    ///
    /// - Parameter engine: nil picks one by estimated cost (`chooseEngine(for:)`), reported as an info diagnostic
    ///   ("152 nodes, estimated dot size 8949 > 2000: using sfdp"); if that `dot` layout reports errors
    ///   (e.g. "lost edge"), `sfdp` is tried instead, with a warning.
    /// - Returns: the bytes (binary for PNG and PDF), the engine used, and Graphviz's warnings.
    /// - Throws: `GraphvizError` when the layout or the render fails or reports errors.
    public static func render(_ diagram: Diagram, format: OutputFormat = .svg, engine: LayoutEngine? = nil) throws -> RenderResult {
        var diagnostics: [RenderDiagnostic] = []
        let chosen: LayoutEngine
        if let engine {
            chosen = engine
        } else {
            let choice = chooseEngine(for: diagram)
            chosen = choice.engine
            diagnostics.append(RenderDiagnostic(.info, choice.description))
        }
        return try GraphvizRuntime.shared.withLock { session in
            do {
                return try layoutAndRender(diagram, format: format, engine: chosen, session: session, diagnostics: diagnostics)
            } catch GraphvizError.layoutFailed(.dot, let messages) where engine == nil {
                diagnostics.append(RenderDiagnostic(.warning, "dot layout failed (\(messages.joined(separator: "; "))): using sfdp"))
                return try layoutAndRender(diagram, format: format, engine: .sfdp, session: session, diagnostics: diagnostics)
            }
        }
    }

    /// The diagram as canonical DOT before layout, written by cgraph's `agwrite`: no positions, so it can be laid
    /// out again with any engine (`dot -Tsvg graph.dot`). Deterministic: the same diagram gives the same bytes.
    /// Edge labels are `xlabel`s when the diagram has clusters (see `render`).
    public static func dotSource(of diagram: Diagram) throws -> String {
        try GraphvizRuntime.shared.withLock { session in
            let g = try CGraphBuilder(session: session).build(diagram)
            defer { agclose(g) }
            return try session.write(g)
        }
    }

    /// Parses DOT text with cgraph's `agmemread` and counts the first graph's nodes and edges.
    /// - Throws: `GraphvizError.invalidDOT` with the parser's messages.
    public static func parseDOT(_ text: String) throws -> (nodes: Int, edges: Int) {
        try GraphvizRuntime.shared.withLock { session in
            guard let g = agmemread(text) else {
                throw GraphvizError.invalidDOT(messages: session.drainMessages().map(\.text))
            }
            defer { agclose(g) }
            return (nodes: Int(agnnodes(g)), edges: Int(agnedges(g)))
        }
    }

    // MARK: Inside the lock

    /// Width and height of the laid-out graph, from its `bb` attribute.
    /// The layout writes `bb` only when rendering, so this renders to DOT once (and throws the text away).
    private static func boundingBox(_ g: UnsafeMutablePointer<Agraph_t>, _ gvc: OpaquePointer) -> (Double, Double)? {
        var buffer: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        guard gvRenderData(gvc, g, "dot", &buffer, &length) == 0 else { return nil }
        if let buffer { gvFreeRenderData(buffer) }
        guard let raw = "bb".withCString({ agget(UnsafeMutableRawPointer(g), UnsafeMutablePointer(mutating: $0)) }) else { return nil }
        let parts = String(cString: raw).split(separator: ",").compactMap { Double($0) }
        guard parts.count == 4 else { return nil }
        return (parts[2] - parts[0], parts[3] - parts[1])
    }

    private static func layoutAndRender(_ diagram: Diagram, format: OutputFormat, engine: LayoutEngine,
                                        session: GraphvizSession, diagnostics: [RenderDiagnostic]) throws -> RenderResult {
        let gvc = try session.requireContext()
        var diagnostics = diagnostics
        let g = try CGraphBuilder(session: session).build(diagram)
        defer { agclose(g) }
        diagnostics += session.drainMessages().map { RenderDiagnostic($0.severity, $0.text) }

        srand(UInt32(seed))
        srand48(seed)
        let layoutStatus = gvLayout(gvc, g, engine.rawValue)
        let layoutMessages = session.drainMessages()
        guard layoutStatus == 0 else {
            // Nothing to free: a failed gvLayout leaves no layout, and rendering now would poison the next render.
            var messages = layoutMessages.map(\.text)
            if messages.contains(where: { $0.contains("not recognized") }) {
                messages.append("the layout plugins are missing (libgvc6 and its config6a)")
            }
            throw GraphvizError.layoutFailed(engine: engine, messages: messages)
        }
        // gvLayout returns 0 even after errors such as "lost edge" or "trouble in init_rank".
        let layoutErrors = layoutMessages.filter { $0.severity == .error }
        guard layoutErrors.isEmpty else {
            gvFreeLayout(gvc, g)
            throw GraphvizError.layoutFailed(engine: engine, messages: layoutErrors.map(\.text))
        }
        // A wide strip does not fit a page. When the layout is wider than `maxAspectRatio`, lay it out again with
        // Graphviz's `ratio` (height / width), which stretches it vertically — never shrinking it, so labels that
        // did not overlap still do not.
        if let maxRatio = diagram.maxAspectRatio, maxRatio > 0, let (width, height) = boundingBox(g, gvc),
           height > 0, width / height > maxRatio {
            gvFreeLayout(gvc, g)
            CGraphBuilder(session: session).set(g, "ratio", GraphvizText.number(1 / maxRatio))
            srand(UInt32(seed))
            srand48(seed)
            guard gvLayout(gvc, g, engine.rawValue) == 0 else {
                throw GraphvizError.layoutFailed(engine: engine, messages: session.drainMessages().map(\.text))
            }
            diagnostics += session.drainMessages().map { RenderDiagnostic($0.severity, $0.text) }
        }
        defer { gvFreeLayout(gvc, g) }
        diagnostics += layoutMessages.map { RenderDiagnostic($0.severity, $0.text) }

        var buffer: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        let renderStatus = gvRenderData(gvc, g, format.rawValue, &buffer, &length)
        defer { if let buffer { gvFreeRenderData(buffer) } }
        let renderMessages = session.drainMessages()
        guard renderStatus == 0, let buffer else {
            throw GraphvizError.renderFailed(format: format, messages: renderMessages.map(\.text))
        }
        diagnostics += renderMessages.map { RenderDiagnostic($0.severity, $0.text) }
        var data = Data(bytes: buffer, count: Int(length))
        if format == .svg { data = SVGTitles.named(data, diagram) }
        return RenderResult(data: data, format: format, engine: engine, diagnostics: diagnostics)
    }
}
