/// Answers "does one of these ranges cover that one?" by a binary search over the ranges sorted by start and
/// the running maximum of their ends, so checking every statement against every other stays n log n (a
/// pass over all of them for each made a long document quadratic).
struct RangeCover {
    private let ranges: [Range<Int>]
    /// Indices into `ranges`, ordered by lower bound.
    private let order: [Int]
    /// For each position in `order`, the two largest upper bounds up to it, with the index holding each
    /// (the second from another index), so one range can be left out of the question.
    private let best: [(first: (end: Int, index: Int), second: (end: Int, index: Int))]

    init(_ ranges: [Range<Int>]) {
        self.ranges = ranges
        order = ranges.indices.sorted { (ranges[$0].lowerBound, $0) < (ranges[$1].lowerBound, $1) }
        var best: [(first: (end: Int, index: Int), second: (end: Int, index: Int))] = []
        best.reserveCapacity(order.count)
        var first = (end: Int.min, index: -1), second = (end: Int.min, index: -1)
        for i in order {
            let end = ranges[i].upperBound
            if end > first.end { second = first; first = (end, i) } else if end > second.end { second = (end, i) }
            best.append((first, second))
        }
        self.best = best
    }

    /// The number of ranges (in `order`) whose lower bound is at most `bound`.
    private func count(startingAtOrBefore bound: Int) -> Int {
        Coreference.firstIndex(order.count) { ranges[order[$0]].lowerBound > bound }
    }

    /// Whether some range contains all of `range`.
    func covers(_ range: Range<Int>) -> Bool {
        let n = count(startingAtOrBefore: range.lowerBound)
        return n > 0 && best[n - 1].first.end >= range.upperBound
    }

    /// Whether some range other than the one at `skipped` contains `range` and passes `accept`. The running
    /// maximum answers at once when the widest other range is accepted; otherwise (a duplicate of the
    /// skipped range, say) every candidate is asked.
    func covers(_ range: Range<Int>, skipping skipped: Int, accept: (Int) -> Bool) -> Bool {
        let n = count(startingAtOrBefore: range.lowerBound)
        guard n > 0 else { return false }
        let b = best[n - 1]
        let widest = b.first.index == skipped ? b.second : b.first
        guard widest.index >= 0, widest.end >= range.upperBound else { return false }
        if accept(widest.index) { return true }
        return order[..<n].contains { $0 != skipped && ranges[$0].upperBound >= range.upperBound && accept($0) }
    }
}
