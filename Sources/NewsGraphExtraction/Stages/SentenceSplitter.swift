/// Groups tokens into sentences.
///
/// A line break always ends a sentence (news text puts one paragraph per line). Inside a line a sentence
/// ends at `.`, `!`, `?` or `…` plus any closing quotation marks and brackets, when the next token can
/// start a sentence (a capital, a quotation mark, a digit). An abbreviation's own period ("U.S.") ends a
/// sentence only when the next word is a typical sentence opener ("The", "He"); titles ("Mr.") never do.
/// Datelines ("ERBIL (Kurdistan24) -") are split off, and lines without final punctuation that are mostly
/// capitalized are marked as headlines.
public struct SentenceSplitter: PipelineStage {
    public let requires: Set<Layer> = [.tokens]
    public let produces: Set<Layer> = [.sentences]
    /// Lowercased words that typically open a sentence (pronouns, determiners, conjunctions …).
    let sentenceOpeners: Set<String>
    /// Lowercased abbreviations that precede a name and never end a sentence ("mr", "dr", "sen").
    let titleAbbreviations: Set<String>

    public init(sentenceOpeners: Set<String>, titleAbbreviations: Set<String>) {
        self.sentenceOpeners = sentenceOpeners
        self.titleAbbreviations = titleAbbreviations
    }

    public func run(_ document: AnalyzedDocument) -> AnalyzedDocument {
        var doc = document
        let tokens = doc.tokens
        var sentences: [Sentence] = []
        var sentenceOf = [Int](repeating: 0, count: tokens.count)
        var paragraph = -1
        var start = 0

        func close(_ end: Int) {
            guard end > start else { return }
            let first = tokens[start], last = tokens[end - 1]
            sentences.append(Sentence(tokens: start..<end, start: first.start, end: last.end,
                                      paragraph: max(paragraph, 0), isHeadline: false))
            for k in start..<end { sentenceOf[k] = sentences.count - 1 }
            start = end
        }

        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            if t.flags.contains(.lineStart) {
                close(i)
                paragraph += 1
                // Dateline: "ERBIL (Kurdistan24) -" or "WASHINGTON —" at the start of a line.
                if t.isAllCaps && t.text.unicodeScalars.count >= 3 {
                    var k = i + 1
                    while k < tokens.count && k < i + 8 && !tokens[k].flags.contains(.lineStart) {
                        if tokens[k].kind == .dash {
                            if k + 1 < tokens.count && !tokens[k + 1].flags.contains(.lineStart) { close(k + 1) }
                            break
                        }
                        if tokens[k].kind == .punctuation && tokens[k].text != "(" && tokens[k].text != ")" && tokens[k].text != "," { break }
                        k += 1
                    }
                    if start > i {
                        i = start
                        continue
                    }
                }
            }
            if isTerminal(i, tokens) {
                var end = i + 1
                // Absorb closing quotation marks and brackets.
                while end < tokens.count && !tokens[end].flags.contains(.lineStart) {
                    let u = tokens[end]
                    if u.kind == .quote && !u.flags.contains(.opening) && (end + 1 >= tokens.count || !tokens[end].flags.contains(.spaceBefore)) {
                        end += 1
                    } else if u.kind == .punctuation && (u.text == ")" || u.text == "]") {
                        end += 1
                    } else {
                        break
                    }
                }
                if end >= tokens.count || tokens[end].flags.contains(.lineStart) || canStartSentence(end, after: i, tokens) {
                    close(end)
                    i = end
                    continue
                }
            }
            i += 1
        }
        close(tokens.count)

        // Headlines: a one-sentence line with no final punctuation and mostly capitalized words.
        for k in sentences.indices {
            let s = sentences[k]
            guard let lastIndex = s.tokens.last else { continue }
            let last = tokens[lastIndex]
            let endsProse = last.text == "." || last.text == "?" || last.text == "!" || last.kind == .quote || last.text == ":"
            if endsProse { continue }
            var words = 0, caps = 0
            for j in s.tokens where tokens[j].kind == .word {
                words += 1
                if tokens[j].isCapitalized { caps += 1 }
            }
            let sameLine = sentences.filter { $0.paragraph == s.paragraph }.count == 1
            let dateline = k + 1 < sentences.count && sentences[k + 1].paragraph == s.paragraph && tokens[lastIndex].kind == .dash
            if dateline || (sameLine && words > 0 && (caps * 2 >= words || words <= 6)) {
                sentences[k].isHeadline = true
            }
        }
        doc.sentences = sentences
        doc.sentenceOfToken = sentenceOf
        return doc
    }

    private func isTerminal(_ i: Int, _ tokens: [Token]) -> Bool {
        let t = tokens[i]
        if t.kind == .punctuation {
            return t.text == "." || t.text == "!" || t.text == "?" || t.text == "…" || t.text == "..."
        }
        if t.flags.contains(.abbreviation) {
            let bare = String(t.lower.dropLast())
            if titleAbbreviations.contains(bare) { return false }
            // Single-letter initials ("J.") are part of a name.
            if t.text.unicodeScalars.count == 2 { return false }
            guard i + 1 < tokens.count else { return true }
            let next = tokens[i + 1]
            return next.isCapitalized && sentenceOpeners.contains(next.lower)
        }
        return false
    }

    private func canStartSentence(_ j: Int, after terminal: Int, _ tokens: [Token]) -> Bool {
        let t = tokens[j]
        switch t.kind {
        case .word:
            // A period glued between two words ("Venezuela.Mexico") also ends a sentence, but not one inside an
            // abbreviation written with initials ("R-S.C.", "N.Y."): a glued single letter follows.
            if !t.flags.contains(.spaceBefore), !t.flags.contains(.lineStart), !tokens[terminal].flags.contains(.spaceBefore),
               t.text.unicodeScalars.filter({ $0 != "." }).count == 1 {
                return false
            }
            return t.isCapitalized
        case .number, .quote, .dash:
            return true
        case .punctuation:
            return t.text == "(" || t.text == "["
        case .symbol:
            return true
        }
    }
}
