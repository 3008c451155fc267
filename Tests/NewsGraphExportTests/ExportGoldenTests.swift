import Foundation
import NewsGraphExport
import NewsGraphModel
import Testing

/// One golden file per format, written from `HostileGraph`. Rerun with NEWSGRAPH_UPDATE_GOLDEN=1 after an
/// intended change and review the diff.
@Suite struct ExportGoldenTests {
    static let goldenDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static let input = ExportInput(HostileGraph.graph)

    static func output(_ format: ExportFormat) throws -> [(name: String, data: Data)] {
        try format.exporter().export(input).files.map { file in
            (file.name.isEmpty ? "hostile.\(format.fileExtension!)" : "hostile-csv/\(file.name)", file.data)
        }
    }

    @Test(arguments: [ExportFormat.json, .csv, .graphml, .gexf, .cypher, .dot])
    func matchesGolden(_ format: ExportFormat) throws {
        for (name, data) in try Self.output(format) {
            let url = Self.goldenDirectory.appendingPathComponent(name)
            if ProcessInfo.processInfo.environment["NEWSGRAPH_UPDATE_GOLDEN"] == "1" {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: url)
            }
            let golden = try Data(contentsOf: url)
            #expect(data == golden, "\(name) differs from Golden/\(name); if intended, rerun with NEWSGRAPH_UPDATE_GOLDEN=1")
        }
    }

    @Test(arguments: [ExportFormat.json, .csv, .graphml, .gexf, .cypher, .dot])
    func noRawControlCharacterOrMarkupEscapes(_ format: ExportFormat) throws {
        for (name, data) in try Self.output(format) {
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.unicodeScalars.contains("\u{1B}"), "raw ESC in \(name)")
            #expect(!text.unicodeScalars.contains("\u{07}"), "raw BEL in \(name)")
            if format == .graphml || format == .gexf {
                #expect(!text.contains("<script>"), "\(name)")
                #expect(!text.contains("]]>"), "\(name)")
                #expect(text.contains("&lt;script&gt;"), "\(name) lost the name")
            }
        }
    }

    @Test func csvNeutralizesFormulasAndEscapesControls() throws {
        let files = try Self.output(.csv)
        let entities = String(decoding: try #require(files.first { $0.name.hasSuffix("entities.csv") }).data, as: UTF8.self)
        #expect(entities.contains(#"org_formula,'=cmd|' /C calc'!A0,organization"#))
        #expect(entities.contains(#"'+1|-2|@SUM(A1)"#))
        #expect(entities.contains(#"\x1B[31mRed\x07 & Co\N ]]>"#))
        #expect(entities.contains(#"Evil\u{202E}txt.exe zero\u{200B}width"#))
        #expect(entities.contains(#""A\|B|Bob ""The"" O'Brien""#))
        let actions = String(decoding: try #require(files.first { $0.name.hasSuffix("actions.csv") }).data, as: UTF8.self)
        #expect(actions.contains(",-8,"), "numbers stay numbers")
    }
}

#if canImport(FoundationXML)
import FoundationXML
#endif

/// SVG, PNG and PDF are rendered by Graphviz (layout-dependent bytes): checked for inert text, not by golden.
@Suite struct RenderedExportTests {
    @Test func svgIsWellFormedWithNamedTitlesAndNoMarkupFromNames() throws {
        guard case .file(let data) = try ExportFormat.svg.exporter().export(ExportGoldenTests.input) else {
            Issue.record("no file"); return
        }
        let document = try XMLDocument(data: data, options: [])
        #expect(try document.nodes(forXPath: "//*[local-name()='script']").isEmpty)
        #expect(try document.nodes(forXPath: "//*[@onerror or @onload]").isEmpty)
        let titles = try document.nodes(forXPath: "//*[local-name()='title']").compactMap(\.stringValue)
        #expect(titles.contains("<script>alert('x')</script>"), "titles carry names: \(titles)")
        #expect(!titles.contains("per_script"))
        #expect(!String(decoding: data, as: UTF8.self).unicodeScalars.contains("\u{1B}"))
    }

    @Test(arguments: [ExportFormat.png, .pdf])
    func binaryDiagramsAreWritten(_ format: ExportFormat) throws {
        guard case .file(let data) = try format.exporter().export(ExportGoldenTests.input) else { Issue.record("no file"); return }
        #expect(data.starts(with: format == .png ? [0x89, 0x50, 0x4E, 0x47] : Array("%PDF".utf8)))
    }
}
