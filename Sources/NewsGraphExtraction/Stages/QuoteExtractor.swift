import NewsGraphModel

/// Direct quotations and reported speech, attributed to a speaker, with what they are about.
/// (First version: to be filled in by the quote-attribution work.)
public struct QuoteExtractor: PipelineStage {
    public let requires: Set<Layer> = [.entities, .coreference]
    public let produces: Set<Layer> = [.quotes]
    let lex: Lexicons

    public init(lexicons: Lexicons) {
        self.lex = lexicons
    }

    public func run(_ document: AnalyzedDocument) -> AnalyzedDocument {
        document
    }
}
