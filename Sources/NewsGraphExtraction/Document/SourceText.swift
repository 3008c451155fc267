import NewsGraphModel

/// An article's text as read from its file, with random access by Unicode-scalar offset
/// (the unit every offset in the export uses).
public struct SourceText: Sendable {
    public let id: String
    public let text: String
    public let path: String?
    public let scalars: [Unicode.Scalar]
    /// Title, date, outlet, URL and other keys the input gave for the article.
    public var metadata: ArticleMetadata

    public init(id: String, text: String, path: String? = nil, metadata: ArticleMetadata = ArticleMetadata()) {
        self.id = id
        self.text = text
        self.path = path
        self.metadata = metadata
        self.scalars = Array(text.unicodeScalars)
    }

    public var count: Int { scalars.count }

    /// The text between two scalar offsets.
    public func slice(_ start: Int, _ end: Int) -> String {
        let s = max(0, min(start, scalars.count)), e = max(s, min(end, scalars.count))
        return String(scalars: scalars[s..<e])
    }

    /// Number of whitespace-separated words.
    public var wordCount: Int {
        var n = 0
        var inWord = false
        for s in scalars {
            // ASCII without the Unicode property lookup: space, \t \n \v \f \r.
            let space = s.value < 0x80 ? (s.value == 0x20 || (s.value >= 0x09 && s.value <= 0x0D)) : s.properties.isWhitespace
            if space { inWord = false } else if !inWord { inWord = true; n += 1 }
        }
        return n
    }
}
