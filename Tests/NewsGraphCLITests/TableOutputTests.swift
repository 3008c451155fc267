@testable import NewsGraphCLI
import Testing

/// Hostile article text in every query output: inert and visible.
@Suite struct TableOutputTests {
    static let hostile = TextTable(headers: ["name", "statement"], rows: [
        ["\u{1B}[31mRed\u{07}\r\nLine", "<script>alert(1)</script> & | pipe"],
        ["=cmd|' /C calc'!A0", "Evil\u{202E}txt.exe zero\u{200B}width"],
        ["Nicolás López", String(repeating: "long words here ", count: 20)],
    ])

    @Test func terminalTableEscapesControlsAndFitsTheWidthWithEllipses() {
        let out = Self.hostile.aligned(maxWidth: 60)
        #expect(!out.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "raw control character")
        #expect(!out.unicodeScalars.contains("\u{202E}") && !out.unicodeScalars.contains("\u{200B}"))
        #expect(out.contains(#"\x1B[31mRed\x07\r\nLine"#))
        #expect(out.contains(#"Evil\u{202E}txt.exe"#))
        let lines = out.split(separator: "\n")
        #expect(lines.count == 5, "one line per row, no wrapping: \(out)")
        #expect(lines.allSatisfy { $0.count <= 60 }, "\(out)")
        #expect(lines[4].hasSuffix("…"))
        #expect(out.contains("Nicolás López"))
    }

    @Test func csvNeutralizesFormulasAndKeepsOneLinePerRow() {
        let out = Self.hostile.csv()
        #expect(out.contains(#"'=cmd|' /C calc'!A0"#))
        #expect(!out.contains("\u{1B}"))
        #expect(out.split(separator: "\n").count == 4)
    }

    @Test func markdownEscapesHTMLAndPipes() {
        let out = Self.hostile.markdown()
        #expect(!out.contains("<script>"))
        #expect(out.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; \\| pipe"))
        #expect(!out.contains("\u{1B}"))
        #expect(out.split(separator: "\n").count == 5)
    }

    @Test func limitShowsAPageOnATerminalAndAllInAPipe() {
        #expect(ListingLimit.resolve(nil, terminalRows: 30) == 24)
        #expect(ListingLimit.resolve(nil, terminalRows: nil) == nil)
        #expect(ListingLimit.resolve(0, terminalRows: 30) == nil)
        #expect(ListingLimit.resolve(5, terminalRows: nil) == 5)
        let (rows, note) = ListingLimit.apply(Array(1...12), limit: 10, noun: "actions")
        #expect(rows == Array(1...10))
        #expect(note == "… 2 more actions not shown (12 in all); --limit 0 shows all")
        #expect(ListingLimit.apply([1, 2], limit: 10, noun: "actions").note == nil)
    }
}
