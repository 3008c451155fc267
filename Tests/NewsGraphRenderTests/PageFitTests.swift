import Foundation
import NewsGraphModel
@testable import NewsGraphRender
import Testing

/// Default diagrams fit a page: no wider than 2.5:1, and no two node boxes (each sized to its label) overlap —
/// checked on the positions of the laid-out graph, not by eye.
@Suite struct PageFitTests {
    struct Box {
        var id: String
        var x, y, width, height: Double  // centre and size, points
        func overlaps(_ o: Box) -> Bool {
            abs(x - o.x) * 2 < (width + o.width) - 1 && abs(y - o.y) * 2 < (height + o.height) - 1
        }
    }

    /// Node boxes and the bounding box from laid-out DOT (`pos`, `width`, `height` in inches, `bb`).
    static func layout(_ diagram: Diagram) throws -> (width: Double, height: Double, boxes: [Box]) {
        let dot = try GraphvizRenderer.render(diagram, format: .dot).text
        let bb = try #require(dot.firstMatch(of: try Regex(#"bb="([\d.\-]+),([\d.\-]+),([\d.\-]+),([\d.\-]+)""#)))
        let n = (1...4).map { Double(bb.output[$0].substring!)! }
        var boxes: [Box] = []
        for statement in dot.components(separatedBy: "];") {
            guard let open = statement.firstIndex(of: "[") else { continue }
            let head = statement[..<open].trimmingCharacters(in: .whitespacesAndNewlines)
            guard !head.contains("->"), !head.hasPrefix("graph"), !head.hasPrefix("node"), !head.hasPrefix("edge"),
                  let id = head.split(separator: "\n").last?.trimmingCharacters(in: .whitespaces), !id.contains(" "),
                  !["graph", "node", "edge"].contains(id) else { continue }
            // agwrite puts one attribute per line: `name=value,` (the first after the `[`).
            func value(_ name: String) -> String? {
                for line in statement.split(separator: "\n") {
                    var t = Substring(line)
                    if let bracket = t.firstIndex(of: "[") { t = t[t.index(after: bracket)...] }
                    t = Substring(t.trimmingCharacters(in: .whitespaces))
                    guard t.hasPrefix(name + "=") else { continue }
                    return t.dropFirst(name.count + 1).trimmingCharacters(in: CharacterSet(charactersIn: ",\""))
                }
                return nil
            }
            guard let pos = value("pos")?.split(separator: ","), pos.count >= 2, let w = value("width").flatMap(Double.init),
                  let h = value("height").flatMap(Double.init), let x = Double(pos[0]), let y = Double(pos[1])
            else {
                Issue.record("no position in: \(statement.prefix(300))")
                continue
            }
            boxes.append(Box(id: id, x: x, y: y, width: w * 72, height: h * 72))
        }
        return (n[2] - n[0], n[3] - n[1], boxes)
    }

    static func check(_ diagram: Diagram, _ name: String) throws {
        let l = try layout(diagram)
        #expect(l.boxes.count == diagram.nodes.count + (diagram.legend == nil ? 0 : 1), "\(name): every node has a position")
        #expect(l.width / l.height <= 2.5, "\(name): \(l.width) × \(l.height)")
        for i in l.boxes.indices {
            for j in l.boxes.indices where j > i {
                #expect(!l.boxes[i].overlaps(l.boxes[j]), "\(name): \(l.boxes[i].id) overlaps \(l.boxes[j].id)")
            }
        }
    }

    /// A hub with many spokes: dot puts the spokes in one rank, a strip ~10× wider than tall without the ratio.
    static var star: KnowledgeGraph {
        let hub = Fixtures.entity("Central Government", .government)
        let spokes = (0..<60).map { Fixtures.entity("Spokesperson Number \($0)", .person) }
        let quotes = spokes.map { Quote(speaker: $0.id, text: "x", about: [hub.id], direct: true, cue: "said", document: "d", start: 0, end: 1) }
        return KnowledgeGraph(entities: [hub] + spokes, quotes: quotes)
    }

    @Test func defaultStarDiagramFitsAPage() throws {
        let diagram = try DiagramBuilder.build(graph: Self.star)
        #expect(diagram.nodes.count == 61)
        try Self.check(diagram, "star")
        var unbounded = DiagramOptions()
        unbounded.maxAspectRatio = nil
        let strip = try Self.layout(try DiagramBuilder.build(graph: Self.star, options: unbounded))
        #expect(strip.width / strip.height > 2.5, "the fixture must be wide without the ratio, or the test proves nothing")
    }

    @Test func topThirtyOfALargeGraphFitsAPage() throws {
        try Self.check(try DiagramBuilder.build(graph: Fixtures.wheel(200), options: DiagramOptions(top: 30)), "wheel top 30")
        try Self.check(try DiagramBuilder.build(graph: Fixtures.wheel(400)), "wheel default")
    }

    /// The 840-article corpus, when the team's shared folder has it and a graph of it was built into
    /// NEWSGRAPH_CORPUS_GRAPH (building it in a debug test would take minutes).
    @Test func corpusDiagramsFitAPage() throws {
        guard let path = ProcessInfo.processInfo.environment["NEWSGRAPH_CORPUS_GRAPH"] else { return }
        let graph = try GraphJSON.decode(try Data(contentsOf: URL(fileURLWithPath: path)))
        try Self.check(try DiagramBuilder.build(graph: graph), "corpus default")
        try Self.check(try DiagramBuilder.build(graph: graph, options: DiagramOptions(top: 30)), "corpus top 30")
    }
}
