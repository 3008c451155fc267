import NewsGraphModel

/// Splits text into word, number, punctuation, quotation-mark and dash tokens with Unicode-scalar offsets.
///
/// Keeps together what news text writes as one unit: dotted acronyms and initials ("U.S.", "J."),
/// known abbreviations ("Mr.", "Sen.", "Jan."), hyphenated words ("then-President", "López-Gatell"),
/// contractions ("don’t") and numbers ("1,000", "3.5"). Splits the possessive clitic ("Trump’s" →
/// "Trump" + "’s") and a full stop glued between two words ("Venezuela.Mexico").
public struct Tokenizer: PipelineStage {
    public let requires: Set<Layer> = []
    public let produces: Set<Layer> = [.tokens]
    /// Lowercased abbreviations without their final period ("mr", "sen", "jan").
    let abbreviations: Set<String>

    public init(abbreviations: Set<String>) {
        self.abbreviations = abbreviations
    }

    public func run(_ document: AnalyzedDocument) -> AnalyzedDocument {
        var doc = document
        let (tokens, paragraphs) = tokenize(doc.source.scalars)
        doc.tokens = tokens
        doc.paragraphs = paragraphs
        return doc
    }

    public func tokenize(_ s: [Unicode.Scalar]) -> ([Token], [TextSpan]) {
        var tokens: [Token] = []
        tokens.reserveCapacity(s.count / 5)
        var paragraphs: [TextSpan] = []
        let n = s.count
        var i = 0
        var lineStart = true
        var paragraphStart = -1
        var lastNonSpace = -1
        var spaceBefore = true

        func closeParagraph() {
            if paragraphStart >= 0 { paragraphs.append(TextSpan(start: paragraphStart, end: lastNonSpace + 1)) }
            paragraphStart = -1
        }

        func emit(_ start: Int, _ end: Int, _ kind: Token.Kind, _ extra: Token.Flags = []) {
            var flags = extra
            if lineStart { flags.insert(.lineStart) }
            if spaceBefore { flags.insert(.spaceBefore) }
            if !tokens.isEmpty && spaceBefore { tokens[tokens.count - 1].flags.insert(.spaceAfter) }
            let str = String(scalars: s[start..<end])
            if kind == .word || kind == .number {
                if Self.isUpper(s[start]) { flags.insert(.capitalized) }
                var letters = 0, upper = 0
                for k in start..<end {
                    let c = s[k]
                    if c.value < 0x80 {
                        if c.value >= 0x41 && c.value <= 0x5A { letters += 1; upper += 1 } else if c.value >= 0x61 && c.value <= 0x7A { letters += 1 }
                    } else if c.properties.isAlphabetic {
                        letters += 1
                        if c.properties.isUppercase { upper += 1 }
                    }
                }
                if letters >= 2 && upper == letters { flags.insert(.allCaps) }
            }
            tokens.append(Token(start: start, end: end, text: str, lower: Self.lower(str), kind: kind, flags: flags))
            if paragraphStart < 0 { paragraphStart = start }
            lastNonSpace = end - 1
            lineStart = false
            spaceBefore = false
        }

        while i < n {
            let c = s[i]
            if c == "\n" || c == "\r" || c == "\u{2029}" || c == "\u{2028}" {
                lineStart = true
                spaceBefore = true
                closeParagraph()
                i += 1
                continue
            }
            if c == " " || c == "\t" || (c.value >= 0x80 && c.properties.isWhitespace) {
                spaceBefore = true
                i += 1
                continue
            }
            if Self.isWordScalar(c) {
                var j = i + 1
                var flags: Token.Flags = []
                let numeric = Self.isDigit(c)
                while j < n {
                    let d = s[j]
                    if Self.isWordScalar(d) || (d.value >= 0x80 && d.properties.generalCategory == .nonspacingMark) {
                        j += 1
                    } else if (d == "-" || d == "\u{2010}" || d == "\u{2011}") && j + 1 < n && Self.isWordScalar(s[j + 1]) {
                        flags.insert(.hyphenated)
                        j += 1
                    } else if (d == "'" || d == "\u{2019}") && j + 1 < n && Self.isLetter(s[j + 1]) && !numeric {
                        // Possessive clitic: stop before it so that "Trump’s" gives "Trump" + "’s".
                        if (s[j + 1] == "s" || s[j + 1] == "S") && (j + 2 >= n || !Self.isWordScalar(s[j + 2])) { break }
                        j += 1
                    } else if numeric && (d == "," || d == ".") && j + 1 < n && Self.isDigit(s[j + 1]) {
                        j += 1
                    } else {
                        break
                    }
                }
                if j < n && s[j] == "." && !numeric {
                    let wordLength = j - i
                    if wordLength == 1 && Self.isLetter(c) {
                        // Initials and dotted acronyms: "J.", "U.S.", "U.S.A.", "D.C."
                        var k = j + 1
                        while k + 1 < n && Self.isLetter(s[k]) && s[k + 1] == "." && (k + 2 >= n || !Self.isWordScalar(s[k + 2])) {
                            k += 2
                        }
                        emit(i, k, .word, flags.union(.abbreviation))
                        i = k
                        continue
                    }
                    let lowerWord = String(scalars: s[i..<j]).lowercased()
                    if abbreviations.contains(lowerWord) {
                        emit(i, j + 1, .word, flags.union(.abbreviation))
                        i = j + 1
                        continue
                    }
                }
                emit(i, j, numeric ? .number : .word, flags)
                i = j
                continue
            }
            // Possessive clitic on its own: ’s / 's directly after a word.
            if (c == "'" || c == "\u{2019}") && !spaceBefore && i + 1 < n && (s[i + 1] == "s" || s[i + 1] == "S")
                && (i + 2 >= n || !Self.isWordScalar(s[i + 2])) && !tokens.isEmpty && tokens[tokens.count - 1].kind == .word {
                emit(i, i + 2, .word, .possessive)
                i += 2
                continue
            }
            switch c {
            case "\"", "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "'", "\u{2018}", "\u{2019}", "\u{201A}", "\u{00AB}", "\u{00BB}", "\u{2039}", "\u{203A}", "`", "\u{FF02}":
                var flags: Token.Flags = []
                switch c {
                case "\u{201C}", "\u{2018}", "\u{00AB}", "\u{2039}", "\u{201E}", "\u{201A}": flags.insert(.opening)
                case "\u{201D}", "\u{00BB}", "\u{203A}": flags.insert(.closing)
                case "\u{2019}":
                    flags.insert(.closing)
                default: break
                }
                emit(i, i + 1, .quote, flags)
                i += 1
            case "-", "\u{2013}", "\u{2014}", "\u{2012}", "\u{2015}", "\u{2212}":
                var j = i + 1
                while j < n && (s[j] == "-" || s[j] == "\u{2014}" || s[j] == "\u{2013}") { j += 1 }
                emit(i, j, .dash)
                i = j
            case "…":
                emit(i, i + 1, .punctuation)
                i += 1
            default:
                if c == "." && i + 2 < n && s[i + 1] == "." && s[i + 2] == "." {
                    emit(i, i + 3, .punctuation)
                    i += 3
                } else if c.properties.generalCategory == .mathSymbol || c.properties.generalCategory == .currencySymbol
                    || c.properties.generalCategory == .otherSymbol {
                    emit(i, i + 1, .symbol)
                    i += 1
                } else {
                    emit(i, i + 1, .punctuation)
                    i += 1
                }
            }
        }
        closeParagraph()
        return (tokens, paragraphs)
    }

    @inline(__always)
    static func isLetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return v < 0x80 ? ((v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)) : c.properties.isAlphabetic
    }

    @inline(__always)
    static func isUpper(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? (c.value >= 0x41 && c.value <= 0x5A) : c.properties.isUppercase
    }

    @inline(__always)
    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }

    @inline(__always)
    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 {
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39)
        }
        let p = c.properties
        return p.isAlphabetic || p.numericType == .decimal
    }

    /// Lowercase with typographic apostrophes folded to ASCII; fast path for ASCII.
    static func lower(_ s: String) -> String {
        var ascii = true
        var needsChange = false
        for b in s.utf8 {
            if b >= 0x80 { ascii = false; break }
            if b >= 0x41 && b <= 0x5A { needsChange = true }
        }
        if ascii {
            guard needsChange else { return s }
            return String(unsafeUninitializedCapacity: s.utf8.count) { buffer in
                var i = 0
                for b in s.utf8 { buffer[i] = (b >= 0x41 && b <= 0x5A) ? b + 32 : b; i += 1 }
                return i
            }
        }
        var out = s.lowercased()
        if out.unicodeScalars.contains("\u{2019}") {
            out = String(String.UnicodeScalarView(out.unicodeScalars.map { $0 == "\u{2019}" ? "'" : $0 }))
        }
        return out
    }
}
