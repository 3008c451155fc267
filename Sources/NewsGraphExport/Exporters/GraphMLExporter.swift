import Foundation
import NewsGraphModel

/// GraphML for Gephi, Cytoscape, yEd and networkx: every entity a node, every aggregated relation an edge,
/// with a typed `<key>` for every attribute.
public struct GraphMLExporter: GraphExporter {
    public let format = ExportFormat.graphml
    public init() {}

    public func export(_ input: ExportInput) throws -> ExportOutput {
        let x = XMLText.escaped
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """
        for a in GraphAttributes.node {
            out += "  <key id=\"n_\(a.name)\" for=\"node\" attr.name=\"\(a.name)\" attr.type=\"\(a.kind.rawValue)\"/>\n"
        }
        for a in GraphAttributes.edge {
            out += "  <key id=\"e_\(a.name)\" for=\"edge\" attr.name=\"\(a.name)\" attr.type=\"\(a.kind.rawValue)\"/>\n"
        }
        out += "  <graph id=\"newsgraph\" edgedefault=\"directed\">\n"
        for e in input.graph.entities {
            out += "    <node id=\"\(x(e.id))\">\n"
            let values = GraphAttributes.values(of: e)
            for a in GraphAttributes.node { if let v = values[a.name] { out += "      <data key=\"n_\(a.name)\">\(x(v))</data>\n" } }
            out += "    </node>\n"
        }
        for r in input.relations {
            out += "    <edge id=\"\(x(r.id))\" source=\"\(x(r.source))\" target=\"\(x(r.target))\">\n"
            let values = GraphAttributes.values(of: r)
            for a in GraphAttributes.edge { if let v = values[a.name] { out += "      <data key=\"e_\(a.name)\">\(x(v))</data>\n" } }
            out += "    </edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return .file(Data(out.utf8))
    }
}
