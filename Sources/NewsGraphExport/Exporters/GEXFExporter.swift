import Foundation
import NewsGraphModel

/// GEXF 1.3 (Gephi's own format): the same nodes, edges and typed attributes as GraphML. Edge weight is the
/// number of relations.
public struct GEXFExporter: GraphExporter {
    public let format = ExportFormat.gexf
    public init() {}

    public func export(_ input: ExportInput) throws -> ExportOutput {
        let x = XMLText.escaped
        func type(_ k: GraphAttributes.Kind) -> String {
            switch k {
            case .string: "string"
            case .int: "integer"
            case .double: "double"
            }
        }
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" version="1.3">
              <meta><creator>newsgraph</creator></meta>
              <graph defaultedgetype="directed" mode="static">
                <attributes class="node">

            """
        for (i, a) in GraphAttributes.node.enumerated() {
            out += "      <attribute id=\"\(i)\" title=\"\(a.name)\" type=\"\(type(a.kind))\"/>\n"
        }
        out += "    </attributes>\n    <attributes class=\"edge\">\n"
        for (i, a) in GraphAttributes.edge.enumerated() {
            out += "      <attribute id=\"\(i)\" title=\"\(a.name)\" type=\"\(type(a.kind))\"/>\n"
        }
        out += "    </attributes>\n    <nodes>\n"
        for e in input.graph.entities {
            out += "      <node id=\"\(x(e.id))\" label=\"\(x(e.name))\">\n        <attvalues>\n"
            let values = GraphAttributes.values(of: e)
            for (i, a) in GraphAttributes.node.enumerated() {
                if let v = values[a.name] { out += "          <attvalue for=\"\(i)\" value=\"\(x(v))\"/>\n" }
            }
            out += "        </attvalues>\n      </node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for r in input.relations {
            let label = r.rankedWords.first?.word ?? ""
            out += "      <edge id=\"\(x(r.id))\" source=\"\(x(r.source))\" target=\"\(x(r.target))\" weight=\"\(r.count)\" label=\"\(x(label))\">\n        <attvalues>\n"
            let values = GraphAttributes.values(of: r)
            for (i, a) in GraphAttributes.edge.enumerated() {
                if let v = values[a.name] { out += "          <attvalue for=\"\(i)\" value=\"\(x(v))\"/>\n" }
            }
            out += "        </attvalues>\n      </edge>\n"
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return .file(Data(out.utf8))
    }
}
