import NewsGraphExtraction
import NewsGraphModel

/// Runs the standard pipeline (shipped lexicons) over one text.
func analyze(_ text: String, id: String = "t") -> AnalyzedDocument {
    Pipeline.standard().run(SourceText(id: id, text: text))
}

/// Runs only the tokenizer and sentence splitter.
func split(_ text: String) -> AnalyzedDocument {
    let lex = Lexicons.shipped
    let p = try! Pipeline([
        Tokenizer(abbreviations: lex.abbreviations),
        SentenceSplitter(sentenceOpeners: lex.sentenceOpeners, titleAbbreviations: lex.titleAbbreviations),
    ])
    return p.run(SourceText(id: "t", text: text))
}

extension AnalyzedDocument {
    var tokenTexts: [String] { tokens.map(\.text) }
    var sentenceTexts: [String] { sentences.map { text($0.start, $0.end) } }
}
