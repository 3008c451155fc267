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
