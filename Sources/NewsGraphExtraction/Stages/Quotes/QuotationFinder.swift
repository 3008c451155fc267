import NewsGraphModel

/// A span of text in quotation marks.
public struct Quotation: Sendable, Hashable {
    /// Token index of the opening mark.
    public var open: Int
    /// Token index of the closing mark; nil when the mark was never closed and the span was cut at the
    /// end of its paragraph.
    public var close: Int?
    /// Tokens between the marks (over several paragraphs for a quote that continues).
    public var content: Range<Int>
    /// Offsets of the quoted words, marks excluded.
    public var start: Int
    public var end: Int

    public init(open: Int, close: Int?, content: Range<Int>, start: Int, end: Int) {
        self.open = open
        self.close = close
        self.content = content
        self.start = start
        self.end = end
    }

    /// The last token that belongs to the quotation (its closing mark, or the last quoted token).
    public var lastToken: Int { close ?? (content.upperBound - 1) }
}

/// Pairs quotation marks into quoted spans, paragraph by paragraph.
///
/// - Double marks (" “ ” „), single marks (' ‘ ’) and guillemets (« » ‹ ›) pair within their own family, so a
///   single-quoted phrase inside a double-quoted one is part of it; only the outermost spans are kept.
/// - A mark's role comes from its shape (“ opens, ” closes) and, for the ASCII marks and misused curly ones,
///   from the spaces around it: glued to the next word it opens, glued to the previous one it closes.
/// - Apostrophes are not quotation marks: ’ or ' after a word ending in s ("the cartels’ routes") closes only
///   a single-quoted span that is open, and a single mark that pairs with nothing is dropped silently.
/// - A paragraph that ends inside a quotation continues into the next paragraph when that one opens with a
///   mark of the same family (the news convention for a quote over several paragraphs); otherwise the span
///   is cut at the paragraph end and a diagnostic is recorded, so one stray mark never swallows the article.
public struct QuotationFinder: PipelineStage {
    public let requires: Set<Layer> = [.tokens, .sentences]
    public let produces: Set<Layer> = [.quotations]

    public init() {}

    enum Family: UInt8 { case double, single, angle }
    enum Role { case open, close, either, apostropheOrClose }

    struct OpenMark {
        var token: Int
        var family: Family
        /// Tokens the mark takes: 2 for a doubled ASCII single quote ('' used as a double mark).
        var width: Int = 1
    }

    public func run(_ document: AnalyzedDocument) -> AnalyzedDocument {
        var doc = document
        let tokens = doc.tokens
        var quotations: [Quotation] = []
        var diagnostics: [Diagnostic] = []
        var stack: [OpenMark] = []
        // An outer quotation still open from the previous paragraph.
        var carried: OpenMark?

        func emit(_ open: OpenMark, _ close: Int?, lastContent: Int) {
            let first = open.token + open.width
            let open = open.token
            guard first <= lastContent else { return }
            quotations.append(Quotation(open: open, close: close, content: first..<(lastContent + 1),
                                        start: tokens[first].start, end: tokens[lastContent].end))
        }

        var i = 0
        let n = tokens.count
        while i < n {
            // One paragraph: tokens up to the next line start.
            var end = i + 1
            while end < n && !tokens[end].flags.contains(.lineStart) { end += 1 }
            stack.removeAll(keepingCapacity: true)
            var k = i
            if let outer = carried {
                carried = nil
                stack.append(outer)
                // The continuation mark that opens this paragraph belongs to the carried quotation.
                if tokens[i].isQuote { k = isDoubled(i, tokens) ? i + 2 : i + 1 }
            }
            while k < end {
                let t = tokens[k]
                guard t.isQuote else { k += 1; continue }
                // '' (two ASCII single quotes) is a double mark in some outlets' text.
                let doubled = k + 1 < end && isDoubled(k, tokens)
                let width = doubled ? 2 : 1
                guard let (family, role) = doubled ? classifyDoubled(k, tokens, paragraphEnd: end) : classify(k, tokens, paragraphEnd: end) else {
                    k += 1
                    continue
                }
                defer { k += width - 1 }
                switch role {
                case .open:
                    stack.append(OpenMark(token: k, family: family, width: width))
                case .close, .apostropheOrClose:
                    if let at = stack.lastIndex(where: { $0.family == family }) {
                        if at == 0 { emit(stack[0], k, lastContent: k - 1) }
                        stack.removeSubrange(at...)
                    } else if role == .close && family == .double {
                        diagnostics.append(Diagnostic(.note, document: doc.id, offset: t.start,
                                                      "closing quotation mark with no opening mark; ignored"))
                    }
                case .either:
                    if let at = stack.lastIndex(where: { $0.family == family }) {
                        if at == 0 { emit(stack[0], k, lastContent: k - 1) }
                        stack.removeSubrange(at...)
                    } else if family == .double {
                        stack.append(OpenMark(token: k, family: family, width: width))
                    }
                }
                k += 1
            }
            // A paragraph that ends on a closing mark closes its outermost quotation, however the marks inside paired.
            if let outer = stack.first {
                var last = end - 1
                while last > outer.token && tokens[last].kind == .punctuation { last -= 1 }
                if last > outer.token + 1, tokens[last].isQuote, !tokens[last].flags.contains(.opening),
                   tokens[last].flags.contains(.closing) || tokens[last].text == "\"" || tokens[last].text == "'" {
                    emit(outer, last, lastContent: last - 1)
                    stack.removeAll()
                }
            }
            if let outer = stack.first {
                let nextEnd = end < n ? nextLineEnd(end, tokens) : n
                let continues = end < n && tokens[end].isQuote
                    && (isDoubled(end, tokens) ? classifyDoubled(end, tokens, paragraphEnd: nextEnd) : classify(end, tokens, paragraphEnd: nextEnd))
                        .map { $0.0 == outer.family && $0.1 != .close } == true
                if continues {
                    carried = outer
                } else if outer.family == .single && tokens[outer.token].text == "'" {
                    // A lone ASCII single mark is far more often an apostrophe ('90s, rock 'n' roll).
                } else {
                    // Recover at the paragraph end: the quotation stops there.
                    if end - 1 > outer.token {
                        emit(outer, nil, lastContent: end - 1)
                    }
                    diagnostics.append(Diagnostic(.warning, document: doc.id, offset: tokens[outer.token].start,
                                                  "quotation mark never closed; quotation cut at the end of its paragraph"))
                }
            }
            i = end
        }
        if let outer = carried {
            // The text ended inside a continued quotation.
            emit(outer, nil, lastContent: n - 1)
        }
        doc.quotations = quotations
        doc.diagnostics += diagnostics
        return doc
    }

    private func nextLineEnd(_ i: Int, _ tokens: [Token]) -> Int {
        var e = i + 1
        while e < tokens.count && !tokens[e].flags.contains(.lineStart) { e += 1 }
        return e
    }

    private func isDoubled(_ k: Int, _ tokens: [Token]) -> Bool {
        tokens[k].text == "'" && k + 1 < tokens.count && tokens[k + 1].text == "'" && !tokens[k + 1].flags.contains(.spaceBefore)
            && !tokens[k + 1].flags.contains(.lineStart)
    }

    /// A doubled ASCII single quote at `k` ('' standing for "): its role from the spaces around the pair.
    func classifyDoubled(_ k: Int, _ tokens: [Token], paragraphEnd: Int) -> (Family, Role)? {
        let t = tokens[k]
        let gluedBefore = !t.flags.contains(.spaceBefore) && !t.flags.contains(.lineStart) && k > 0
        let nextIsWord = k + 2 < paragraphEnd && !tokens[k + 2].flags.contains(.spaceBefore)
            && (tokens[k + 2].kind == .word || tokens[k + 2].kind == .number)
        if !gluedBefore && nextIsWord { return (.double, .open) }
        if gluedBefore && !nextIsWord { return (.double, .close) }
        return (.double, .either)
    }

    /// The family and role of the mark at `k`, or nil when it is not a quotation mark here.
    func classify(_ k: Int, _ tokens: [Token], paragraphEnd: Int) -> (Family, Role)? {
        let t = tokens[k]
        let gluedBefore = !t.flags.contains(.spaceBefore) && !t.flags.contains(.lineStart) && k > 0
        let gluedAfter = k + 1 < paragraphEnd && !tokens[k + 1].flags.contains(.spaceBefore)
        let nextIsWord = gluedAfter && (tokens[k + 1].kind == .word || tokens[k + 1].kind == .number || tokens[k + 1].kind == .symbol)
        let prev = k > 0 ? tokens[k - 1] : nil
        // Glued to an opening bracket or dash counts as a free side.
        let freeBefore = !gluedBefore || prev.map { $0.text == "(" || $0.text == "[" || $0.kind == .dash || ($0.isQuote && $0.flags.contains(.opening)) } == true
        let freeAfter = !gluedAfter || (k + 1 < paragraphEnd && (tokens[k + 1].kind == .punctuation || tokens[k + 1].kind == .dash || tokens[k + 1].isQuote))
        switch t.text {
        case "\u{201C}", "\u{201E}", "\u{201F}":
            // “ used as a closing mark: glued to the word before, free after.
            return (.double, gluedBefore && !freeBefore && freeAfter ? .close : .open)
        case "\u{201D}":
            return (.double, freeBefore && nextIsWord ? .open : .close)
        case "\"", "\u{FF02}":
            if freeBefore && nextIsWord { return (.double, .open) }
            if !freeBefore && freeAfter { return (.double, .close) }
            return (.double, .either)
        case "\u{00AB}", "\u{2039}":
            return (.angle, .open)
        case "\u{00BB}", "\u{203A}":
            return (.angle, .close)
        case "\u{2018}", "\u{201A}":
            // ‘90s is an elision, not a quotation.
            if gluedAfter && tokens[k + 1].kind == .number { return nil }
            return (.single, gluedBefore && !freeBefore && freeAfter ? .close : .open)
        case "\u{2019}", "'", "`":
            if gluedAfter && tokens[k + 1].kind == .number && freeBefore { return nil }
            if freeBefore && nextIsWord { return (.single, .open) }
            if !freeBefore && freeAfter {
                // After a word ending in s it may be a possessive ("the cartels’ routes").
                if let p = prev, p.kind == .word, p.lower.hasSuffix("s") { return (.single, .apostropheOrClose) }
                return (.single, .close)
            }
            return nil
        default:
            return nil
        }
    }
}
