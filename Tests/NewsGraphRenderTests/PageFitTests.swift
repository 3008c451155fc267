import Foundation
import NewsGraphModel
@testable import NewsGraphRender
import Testing

/// Default diagrams fit a page: no wider than 2.5:1, and no two node boxes (each sized to its label) overlap —
/// checked on the positions of the laid-out graph, not by eye.
@Suite struct PageFitTests {
    static func check(_ diagram: Diagram, _ name: String) throws {
        let l = try DiagramLayout.of(diagram)
        #expect(l.boxes.count == diagram.nodes.count + (diagram.legend == nil ? 0 : 1), "\(name): every node has a position")
        #expect(l.aspectRatio <= 2.5, "\(name): \(l.width) × \(l.height)")
        for (a, b) in l.overlappingPairs() { Issue.record("\(name): \(a.id) overlaps \(b.id)") }
    }

    /// The overlap sweep finds what the all-pairs comparison finds.
    @Test func overlapSweepAgreesWithAllPairs() {
        var boxes: [DiagramLayout.Box] = []
        var seed: UInt64 = 7
        func next() -> Double {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Double(seed >> 33) / Double(1 << 31)
        }
        for i in 0..<300 { boxes.append(.init(id: "n\(i)", x: next() * 2000, y: next() * 800, width: 40 + next() * 120, height: 36)) }
        let layout = DiagramLayout(width: 2000, height: 800, boxes: boxes, engine: .dot)
        var expected: [String] = []
        for i in boxes.indices { for j in boxes.indices where j > i && boxes[i].overlaps(boxes[j]) { expected.append("\(i)-\(j)") } }
        let found = layout.overlappingPairs().map { "\($0.0.id.dropFirst())-\($0.1.id.dropFirst())" }
        #expect(!expected.isEmpty, "the random boxes must overlap somewhere, or the test proves nothing")
        #expect(found == expected)
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
        let strip = try DiagramLayout.of(try DiagramBuilder.build(graph: Self.star, options: unbounded))
        #expect(strip.aspectRatio > 2.5, "the fixture must be wide without the ratio, or the test proves nothing")
    }

    @Test func topThirtyOfALargeGraphFitsAPage() throws {
        try Self.check(try DiagramBuilder.build(graph: Fixtures.wheel(200), options: DiagramOptions(top: 30)), "wheel top 30")
        try Self.check(try DiagramBuilder.build(graph: Fixtures.wheel(400)), "wheel default")
    }
}
