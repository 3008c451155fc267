import Foundation
import NewsGraphModel
@testable import NewsGraphRender
import Testing

@Suite struct GraphvizRendererTests {
    let sample = try! DiagramBuilder.build(graph: Fixtures.sample, options: DiagramOptions(title: "Venezuela, January"))

    // MARK: DOT

    /// Regenerate with `NEWSGRAPH_UPDATE_GOLDEN=1 swift test --filter NewsGraphRenderTests`.
    @Test func dotSourceMatchesTheGoldenFile() throws {
        let dot = try GraphvizRenderer.dotSource(of: sample)
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/sample.dot")
        if ProcessInfo.processInfo.environment["NEWSGRAPH_UPDATE_GOLDEN"] == "1" {
            try dot.write(to: url, atomically: true, encoding: .utf8)
        }
        let golden = try String(contentsOf: url, encoding: .utf8)
        #expect(dot == golden, "DOT differs from Golden/sample.dot; if the change is intended, rerun with NEWSGRAPH_UPDATE_GOLDEN=1")
    }

    @Test func dotSourceParsesBackWithTheSameCounts() throws {
        let dot = try GraphvizRenderer.dotSource(of: sample)
        let counts = try GraphvizRenderer.parseDOT(dot)
        #expect(counts.nodes == sample.nodes.count + 1)  // + the legend
        #expect(counts.edges == sample.edges.count)
        #expect(!dot.contains("pos="))  // not laid out: re-layoutable with any engine
        #expect(dot.contains("Nicolás Maduro"))
    }

    @Test func parseDOTRejectsInvalidTextAndRecovers() throws {
        #expect(throws: GraphvizError.self) { try GraphvizRenderer.parseDOT("digraph { a -> ; }") }
        let counts = try GraphvizRenderer.parseDOT("digraph g { a -> b; b -> c; }")
        #expect(counts.nodes == 3 && counts.edges == 2)
    }

    // MARK: SVG

    @Test func svgIsXMLWithIdsClassesTooltipsAndUTF8Names() throws {
        let result = try GraphvizRenderer.render(sample, format: .svg)
        let svg = try SVG(result.data)

        #expect(svg.value(of: "class", id: "per_nicolas_maduro") == "node person")
        #expect(svg.texts(of: "per_nicolas_maduro") == ["Nicolás Maduro"])
        #expect(svg.texts(of: "per_andres_manuel_lopez_obrador") == ["Andrés Manuel López Obrador"])
        let tooltip = try #require(svg.tooltip(of: "per_nicolas_maduro"))
        #expect(tooltip.hasPrefix("Nicolás Maduro\nperson\nalso: Maduro, Nicolás Maduro Moros"))

        #expect(svg.value(of: "class", id: "a_gov_united_states__gov_venezuela") == "edge action material-conflict")
        #expect(svg.texts(of: "a_gov_united_states__gov_venezuela") == ["sanction ×2"])
        #expect(svg.tooltip(of: "a_gov_united_states__gov_venezuela")?.contains("Venezuela's oil company") == true)
        #expect(svg.value(of: "class", id: "q_per_donald_trump__per_nicolas_maduro") == "edge quote stance-neutral")
        #expect(svg.value(of: "class", id: "r_per_nicolas_maduro__gov_venezuela") == "edge role")
        #expect(svg.value(of: "class", id: "legend") == "node legend")
        #expect(svg.elements.contains { $0.name == "text" && $0.stringValue == "Venezuela, January" })
        #expect(!result.text.contains("href"))
        #expect(!result.diagnostics.contains { $0.severity != .info })
        #expect(result.engine == .dot)
        #expect(result.diagnostics.map(\.description) == ["info: 5 nodes, estimated dot size 16 ≤ 2000: using dot"])
    }

    @Test func untrustedTextIsEscapedIntoValidXMLAndDOT() throws {
        let nasty = #"Ana "La Jefa" O'Neil & <Co> \N \l C:\temp\"#
        var graph = Fixtures.chain(2)
        graph.entities[0].name = nasty
        graph.actions[0].evidence = "She said \"no\" & <b>never</b>\\n, \u{1}then\tleft.\nNext line]]> --> <!--"
        graph.actions[0].verb = "&amp; <meet>"
        let diagram = try DiagramBuilder.build(graph: graph)
        let id = graph.entities[0].id

        let svg = try SVG(try GraphvizRenderer.render(diagram, format: .svg).data)
        #expect(svg.texts(of: id) == [nasty])
        let edge = try #require(diagram.edges.first)
        #expect(svg.texts(of: edge.id) == ["&amp; <meet>"])
        let tooltip = try #require(svg.tooltip(of: edge.id))
        #expect(tooltip.contains(#"She said "no" & <b>never</b>\n, then left. Next line]]> --> <!--"#))
        #expect(svg.tooltip(of: id)?.hasPrefix(nasty + "\nperson") == true)

        // The DOT export keeps the same text through a parse, and stays re-layoutable.
        let dot = try GraphvizRenderer.dotSource(of: diagram)
        #expect(try GraphvizRenderer.parseDOT(dot).nodes == 3)
        #expect(GraphvizText.escString(#"a\b"#) == #"a\\b"#)
        #expect(GraphvizText.escString("x & <y>\nz") == #"x &amp; &lt;y&gt;\nz"#)
    }

    @Test func backslashAtTheEndOfALabelSurvivesTheDOTRoundTrip() throws {
        var graph = Fixtures.chain(2)
        graph.entities[1].name = #"ends with \"#
        let diagram = try DiagramBuilder.build(graph: graph)
        let dot = try GraphvizRenderer.dotSource(of: diagram)
        #expect(try GraphvizRenderer.parseDOT(dot) == (nodes: 3, edges: 1))
    }

    // MARK: Determinism and concurrency

    @Test(arguments: [LayoutEngine.dot, .sfdp, .neato, .circo])
    func twoRendersAreByteIdentical(engine: LayoutEngine) throws {
        let first = try GraphvizRenderer.render(sample, format: .svg, engine: engine)
        let second = try GraphvizRenderer.render(sample, format: .svg, engine: engine)
        #expect(first.data == second.data)
        let laidOut = try GraphvizRenderer.render(sample, format: .dot, engine: engine)
        #expect(laidOut.data == (try GraphvizRenderer.render(sample, format: .dot, engine: engine)).data)
        #expect(try GraphvizRenderer.dotSource(of: sample) == (try GraphvizRenderer.dotSource(of: sample)))
    }

    @Test func clustersRenderDeterministicallyWithXlabels() throws {
        let diagram = try DiagramBuilder.build(graph: Fixtures.sample, options: DiagramOptions(groupByType: true))
        let dot = try GraphvizRenderer.dotSource(of: diagram)
        #expect(dot.contains("subgraph cluster_person"))
        #expect(dot.contains("xlabel="))
        let first = try GraphvizRenderer.render(diagram, format: .svg)
        let second = try GraphvizRenderer.render(diagram, format: .svg)
        #expect(first.data == second.data)
        _ = try SVG(first.data)
    }

    @Test func largeDiagramsAreLaidOutWithSfdpAndDeterministic() throws {
        var all = DiagramOptions(top: 0)
        all.maxEdges = 0
        let diagram = try DiagramBuilder.build(graph: Fixtures.wheel(400), options: all)
        #expect(diagram.nodes.count == 401)
        let first = try GraphvizRenderer.render(diagram)
        #expect(first.engine == .sfdp)
        #expect(first.diagnostics.first?.message.hasPrefix("401 nodes, estimated dot size ") == true)
        #expect(first.diagnostics.first?.message.hasSuffix(": using sfdp") == true)
        // Other layouts in between change the heap; with prism overlap removal (GTS, pointer-keyed hashing) that
        // changed sfdp's output. overlap=scale does not depend on addresses.
        for engine in [LayoutEngine.neato, .sfdp, .circo, .fdp] { _ = try GraphvizRenderer.render(sample, engine: engine) }
        #expect(first.data == (try GraphvizRenderer.render(diagram)).data)
    }

    @Test func dotIsChosenByEstimatedCostNotJustSize() throws {
        // A star of 120 (what --focus draws): no long edges, dot is fast.
        var star = Fixtures.wheel(120)
        star.actions.removeAll { $0.verb == "criticize" }
        let starChoice = GraphvizRenderer.chooseEngine(for: try DiagramBuilder.build(graph: star, options: DiagramOptions(top: 0)))
        #expect(starChoice.engine == .dot)
        // A hub and a 60-node ring: the ring spans 60 ranks and the hub's edges cross them all (dot: seconds).
        let ring = GraphvizRenderer.chooseEngine(for: try DiagramBuilder.build(graph: Fixtures.wheel(60)))
        #expect(ring.engine == .sfdp)
        #expect(ring.estimatedDotSize > EngineChoice.dotSizeBudget)
        // Clusters turn labels into xlabels, which add no ranks: a smaller estimate for the same diagram.
        let ringClusters = GraphvizRenderer.chooseEngine(
            for: try DiagramBuilder.build(graph: Fixtures.wheel(60), options: DiagramOptions(groupByType: true)))
        #expect(ringClusters.estimatedDotSize < ring.estimatedDotSize)
        #expect(EngineChoice.estimateDotSize(try DiagramBuilder.build(graph: Fixtures.chain(4))) == 4 + 3)
    }

    @Test func concurrentRendersGiveIdenticalOutput() async throws {
        let diagram = sample
        let expected: [LayoutEngine: Data] = [
            .dot: try GraphvizRenderer.render(diagram, format: .svg, engine: .dot).data,
            .sfdp: try GraphvizRenderer.render(diagram, format: .svg, engine: .sfdp).data,
        ]
        let expectedDOT = try GraphvizRenderer.dotSource(of: diagram)
        let outputs = try await withThrowingTaskGroup(of: (LayoutEngine, Data, String).self) { group in
            for i in 0..<16 {
                group.addTask {
                    let engine: LayoutEngine = i % 4 == 3 ? .sfdp : .dot
                    let svg = try GraphvizRenderer.render(diagram, format: .svg, engine: engine).data
                    return (engine, svg, try GraphvizRenderer.dotSource(of: diagram))
                }
            }
            var all: [(LayoutEngine, Data, String)] = []
            for try await output in group { all.append(output) }
            return all
        }
        #expect(outputs.count == 16)
        #expect(outputs.allSatisfy { $0.1 == expected[$0.0] && $0.2 == expectedDOT })
    }

    // MARK: Formats and failures

    @Test func pngAndPDFAreBinaryWithTheirMagicBytes() throws {
        let png = try GraphvizRenderer.render(sample, format: .png).data
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        let pdf = try GraphvizRenderer.render(sample, format: .pdf).data
        #expect(pdf.starts(with: Array("%PDF".utf8)))
        let laidOut = try GraphvizRenderer.render(sample, format: .dot).text
        #expect(laidOut.contains("pos="))
    }

    @Test func anEmptyDiagramStillRenders() throws {
        let empty = try DiagramBuilder.build(graph: KnowledgeGraph())
        #expect(empty.isEmpty && empty.legend == nil)
        _ = try SVG(try GraphvizRenderer.render(empty).data)
    }

    @Test func unsafeIdsAreRefusedBeforeReachingGraphviz() {
        var diagram = sample
        diagram.nodes[0].id = "bad-id"
        #expect(throws: GraphvizError.self) { try GraphvizRenderer.render(diagram) }
    }

    @Test func messagesAreJoinedAtNewlinesAndClassified() {
        let buffer = GraphvizMessages()
        for fragment in ["Warning", ": ", "node a, port x unrecognized\n", "Error", ": ", "trouble in init_rank\n", "\tsome detail\n"] {
            buffer.append(fragment)
        }
        #expect(GraphvizMessage.parse(buffer.drain()) == [
            GraphvizMessage(severity: .warning, text: "node a, port x unrecognized"),
            GraphvizMessage(severity: .error, text: "trouble in init_rank some detail"),
        ])
        #expect(buffer.drain().isEmpty)
    }

    @Test func numbersAreWrittenWithADot() {
        #expect(GraphvizText.number(1) == "1")
        #expect(GraphvizText.number(2.584962500721156) == "2.58")
        #expect(GraphvizText.number(2.5) == "2.5")
        #expect(GraphvizText.number(1.05) == "1.05")
    }
}
