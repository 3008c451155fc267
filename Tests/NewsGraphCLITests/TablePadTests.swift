import Foundation
@testable import NewsGraph
@testable import NewsGraphCLI
import Testing

@Suite struct TablePadTests {
    /// The table's own padding gives what Foundation's `padding(toLength:withPad:startingAt:)` gave (widths in
    /// UTF-16 units), for cells shorter, equal and longer, with accents, combining marks and emoji.
    @Test func padEqualsFoundationsPadding() {
        let cells = ["", "a", "Trump", "José", "JuliA\u{0303}", "🙂🙂", "naïve café", "a\u{0301}\u{0301}", "“quoted” — text", String(repeating: "x", count: 40)]
        for cell in cells {
            for width in 0...44 {
                #expect(TextTable.pad(cell, to: width) == cell.padding(toLength: width, withPad: " ", startingAt: 0), "\(cell) \(width)")
            }
        }
    }

    /// Line feeds in a statement become spaces (a carriage return before one stays, as before).
    @Test func statementLineFeedsBecomeSpaces() {
        let row = StatementQuery.Row(speaker: "A", speakerId: nil, text: "one\ntwo\r\nthree", about: [], direct: true, cue: nil,
                                     document: "d", start: 0, end: 1, evidence: nil)
        #expect(Said.statement(row) == "“one two\r three”")
    }
}
