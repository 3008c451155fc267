import Foundation
import NewsGraphModel
@testable import NewsGraphRender
import Testing

/// A sanity check to run by hand, not a timed test (the machine is shared and noisy):
/// `NEWSGRAPH_PERF=1 swift test --scratch-path .build-render --filter PerformanceCheck`
@Suite(.serialized, .enabled(if: ProcessInfo.processInfo.environment["NEWSGRAPH_PERF"] == "1"))
struct PerformanceCheck {
    /// `n` entities of every type with about two labelled relations each, drawn from a fixed pseudo-random sequence.
    static func newsLikeGraph(entities n: Int) -> KnowledgeGraph {
        var state: UInt64 = 42
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        let types: [EntityType] = [.person, .person, .government, .agency, .organization, .location]
        let entities = (0..<n).map { i in Fixtures.entity("Entity Number \(i)", types[i % types.count]) }
        let verbs = ["meet", "criticize", "sanction", "praise", "accuse", "support"]
        var actions: [Action] = [], quotes: [Quote] = []
        for i in 0..<n {
            let a = entities[i].id, b = entities[next(n)].id, c = entities[next(n)].id
            actions.append(Action(actor: a, verb: verbs[next(verbs.count)], target: b, quadClass: 1 + next(4),
                                  document: "doc\(next(20))", start: i, end: i + 1, evidence: "Sentence \(i) about it."))
            quotes.append(Quote(speaker: a, text: "Quote number \(i)", about: [c], direct: true, cue: "said",
                                document: "doc\(next(20))", start: i, end: i + 1))
        }
        return KnowledgeGraph(entities: entities, quotes: quotes, actions: actions)
    }

    /// Prints the median of 5 layout + SVG renders with the engine chosen automatically.
    static func measure(_ name: String, _ diagram: Diagram) throws {
        var times: [Double] = []
        var result: RenderResult?
        for _ in 0..<5 {
            let start = DispatchTime.now().uptimeNanoseconds
            result = try GraphvizRenderer.render(diagram, format: .svg)
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        let median = times.sorted()[times.count / 2]
        print("PERF \(name): \(diagram.edges.count) edges, \(GraphvizRenderer.chooseEngine(for: diagram)); "
            + "median \(String(format: "%.3f", median)) s over 5, SVG \((result?.data.count ?? 0) / 1024) KB")
    }

    @Test(arguments: [150, 300, 1000])
    func randomGraph(entities: Int) throws {
        try Self.measure("random \(entities)", try DiagramBuilder.build(graph: Self.newsLikeGraph(entities: entities),
                                                                       options: DiagramOptions(top: 0)))
    }

    @Test func starAsDrawnByFocus() throws {
        var star = Fixtures.wheel(149)
        star.actions.removeAll { $0.verb == "criticize" }
        try Self.measure("star 150", try DiagramBuilder.build(graph: star, options: DiagramOptions(top: 0)))
    }
}
