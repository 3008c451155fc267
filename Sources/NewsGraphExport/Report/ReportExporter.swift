import Foundation
import NewsGraphModel
import NewsGraphRender

/// One self-contained HTML file an analyst can e-mail: the diagram (inline SVG, pan and zoom, legend), an
/// evidence panel for the node or edge clicked (every statement and action behind it, its sentence with the
/// span highlighted, and a link to what the graph holds of the article), and sortable, searchable tables of
/// entities, statements and actions. Nothing is loaded from the network.
///
/// Article text stays inert: the data travels as JSON inside `<script type="application/json">` with every
/// `<`, `>` and `&` written as a `\u` escape (so no `</script>` can end it), and the page builds its DOM with
/// `textContent`, never `innerHTML`. The SVG is Graphviz's, whose text the renderer has already escaped.
public struct ReportExporter: GraphExporter {
    public let format = ExportFormat.html
    public let options: DiagramOptions

    /// Entities drawn when neither `top` nor a focus is given: a report's diagram pane is a screen, not a wall.
    public static let defaultTop = 40

    public init(options: DiagramOptions = DiagramOptions()) {
        var options = options
        if options.top == nil && options.focus == nil { options.top = Self.defaultTop }
        self.options = options
    }

    public func export(_ input: ExportInput) throws -> ExportOutput {
        let diagram = try DiagramBuilder.build(graph: input.graph, options: options)
        var svg = ""
        if !diagram.isEmpty {
            svg = try GraphvizRenderer.render(diagram, format: .svg).text
            // Inline SVG: drop the XML prolog and doctype, which are not allowed inside HTML.
            if let start = svg.range(of: "<svg") { svg = String(svg[start.lowerBound...]) }
        }
        let data = ReportData(input, diagram: diagram, title: options.title ?? "NewsGraph report")
        let json = try Self.scriptSafeJSON(data)
        let notes = Self.notes(diagram)
        let html = ReportPage.html(title: data.title, svg: svg, json: json, notes: notes)
        return .file(Data(html.utf8))
    }

    /// JSON that cannot end or confuse its `<script>` element: `<`, `>`, `&`, U+2028 and U+2029 as `\u` escapes.
    static func scriptSafeJSON<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let text = String(decoding: try encoder.encode(value), as: UTF8.self)
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func notes(_ diagram: Diagram) -> String {
        let lines = diagram.omitted.summary.filter { $0.contains("top limit") || $0.contains("budget") || $0.contains("focus") }
        return lines.isEmpty ? "" : "Not drawn: " + lines.joined(separator: "; ") + "."
    }
}

/// What the page's script reads.
struct ReportData: Encodable {
    struct EntityRow: Encodable { var id, name, type: String; var mentions: Int; var aliases: [String] }
    struct StatementRow: Encodable {
        var id: String; var speaker: String?; var speakerName: String; var about: [String]; var text: String
        var direct: Bool; var cue: String; var stance: String; var document: String; var start, end: Int; var sentence: String?
    }
    struct ActionRow: Encodable {
        var id: String; var actor: String; var verb: String; var target: String?; var category: String
        var quadClass: String; var goldstein: Double?; var negated, hypothetical: Bool; var document: String
        var start, end: Int; var sentence: String?
    }
    struct RoleRow: Encodable { var person, title: String; var of: String?; var document: String; var sentence: String? }
    struct EdgeRef: Encodable { var kind, source, target: String }

    var title: String
    var entities: [EntityRow]
    var statements: [StatementRow]
    var actions: [ActionRow]
    var roles: [RoleRow]
    /// SVG node id → entity id.
    var nodes: [String: String]
    /// SVG edge id → what it joins.
    var edges: [String: EdgeRef]

    init(_ input: ExportInput, diagram: Diagram, title: String) {
        let g = input.graph
        self.title = title
        // Most-mentioned first: the actors an analyst looks for, not the alphabet's junk.
        entities = g.entities.map { EntityRow(id: $0.id, name: $0.name, type: $0.type.rawValue, mentions: $0.mentions.count, aliases: $0.aliases) }
            .sorted { ($1.mentions, $0.name, $0.id) < ($0.mentions, $1.name, $1.id) }
        statements = g.quotes.enumerated().map { i, q in
            StatementRow(id: input.statementIDs[i], speaker: q.speaker,
                         speakerName: input.entityName(q.speaker) ?? q.speakerText.map { "\($0) (unnamed)" } ?? "(unknown)",
                         about: q.about, text: q.text, direct: q.direct, cue: q.cue ?? "",
                         stance: GraphProjection.stance(of: q).rawValue, document: q.document, start: q.start, end: q.end,
                         sentence: q.evidence)
        }
        actions = g.actions.enumerated().map { i, a in
            ActionRow(id: input.actionIDs[i], actor: a.actor, verb: a.verb, target: a.target, category: a.category ?? "",
                      quadClass: a.quadClass.flatMap(QuadClass.init(rawValue:))?.name ?? "", goldstein: a.goldstein,
                      negated: a.negated, hypothetical: a.hypothetical, document: a.document, start: a.start, end: a.end,
                      sentence: a.evidence)
        }
        roles = g.roles.map { RoleRow(person: $0.person, title: $0.title, of: $0.of, document: $0.document, sentence: $0.evidence) }
        var nodes: [String: String] = [:]
        for n in diagram.nodes { if let e = n.entity { nodes[n.id] = e } }
        self.nodes = nodes
        var edges: [String: EdgeRef] = [:]
        for e in diagram.edges {
            if let s = nodes[e.source], let t = nodes[e.target] { edges[e.id] = EdgeRef(kind: e.kind.rawValue, source: s, target: t) }
        }
        self.edges = edges
    }
}
