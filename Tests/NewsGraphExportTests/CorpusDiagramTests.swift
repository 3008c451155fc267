import Foundation
import NewsGraph
import NewsGraphExport
import NewsGraphExtraction
import NewsGraphModel
import NewsGraphRender
import Testing

/// The 840-article PolNeAR training corpus from the team's shared folder (`../shared` beside the clone, as in
/// CI), built once per test run; nil, with a note, when the folder is not there.
enum SharedCorpus {
    static let graph: KnowledgeGraph? = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/corpus/polnear-train")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: root.path), !names.isEmpty else {
            print("note: \(root.path) not found; the corpus diagram and report checks did not run")
            return nil
        }
        let sources = names.filter { $0.hasSuffix(".txt") }.sorted().compactMap { name -> SourceText? in
            let url = root.appendingPathComponent(name)
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
            return SourceText(id: String(name.dropLast(4)), text: text, path: url.path)
        }
        let engine = NewsGraphEngine()
        _ = try? engine.add(sources)
        return try? engine.graph()
    }()
}

/// What an analyst gets from the whole corpus: the default diagram and `--top 30` fit a page with no two labels
/// overlapping, and the report works in a real browser.
@Suite(.serialized) struct CorpusDiagramTests {
    static func check(_ diagram: Diagram, _ name: String) throws {
        let layout = try DiagramLayout.of(diagram)
        #expect(layout.boxes.count == diagram.nodes.count + (diagram.legend == nil ? 0 : 1))
        #expect(layout.aspectRatio <= 2.5, "\(name): \(layout.width) × \(layout.height) pt (\(layout.engine))")
        let overlaps = layout.overlappingPairs()
        #expect(overlaps.isEmpty, "\(name): \(overlaps.prefix(5).map { "\($0.0.id) overlaps \($0.1.id)" })")
    }

    @Test func defaultAndTopThirtyCorpusDiagramsFitAPage() throws {
        guard let graph = SharedCorpus.graph else { return }
        #expect(graph.documents.count == 840)
        let full = try DiagramBuilder.build(graph: graph)
        #expect(full.nodes.count >= 20, "the default diagram draws the corpus's main actors")
        try Self.check(full, "corpus default")
        let top = try DiagramBuilder.build(graph: graph, options: DiagramOptions(top: 30))
        #expect(top.nodes.count >= 30)
        try Self.check(top, "corpus --top 30")
    }

    @Test func corpusReportWorksInHeadlessChromium() throws {
        guard let graph = SharedCorpus.graph else { return }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-corpus-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        guard case .file(let data) = try ReportExporter().export(ExportInput(graph)) else { Issue.record("no file"); return }
        let html = String(decoding: data, as: UTF8.self)
        #expect(!html.contains("<script src") && !html.contains("<link"), "nothing from the network")
        let url = dir.appendingPathComponent("report.html")
        try data.write(to: url)

        let (_, result) = try ReportBrowserTests.selfTest(url, budget: 20_000)
        #expect(result.errors.isEmpty, "console errors: \(result.errors)")
        #expect(result.nodes >= 20)
        #expect(result.clicked != nil)
        let expected = try #require(result.expectedStatements)
        #expect(expected > 100, "the clicked node is the corpus's most quoted-about actor")
        #expect(result.panelStatements == expected)
        #expect(result.panelMarks == expected, "each statement's span is highlighted")
        #expect(result.statementsTotal == graph.quotes.count)
        #expect(result.searchShown > 0 && result.searchShown < result.statementsTotal,
                "searching '\(result.searchQuery)' filters the statements table")
        #expect(result.searchNone == 0)

        let png = try ReportBrowserTests.screenshot(url, into: dir)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(png.count > 50_000, "a legible page of a large diagram and tables, not a blank one")
    }
}
