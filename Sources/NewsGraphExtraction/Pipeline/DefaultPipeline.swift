extension Pipeline {
    /// The full extraction pipeline, in order.
    public static func standard(lexicons: Lexicons = .shipped) -> Pipeline {
        // The order is fixed and valid by construction; `try!` documents that the check cannot fail here.
        try! Pipeline(([
            Tokenizer(abbreviations: lexicons.abbreviations),
            SentenceSplitter(sentenceOpeners: lexicons.sentenceOpeners, titleAbbreviations: lexicons.titleAbbreviations),
            MentionDetector(lexicons: lexicons),
            EntityResolver(lexicons: lexicons),
            Coreference(lexicons: lexicons),
            RoleExtractor(lexicons: lexicons),
        ] as [any PipelineStage]) + QuoteExtractor.stages(lexicons: lexicons) + [
            StanceScorer(lexicons: lexicons),
            EventCoder(lexicons: lexicons),
            StanceEventDeriver(),
        ])
    }
}
