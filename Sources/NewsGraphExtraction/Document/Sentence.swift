/// A sentence: a run of tokens, with its offsets and the paragraph (line) it belongs to.
public struct Sentence: Sendable, Hashable {
    /// Token indices `tokens.lowerBound..<tokens.upperBound`.
    public var tokens: Range<Int>
    public var start: Int
    public var end: Int
    public var paragraph: Int
    /// A line without final punctuation, mostly capitalized: a headline, section title or caption.
    public var isHeadline: Bool

    public init(tokens: Range<Int>, start: Int, end: Int, paragraph: Int, isHeadline: Bool) {
        self.tokens = tokens
        self.start = start
        self.end = end
        self.paragraph = paragraph
        self.isHeadline = isHeadline
    }
}
