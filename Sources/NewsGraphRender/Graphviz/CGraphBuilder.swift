import CGraphviz

/// Turns a `Diagram` into a cgraph graph. Call only inside `GraphvizRuntime.withLock`; the caller `agclose`s.
struct CGraphBuilder {
    static let fontname = "DejaVu Sans"

    let session: GraphvizSession

    /// Edge labels go in `xlabel` when there are clusters: `dot` with clusters and edge `label`s double-frees
    /// in gvFreeLayout in Graphviz 2.42 (and xlabels are much faster there).
    static func edgeLabelAttribute(for diagram: Diagram) -> String {
        diagram.clusters.isEmpty ? "label" : "xlabel"
    }

    func build(_ diagram: Diagram) throws -> UnsafeMutablePointer<Agraph_t> {
        guard let g = diagram.name.withCString({ agopen(UnsafeMutablePointer(mutating: $0), newsgraph_directed(), session.discipline) })
        else { throw GraphvizError.graphConstruction("agopen failed") }
        do {
            try populate(g, from: diagram)
        } catch {
            agclose(g)
            throw error
        }
        return g
    }

    private func populate(_ g: UnsafeMutablePointer<Agraph_t>, from diagram: Diagram) throws {
        // Defaults, declared once: they are what `agwrite` puts in `graph […]`, `node […]`, `edge […]`.
        declare(g, AGRAPH, "fontname", Self.fontname)
        declare(g, AGRAPH, "fontsize", "12")
        declare(g, AGRAPH, "overlap", "scale")
        declare(g, AGRAPH, "outputorder", "edgesfirst")
        declare(g, AGRAPH, "pad", "0.2")
        declare(g, AGNODE, "fontname", Self.fontname)
        declare(g, AGNODE, "fontsize", "11")
        declare(g, AGNODE, "shape", "ellipse")
        declare(g, AGNODE, "style", "filled")
        declare(g, AGNODE, "fillcolor", "#ffffff")
        declare(g, AGNODE, "color", "#555555")
        declare(g, AGEDGE, "fontname", Self.fontname)
        declare(g, AGEDGE, "fontsize", "9")
        declare(g, AGEDGE, "color", "#666666")
        declare(g, AGEDGE, "arrowsize", "0.7")
        declare(g, AGEDGE, "penwidth", "1")
        if let size = diagram.size { set(g, "size", GraphvizText.escString(size)) }
        if let title = diagram.title {
            // Set on the root object only: a root-level default would become every cluster's label.
            set(g, "label", GraphvizText.escString(title))
            set(g, "labelloc", "t")
            set(g, "fontsize", "16")
        }

        var nodes: [String: UnsafeMutablePointer<Agnode_t>] = [:]
        for node in diagram.nodes {
            guard DiagramIDAllocator.isSafe(node.id) else { throw GraphvizError.graphConstruction("unsafe node id “\(node.id)”") }
            guard let n = node.id.withCString({ agnode(g, UnsafeMutablePointer(mutating: $0), 1) }) else {
                throw GraphvizError.graphConstruction("agnode failed for \(node.id)")
            }
            nodes[node.id] = n
            set(n, "id", node.id)
            set(n, "class", node.classes.joined(separator: " "))
            set(n, "label", GraphvizText.escString(node.label))
            set(n, "tooltip", GraphvizText.tooltip(node.tooltip))
            for (name, value) in node.attributes.sorted(by: { $0.key < $1.key }) {
                set(n, name, GraphvizText.escString(value))
            }
        }

        for cluster in diagram.clusters {
            guard let sub = cluster.id.withCString({ agsubg(g, UnsafeMutablePointer(mutating: $0), 1) }) else {
                throw GraphvizError.graphConstruction("agsubg failed for \(cluster.id)")
            }
            set(sub, "label", GraphvizText.escString(cluster.label))
            // Explicit, because agwrite puts the root's values (the title's fontsize) in `graph [...]`, which a
            // reader of the DOT file applies to every subgraph as defaults.
            set(sub, "fontsize", "12")
            set(sub, "labelloc", "t")
            set(sub, "style", "rounded,dashed")
            set(sub, "color", "#bbbbbb")
            set(sub, "fontcolor", "#777777")
            for id in cluster.nodeIDs {
                if let n = nodes[id] { _ = agsubnode(sub, n, 1) }
            }
        }

        if let legend = diagram.legend {
            guard let n = Diagram.Legend.nodeID.withCString({ agnode(g, UnsafeMutablePointer(mutating: $0), 1) }) else {
                throw GraphvizError.graphConstruction("agnode failed for the legend")
            }
            set(n, "id", Diagram.Legend.nodeID)
            set(n, "class", "legend")
            set(n, "shape", "plain")
            set(n, "fontsize", "9")
            set(n, "tooltip", "Legend")
            setHTML(n, "label", LegendLabel.html(for: legend))
        }

        let labelAttribute = Self.edgeLabelAttribute(for: diagram)
        for edge in diagram.edges {
            guard let t = nodes[edge.source], let h = nodes[edge.target] else {
                throw GraphvizError.graphConstruction("edge \(edge.id) joins a node the diagram does not have")
            }
            guard DiagramIDAllocator.isSafe(edge.id) else { throw GraphvizError.graphConstruction("unsafe edge id “\(edge.id)”") }
            // Anonymous edge (no key): DOT output stays `a -> b [...]`; the id attribute names it in SVG.
            guard let e = agedge(g, t, h, nil, 1) else {
                throw GraphvizError.graphConstruction("agedge failed for \(edge.id)")
            }
            set(e, "id", edge.id)
            set(e, "class", edge.classes.joined(separator: " "))
            set(e, labelAttribute, GraphvizText.escString(edge.label))
            set(e, "tooltip", GraphvizText.tooltip(edge.tooltip))
            set(e, "color", GraphvizText.escString(edge.color))
            set(e, "penwidth", GraphvizText.number(edge.penwidth))
            for (name, value) in edge.attributes.sorted(by: { $0.key < $1.key }) {
                set(e, name, GraphvizText.escString(value))
            }
        }
    }

    // MARK: cgraph string calls (cgraph copies every string into its own pool and never writes through them)

    private func declare(_ g: UnsafeMutablePointer<Agraph_t>, _ kind: Int32, _ name: String, _ value: String) {
        name.withCString { n in
            value.withCString { v in
                _ = agattr(g, kind, UnsafeMutablePointer(mutating: n), UnsafeMutablePointer(mutating: v))
            }
        }
    }

    func set<Object>(_ object: UnsafeMutablePointer<Object>, _ name: String, _ value: String) {
        name.withCString { n in
            value.withCString { v in
                "".withCString { d in
                    _ = agsafeset(UnsafeMutableRawPointer(object), UnsafeMutablePointer(mutating: n),
                                  UnsafeMutablePointer(mutating: v), UnsafeMutablePointer(mutating: d))
                }
            }
        }
    }

    /// An HTML-like label: the value must be interned as an HTML string, or it is drawn as text.
    private func setHTML(_ node: UnsafeMutablePointer<Agnode_t>, _ name: String, _ html: String) {
        let g = agraphof(UnsafeMutableRawPointer(node))
        html.withCString { v in
            guard let interned = agstrdup_html(g, UnsafeMutablePointer(mutating: v)) else { return }
            name.withCString { n in
                "".withCString { d in
                    _ = agsafeset(UnsafeMutableRawPointer(node), UnsafeMutablePointer(mutating: n), interned,
                                  UnsafeMutablePointer(mutating: d))
                }
            }
            _ = agstrfree(g, interned)
        }
    }
}
