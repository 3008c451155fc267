import Foundation
import NewsGraphExport
import NewsGraphModel
import Testing

/// The HTML report in a real browser: Debian's `chromium`, headless (`make test` installs it; this test fails,
/// not skips, without it). The page's own self-test (`#selftest`) clicks the node with the most statements and
/// searches the statements table, then writes what it saw into the DOM, which `--dump-dom` returns.
@Suite(.serialized) struct ReportBrowserTests {
    static func chromium(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    struct SelfTest: Decodable {
        var nodes: Int
        var clicked: String?
        var expectedStatements: Int?
        var panelTitle: String?
        var panelStatements: Int?
        var panelMarks: Int?
        var statementsTotal: Int
        var searchQuery: String
        var searchShown: Int
        var searchNone: Int
        var errors: [String]
    }

    /// Loads the report with `#selftest` and returns the page's DOM and what the self-test saw.
    static func selfTest(_ url: URL, budget: Int = 5000) throws -> (dump: String, result: SelfTest) {
        let dump = try chromium(["--virtual-time-budget=\(budget)", "--dump-dom", url.absoluteString + "#selftest"])
        #expect(dump.status == 0)
        let start = try #require(dump.output.range(of: "<pre id=\"selftest\">"), "the self-test did not run: \(dump.output.prefix(500))")
        let end = try #require(dump.output.range(of: "</pre>", range: start.upperBound..<dump.output.endIndex))
        let json = String(dump.output[start.upperBound..<end.lowerBound])
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
        return (dump.output, try JSONDecoder().decode(SelfTest.self, from: Data(json.utf8)))
    }

    /// Takes a screenshot of the report and returns the PNG.
    static func screenshot(_ url: URL, into dir: URL) throws -> Data {
        let shot = dir.appendingPathComponent("report.png")
        let result = try chromium(["--window-size=1400,1000", "--virtual-time-budget=5000", "--screenshot=\(shot.path)", url.absoluteString])
        #expect(result.status == 0)
        return try Data(contentsOf: shot)
    }

    @Test func reportWorksInHeadlessChromiumAndKeepsHostileTextInert() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        guard case .file(let data) = try ReportExporter().export(ExportInput(HostileGraph.graph)) else { Issue.record("no file"); return }
        let html = String(decoding: data, as: UTF8.self)
        // Self-contained: nothing fetched from anywhere.
        #expect(!html.contains("http://") || !html.contains("src=\"http"), "no remote resources")
        #expect(!html.contains("<script src") && !html.contains("<link"))
        // The article text's </script> cannot close the data element.
        let dataStart = try #require(html.range(of: "<script type=\"application/json\" id=\"graph-data\">"))
        let dataEnd = try #require(html.range(of: "</script>", range: dataStart.upperBound..<html.endIndex))
        #expect(!html[dataStart.upperBound..<dataEnd.lowerBound].contains("<"))
        let url = dir.appendingPathComponent("report.html")
        try data.write(to: url)

        let (dump, result) = try Self.selfTest(url)
        #expect(result.errors.isEmpty, "console errors: \(result.errors)")
        #expect(result.nodes == 4)
        // Two statements are about =cmd| (the first node in the diagram's order with the most).
        #expect(result.clicked == "org_formula")
        #expect(result.panelTitle == "=cmd|' /C calc'!A0 (organization)")
        #expect(result.expectedStatements == 2)
        #expect(result.panelStatements == 2)
        #expect(result.panelMarks == 2, "each statement's span is highlighted")
        #expect(result.statementsTotal == 3)
        #expect(result.searchShown == 2, "searching '\(result.searchQuery)' keeps that speaker's statements")
        #expect(result.searchNone == 0)
        // Hostile text stayed text: no element was made from it.
        #expect(!dump.contains("<img"))
        #expect(dump.contains("&lt;img src=x onerror=alert(1)&gt;"))

        let png = try Self.screenshot(url, into: dir)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(png.count > 20_000, "a blank page compresses to a few KB")
    }
}
