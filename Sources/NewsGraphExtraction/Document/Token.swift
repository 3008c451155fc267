/// A token with its Unicode-scalar offsets in the document.
public struct Token: Sendable, Hashable {
    public enum Kind: UInt8, Sendable {
        case word, number, punctuation, quote, dash, symbol
    }

    public struct Flags: OptionSet, Sendable, Hashable {
        public let rawValue: UInt16
        public init(rawValue: UInt16) { self.rawValue = rawValue }
        /// First letter is uppercase.
        public static let capitalized = Flags(rawValue: 1 << 0)
        /// Two or more letters, all uppercase ("FAA", "NATO").
        public static let allCaps = Flags(rawValue: 1 << 1)
        /// First token on its line (paragraph start).
        public static let lineStart = Flags(rawValue: 1 << 2)
        /// Ends with a period that belongs to the token ("Mr.", "U.S.", "J.").
        public static let abbreviation = Flags(rawValue: 1 << 3)
        /// Whitespace precedes the token.
        public static let spaceBefore = Flags(rawValue: 1 << 4)
        /// Whitespace follows the token.
        public static let spaceAfter = Flags(rawValue: 1 << 5)
        /// A quotation mark that can only open (“ ‘ «).
        public static let opening = Flags(rawValue: 1 << 6)
        /// A quotation mark that can only close (” ’ »).
        public static let closing = Flags(rawValue: 1 << 7)
        /// Possessive clitic ('s, ’s, or a bare ' after s).
        public static let possessive = Flags(rawValue: 1 << 8)
        /// Contains a hyphen inside ("then-President").
        public static let hyphenated = Flags(rawValue: 1 << 9)
    }

    public var start: Int
    public var end: Int
    public var text: String
    /// Lowercased, with typographic apostrophes folded to ASCII.
    public var lower: String
    public var kind: Kind
    public var flags: Flags

    public init(start: Int, end: Int, text: String, lower: String, kind: Kind, flags: Flags) {
        self.start = start
        self.end = end
        self.text = text
        self.lower = lower
        self.kind = kind
        self.flags = flags
    }

    public var isWord: Bool { kind == .word }
    public var isCapitalized: Bool { flags.contains(.capitalized) }
    public var isAllCaps: Bool { flags.contains(.allCaps) }
    public var isQuote: Bool { kind == .quote }
}
