import NewsGraphModel
import Testing
@testable import NewsGraphExtraction

/// Small versions of the inputs that used to cost quadratic time (correctness only; the benchmark times
/// the full sizes: scripts/hostile.py).
struct HostileInputTests {
    /// Letters-only pseudo-names, distinct for distinct `i`.
    private func name(_ i: Int, _ salt: Int) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        var v = i * 31 + salt * 7, s = ""
        for k in 0..<6 { s.append(letters[(v + k * salt) % 26]); v /= 26; v += i + 1 }
        return "Q" + s
    }

    @Test func manyPeopleEachSurnameFindsItsOwnPerson() {
        // 200 people named in full, each then by surname: every surname joins its own full name.
        var text = ""
        for i in 0..<200 { text += "Senator \(name(i, 1)) \(name(i, 2)) arrived on Monday. \(name(i, 2)) spoke.\n" }
        let doc = analyze(text)
        for i in [0, 57, 199] {
            let full = doc.mentions.first { $0.text == "\(name(i, 1)) \(name(i, 2))" }
            let bare = doc.mentions.last { $0.text == name(i, 2) }
            #expect(full?.entity != nil)
            #expect(full?.entity == bare?.entity)
        }
    }

    @Test func theTitledPersonIsTheNearestBefore() {
        let doc = analyze("Senator Ann Oakes spoke in Paris. President Bob Lane arrived. Senator Carl Dunn left. The president said it was over.")
        let ref = doc.references.first { $0.text.lowercased() == "the president" }
        #expect(ref.map { doc.entities[$0.entity].name } == "Bob Lane")
    }

    @Test func referencesAreFoundByToken() {
        let doc = analyze("Ann Oakes arrived in Paris on Monday. She said the talks had failed.")
        let she = doc.tokens.firstIndex { $0.text == "She" }!
        let r = doc.referenceIndex(atToken: she)
        #expect(r.map { doc.entities[doc.references[$0].entity].name } == "Ann Oakes")
        #expect(doc.entity(atToken: she) == doc.references[r!].entity)
    }

    @Test func thousandsOfQuotesInOneSentenceKeepBoundedEvidence() {
        let text = (0..<300).map { "Smith said \u{201C}we will win number \($0)\u{201D} and" }.joined(separator: " ") + " left."
        let result = DocumentResult(analyze(text))
        #expect(result.quotes.count >= 100)
        for q in result.quotes {
            #expect((q.evidence?.count ?? 0) <= EvidenceWindow.maxLength + 2)
            #expect(q.evidenceStart == 0 && q.evidenceEnd == text.unicodeScalars.count)
        }
    }

    @Test func oneLineOfManySentencesResolves() {
        let text = (0..<500).map { "Minister \(name($0, 3)) visited Paris on day \($0)." }.joined(separator: " ")
        let doc = analyze(text)
        #expect(doc.sentences.count >= 500)
        let minister = name(250, 3)
        #expect(doc.mentions.contains { $0.text == minister && $0.entity != nil })
    }
}
