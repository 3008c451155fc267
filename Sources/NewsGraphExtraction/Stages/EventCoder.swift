import NewsGraphModel

/// Actor–action–target events coded to CAMEO.
/// (First version: to be filled in by the event-coding work.)
public struct EventCoder: PipelineStage {
    public let requires: Set<Layer> = [.entities, .coreference]
    public let produces: Set<Layer> = [.actions]
    let lex: Lexicons

    public init(lexicons: Lexicons) {
        self.lex = lexicons
    }

    public func run(_ document: AnalyzedDocument) -> AnalyzedDocument {
        document
    }
}
