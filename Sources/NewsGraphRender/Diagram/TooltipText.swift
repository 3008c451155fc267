import NewsGraphModel

/// A line of evidence for a tooltip, with where it came from.
struct EvidenceLine: Hashable {
    var document: String
    var start: Int
    var text: String
    var hypothetical: Bool = false

    init(document: String, start: Int, text: String, hypothetical: Bool = false) {
        self.document = document
        self.start = start
        self.text = text
        self.hypothetical = hypothetical
    }

    /// Direct quotations in quotation marks.
    init(_ relation: GraphRelation) {
        self.init(document: relation.document, start: relation.start,
                  text: relation.kind == .quote && relation.direct ? "“\(relation.text)”" : relation.text,
                  hypothetical: relation.hypothetical)
    }

    /// Most recent first: later documents (by id, which is where dates go in file names), later in the text.
    static func mostRecentFirst(_ a: EvidenceLine, _ b: EvidenceLine) -> Bool {
        (a.document, a.start, a.text) > (b.document, b.start, b.text)
    }
}

/// Labels and tooltip text, kept raw (unescaped): lines are joined with "\n", which the renderer turns into
/// Graphviz's line-break directive.
enum TooltipText {
    /// Whitespace runs (newlines included) collapsed to one space, trimmed.
    static func singleLine(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace || $0.isNewline }).joined(separator: " ")
    }

    /// At most `limit` characters, ending in "…" when cut.
    static func truncated(_ s: String, to limit: Int) -> String {
        let line = singleLine(s)
        guard limit > 0, line.count > limit else { return line }
        return String(line.prefix(max(1, limit - 1))).trimmingSuffixWhitespace() + "…"
    }

    /// "said ×2, told": the words by frequency (then alphabetically), the first `shown` of them, then "+N more".
    static func frequencySummary(_ words: [String], shown: Int = 2) -> String {
        let ranked = ranked(words)
        var parts = ranked.prefix(shown).map { $0.count > 1 ? "\($0.word) ×\($0.count)" : $0.word }
        if ranked.count > shown { parts.append("+\(ranked.count - shown) more") }
        return parts.joined(separator: ", ")
    }

    static func ranked(_ words: [String]) -> [(word: String, count: Int)] {
        var counts: [String: Int] = [:]
        for w in words { counts[w, default: 0] += 1 }
        return counts.map { (word: $0.key, count: $0.value) }.sorted { ($1.count, $0.word) < ($0.count, $1.word) }
    }

    /// "3 documents", "1 document".
    static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) \(n == 1 ? singular : plural ?? singular + "s")"
    }

    /// Evidence lines, most recent first, `limit` of them, then "… and K more".
    static func evidence(_ lines: [EvidenceLine], limit: Int, length: Int) -> [String] {
        var seen = Set<EvidenceLine>()
        let unique = lines.sorted(by: EvidenceLine.mostRecentFirst).filter { seen.insert($0).inserted }
        var out = unique.prefix(max(0, limit)).map { line -> String in
            let marker = line.hypothetical ? "(hypothetical) " : ""
            return "• [\(line.document)] " + marker + truncated(line.text, to: length)
        }
        if unique.count > limit { out.append("… and \(unique.count - max(0, limit)) more") }
        return out
    }

    static func nodeTooltip(_ entity: Entity, notes: GraphProjection.EntityNotes?) -> String {
        var lines = [singleLine(entity.name), entity.type.rawValue]
        let aliases = entity.aliases.map(singleLine).filter { !$0.isEmpty && $0 != singleLine(entity.name) }
        if !aliases.isEmpty {
            var shown = aliases.prefix(8).joined(separator: ", ")
            if aliases.count > 8 { shown += ", +\(aliases.count - 8) more" }
            lines.append("also: " + shown)
        }
        lines.append("\(count(entity.mentions.count, "mention")) in \(count(entity.documents.count, "document"))")
        if let notes {
            if !notes.titles.isEmpty { lines.append("titles: " + frequencySummary(notes.titles, shown: 3)) }
            if !notes.actionsWithoutTarget.isEmpty {
                lines.append("actions without a target: " + frequencySummary(notes.actionsWithoutTarget, shown: 4))
            }
            if !notes.actionsOnItself.isEmpty {
                lines.append("actions on itself: " + frequencySummary(notes.actionsOnItself, shown: 4))
            }
            if !notes.negatedActions.isEmpty {
                lines.append("negated actions (not drawn): " + frequencySummary(notes.negatedActions, shown: 4))
            }
            if notes.statementsAboutNobody > 0 {
                lines.append(count(notes.statementsAboutNobody, "statement") + " about no named entity")
            }
            if notes.statementsAboutItself > 0 {
                lines.append(count(notes.statementsAboutItself, "statement") + " about itself")
            }
        }
        return lines.joined(separator: "\n")
    }
}

extension String {
    fileprivate func trimmingSuffixWhitespace() -> String {
        var s = Substring(self)
        while let last = s.last, last.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
