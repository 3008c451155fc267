/// A document as the graph records it: its id (the file name without extension), title and source path.
public struct DocumentInfo: Hashable, Codable, Sendable {
    public var id: String
    public var title: String?
    public var path: String?
    /// Length of the text in Unicode scalars.
    public var length: Int?
    /// Number of whitespace-separated words.
    public var words: Int?

    public init(id: String, title: String? = nil, path: String? = nil, length: Int? = nil, words: Int? = nil) {
        self.id = id
        self.title = title
        self.path = path
        self.length = length
        self.words = words
    }
}
