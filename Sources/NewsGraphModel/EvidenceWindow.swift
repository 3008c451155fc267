/// The evidence a statement, action or role keeps: its sentence, clipped to a window around the fact's
/// span when the sentence is long, so that output stays proportional to input (a 66 KB sentence with
/// 2,000 quotations must not be copied 2,000 times). The whole sentence stays reachable through
/// `evidence_start`/`evidence_end`, offsets into the document's text.
public enum EvidenceWindow {
    /// At most this many Unicode scalars of sentence text are kept (plus an ellipsis at each cut end).
    public static let maxLength = 400

    /// The part of `sentence` kept as evidence for `span` (scalar offsets): the whole sentence when it
    /// is short, else `maxLength` scalars that include as much of the span as fit, centred on it.
    public static func window(sentence: Range<Int>, span: Range<Int>) -> Range<Int> {
        guard sentence.count > maxLength else { return sentence }
        let a = min(max(span.lowerBound, sentence.lowerBound), sentence.upperBound)
        let b = min(max(span.upperBound, a), sentence.upperBound)
        var start: Int
        if b - a >= maxLength {
            start = a
        } else {
            start = a - (maxLength - (b - a)) / 2
        }
        start = max(sentence.lowerBound, min(start, sentence.upperBound - maxLength))
        return start..<(start + maxLength)
    }

    /// The evidence text for `span`: the window of `sentence`, with "…" where the sentence was cut.
    /// `slice` returns the document text between two scalar offsets.
    public static func text(sentence: Range<Int>, span: Range<Int>, slice: (Int, Int) -> String) -> String {
        let w = window(sentence: sentence, span: span)
        let body = slice(w.lowerBound, w.upperBound)
        return (w.lowerBound > sentence.lowerBound ? "…" : "") + body + (w.upperBound < sentence.upperBound ? "…" : "")
    }
}
