import Foundation
import Testing
@testable import NewsGraphModel

/// Evidence is the sentence, clipped to a window around the fact when the sentence is long.
struct EvidenceWindowTests {
    @Test func aShortSentenceIsKeptWhole() {
        #expect(EvidenceWindow.window(sentence: 10..<300, span: 50..<60) == 10..<300)
    }

    @Test func aLongSentenceIsClippedAroundTheSpan() {
        let w = EvidenceWindow.window(sentence: 0..<100_000, span: 50_000..<50_010)
        #expect(w.count == EvidenceWindow.maxLength)
        #expect(w.contains(50_000) && w.contains(50_009))
        #expect(w.lowerBound == 50_000 - (EvidenceWindow.maxLength - 10) / 2)
    }

    @Test func theWindowStaysInsideTheSentence() {
        #expect(EvidenceWindow.window(sentence: 1_000..<5_000, span: 1_001..<1_002) == 1_000..<1_400)
        #expect(EvidenceWindow.window(sentence: 1_000..<5_000, span: 4_990..<4_999) == 4_600..<5_000)
        // A span longer than the window: its start is kept.
        #expect(EvidenceWindow.window(sentence: 0..<10_000, span: 2_000..<9_000) == 2_000..<2_400)
    }

    @Test func cutEndsAreMarked() {
        let text = String(repeating: "a", count: 1_000) + "SPAN" + String(repeating: "b", count: 1_000)
        let scalars = Array(text.unicodeScalars)
        let e = EvidenceWindow.text(sentence: 0..<scalars.count, span: 1_000..<1_004) { a, b in
            String(String.UnicodeScalarView(scalars[a..<b]))
        }
        #expect(e.hasPrefix("…a") && e.hasSuffix("b…"))
        #expect(e.contains("SPAN"))
        #expect(e.unicodeScalars.count == EvidenceWindow.maxLength + 2)
    }

    @Test func versionOneFilesWithoutSentenceOffsetsStillRead() throws {
        let v1 = """
        {"format": "newsgraph-graph", "version": 1, "documents": [], "entities": [], "actions": [], "roles": [],
         "quotes": [{"speaker": null, "text": "t", "about": [], "direct": true, "document": "d", "start": 1, "end": 2,
                     "evidence": "A t."}]}
        """
        let g = try GraphJSON.decode(Data(v1.utf8))
        #expect(g.quotes.count == 1)
        #expect(g.quotes[0].evidence == "A t.")
        #expect(g.quotes[0].evidenceStart == nil)
    }
}
