/// A document as the graph records it: its id, title, source path and, when the input gives them, the
/// article's date, outlet (`source`), URL and any other metadata keys (`extra`).
public struct DocumentInfo: Hashable, Codable, Sendable {
    public var id: String
    public var title: String?
    public var path: String?
    /// Length of the text in Unicode scalars.
    public var length: Int?
    /// Number of whitespace-separated words.
    public var words: Int?
    /// Publication date as ISO-8601 (`2016-03-01` or `2016-03-01T12:30:00Z`), when known.
    public var date: String?
    /// The outlet that published the article ("breitbart", "nytimes"), when known.
    public var source: String?
    public var url: String?
    /// Other metadata keys of the input (JSON Lines or front matter), kept as strings.
    public var extra: [String: String]?

    public init(id: String, title: String? = nil, path: String? = nil, length: Int? = nil, words: Int? = nil,
                date: String? = nil, source: String? = nil, url: String? = nil, extra: [String: String]? = nil) {
        self.id = id
        self.title = title
        self.path = path
        self.length = length
        self.words = words
        self.date = date
        self.source = source
        self.url = url
        self.extra = extra
    }

    /// The day of `date` (`YYYY-MM-DD`), the key date filters compare.
    public var day: String? { date.map { String($0.prefix(10)) } }
}

/// Metadata an input gives for an article (JSON Lines keys, front matter, or the file name).
public struct ArticleMetadata: Hashable, Codable, Sendable {
    public var title: String?
    public var date: String?
    public var source: String?
    public var url: String?
    public var extra: [String: String]

    public init(title: String? = nil, date: String? = nil, source: String? = nil, url: String? = nil,
                extra: [String: String] = [:]) {
        self.title = title
        self.date = date
        self.source = source
        self.url = url
        self.extra = extra
    }

    public var isEmpty: Bool { title == nil && date == nil && source == nil && url == nil && extra.isEmpty }

    /// True for an ISO-8601 date (`YYYY-MM-DD`) or date-time (`YYYY-MM-DDThh:mm[:ss[.fff]][Z|±hh:mm]`) whose
    /// month and day are in range.
    public static func isISO8601(_ s: String) -> Bool {
        let c = Array(s.utf8)
        func digits(_ r: Range<Int>) -> Int? {
            guard r.upperBound <= c.count else { return nil }
            var n = 0
            for i in r {
                guard c[i] >= 48 && c[i] <= 57 else { return nil }
                n = n * 10 + Int(c[i] - 48)
            }
            return n
        }
        guard c.count >= 10, c[4] == UInt8(ascii: "-"), c[7] == UInt8(ascii: "-"),
              digits(0..<4) != nil, let month = digits(5..<7), let day = digits(8..<10),
              (1...12).contains(month) else { return false }
        let days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        guard (1...days).contains(day) else { return false }
        if c.count == 10 { return true }
        guard c[10] == UInt8(ascii: "T") || c[10] == UInt8(ascii: " "), c.count >= 16,
              let h = digits(11..<13), c[13] == UInt8(ascii: ":"), let m = digits(14..<16), h < 24, m < 60 else { return false }
        var i = 16
        if i < c.count, c[i] == UInt8(ascii: ":") {
            guard let sec = digits(i + 1..<i + 3), sec < 61 else { return false }
            i += 3
            if i < c.count, c[i] == UInt8(ascii: ".") {
                i += 1
                let start = i
                while i < c.count, c[i] >= 48 && c[i] <= 57 { i += 1 }
                guard i > start else { return false }
            }
        }
        if i == c.count { return true }
        if c[i] == UInt8(ascii: "Z") { return i + 1 == c.count }
        guard c[i] == UInt8(ascii: "+") || c[i] == UInt8(ascii: "-"), c.count == i + 6,
              let zh = digits(i + 1..<i + 3), c[i + 3] == UInt8(ascii: ":"), let zm = digits(i + 4..<i + 6),
              zh < 24, zm < 60 else { return false }
        return true
    }
}
