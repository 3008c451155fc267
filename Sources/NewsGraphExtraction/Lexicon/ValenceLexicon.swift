/// The valence lexicon (`valence.tsv`): how positive or negative words are, and the words that turn,
/// mark or split a stance (negation, sarcasm, contrast).
public struct ValenceLexicon: Sendable {
    public enum CueKind: String, Sendable {
        case negation, sarcasm, contrast
    }

    /// Valence of a lowercase word, -4 … +4.
    public let valence: [String: Double]
    public let cues: [String: CueKind]
    /// Words rated only as a verdict right after a form of "be": "Trump was right", "she is correct".
    /// Elsewhere they are neutral ("the right to vote", "correct the record").
    public let judgement: [String: Double]

    public init(rows: [[String]]) {
        var valence: [String: Double] = [:]
        var cues: [String: CueKind] = [:]
        var judgement: [String: Double] = [:]
        for row in rows where !row.column(0).isEmpty {
            let w = row.column(0).lowercased()
            if row.column(2) == "judgement" {
                if let v = Double(row.column(1)) { judgement[w] = v }
            } else if let kind = CueKind(rawValue: row.column(2)) {
                cues[w] = kind
            } else if let v = Double(row.column(1)) {
                valence[w] = v
            }
        }
        self.valence = valence
        self.cues = cues
        self.judgement = judgement
    }

    public func value(_ lower: String) -> Double? { valence[lower] }
    public func cue(_ lower: String) -> CueKind? { cues[lower] }
    public func judgementValue(_ lower: String) -> Double? { judgement[lower] }
}
