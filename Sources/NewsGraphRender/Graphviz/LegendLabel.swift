/// The legend as one HTML-like table label: a single node, no cluster.
enum LegendLabel {
    /// The label text, without the enclosing `<…>` that marks HTML in DOT.
    static func html(for legend: Diagram.Legend) -> String {
        var rows = [row(cell("<B>Legend</B>", attributes: #"COLSPAN="2" ALIGN="LEFT""#))]
        for type in legend.nodeTypes {
            let fill = DiagramStyle.fillColor(for: type)
            // WIDTH and HEIGHT are minimums; FIXEDSIZE made Graphviz warn "cell size too small for content".
            let swatch = cell(" ", attributes: "BGCOLOR=\"\(fill)\" BORDER=\"1\" COLOR=\"#555555\" WIDTH=\"28\" HEIGHT=\"12\"")
            let name = GraphvizText.html(type.rawValue)
            let shape = GraphvizText.html(DiagramStyle.shapeName(for: type))
            rows.append(row(swatch + cell("\(name) <FONT COLOR=\"#777777\">(\(shape))</FONT>", attributes: #"ALIGN="LEFT""#)))
        }
        for category in legend.edgeCategories {
            let color = DiagramStyle.color(for: category)
            let line = cell("<FONT COLOR=\"\(color)\">\(stroke(for: category))</FONT>", attributes: "")
            rows.append(row(line + cell(GraphvizText.html(DiagramStyle.legendText(for: category)), attributes: #"ALIGN="LEFT""#)))
        }
        let table = "BORDER=\"1\" COLOR=\"#bbbbbb\" CELLBORDER=\"0\" CELLSPACING=\"1\" CELLPADDING=\"3\" BGCOLOR=\"#ffffff\""
        return "<TABLE \(table)>" + rows.joined() + "</TABLE>"
    }

    private static func row(_ cells: String) -> String { "<TR>\(cells)</TR>" }

    private static func cell(_ content: String, attributes: String) -> String {
        attributes.isEmpty ? "<TD>\(content)</TD>" : "<TD \(attributes)>\(content)</TD>"
    }

    /// A short line in the edge's style, drawn with box-drawing characters DejaVu Sans has.
    private static func stroke(for category: EdgeCategory) -> String {
        switch category {
        case .role: "╌╌╌▷"
        case .quote: "┈┈┈&gt;"
        case .action: "━━━▶"
        }
    }
}
