import NewsGraphModel

/// Quote attribution as a chain of small stages (cue → content → source → coreference, after BBC Citron):
/// quotation marks are paired, reporting cues found, direct quotes and reported speech attributed to a
/// speaker phrase, the phrase resolved to an entity, and the statement's about-entities collected.
/// The stages live in `Stages/Quotes/`; this is the order they run in.
public enum QuoteExtractor {
    public static func stages(lexicons: Lexicons) -> [any PipelineStage] {
        [
            QuotationFinder(),
            CueFinder(lexicons: lexicons),
            DirectQuoteFinder(lexicons: lexicons),
            ReportedSpeechFinder(lexicons: lexicons),
            HeadlineQuoteFinder(lexicons: lexicons),
            SpeakerResolver(),
            AboutResolver(),
        ]
    }
}
