import Foundation

/// Graphviz writes each node's and edge's `<title>` from its DOT name — our ids ("per_donald_trump",
/// "per_a&#45;&gt;gov_b"). Screen readers and browsers show titles, so they should carry names: this rewrites
/// them to the node label and "Source → Target".
enum SVGTitles {
    static func named(_ svg: Data, _ diagram: Diagram) -> Data {
        var text = String(decoding: svg, as: UTF8.self)
        var labels: [String: String] = [:]
        for n in diagram.nodes { labels[n.id] = n.label }
        var replacements: [String: String] = [:]
        for n in diagram.nodes { replacements["<title>\(n.id)</title>"] = "<title>\(GraphvizText.html(n.label))</title>" }
        for e in diagram.edges {
            let name = "\(labels[e.source] ?? e.source) → \(labels[e.target] ?? e.target)"
            replacements["<title>\(e.source)&#45;&gt;\(e.target)</title>"] = "<title>\(GraphvizText.html(name))</title>"
        }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        // One pass over the lines: Graphviz writes each <title> on its own line.
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("<title>"), let r = replacements[String(line)] { out += r } else { out += line }
            out += "\n"
        }
        out.removeLast()
        text = out
        return Data(text.utf8)
    }
}
