import Testing
@testable import NewsGraphExtraction

/// The n log n range indexes that replaced quadratic passes answer exactly what the pass over every
/// range answered.
struct RangeIndexTests {
    /// Deterministic pseudo-random ranges, with duplicates and nesting.
    private func ranges(_ n: Int, seed: Int) -> [Range<Int>] {
        var x = UInt64(seed) &* 6364136223846793005 &+ 1442695040888963407
        func next(_ bound: Int) -> Int {
            x = x &* 6364136223846793005 &+ 1442695040888963407
            return Int((x >> 33) % UInt64(bound))
        }
        var out: [Range<Int>] = []
        for _ in 0..<n {
            let lo = next(200)
            out.append(lo..<(lo + 1 + next(40)))
        }
        out.append(out[3])  // an exact duplicate
        return out
    }

    @Test func coversMatchesBruteForce() {
        let rs = ranges(120, seed: 7)
        let cover = RangeCover(rs)
        var yes = 0
        for probe in ranges(300, seed: 11) {
            let expected = rs.contains { $0.lowerBound <= probe.lowerBound && $0.upperBound >= probe.upperBound }
            #expect(cover.covers(probe) == expected, "\(probe)")
            if expected { yes += 1 }
        }
        #expect(yes > 0 && yes < 300)  // both answers were exercised
    }

    @Test func coversSkippingMatchesBruteForce() {
        let rs = ranges(120, seed: 3)
        let cover = RangeCover(rs)
        let accept: (Int) -> Bool = { $0 % 3 != 0 }  // refuses some of the widest
        var yes = 0
        for (i, r) in rs.enumerated() {
            let expected = rs.indices.contains {
                $0 != i && rs[$0].lowerBound <= r.lowerBound && rs[$0].upperBound >= r.upperBound && accept($0)
            }
            #expect(cover.covers(r, skipping: i, accept: accept) == expected, "\(i) \(r)")
            if expected { yes += 1 }
        }
        #expect(yes > 0 && yes < rs.count)
        // The duplicate of range 3 covers it even when range 3 itself is skipped.
        #expect(cover.covers(rs[3], skipping: 3, accept: { _ in true }))
    }

    @Test func spanIndexReturnsOverlapsInOriginalOrder() {
        let rs = ranges(150, seed: 5)
        let spans = rs.enumerated().map { (tokens: $0.element, entity: $0.offset) }
        let index = StanceScorer.SpanIndex(spans)
        var nonEmpty = 0
        for probe in ranges(200, seed: 9) {
            let expected = spans.filter { $0.tokens.overlaps(probe) }.map(\.entity)
            let got = index.overlapping(probe).map(\.entity)
            #expect(got == expected, "\(probe)")
            if !expected.isEmpty { nonEmpty += 1 }
        }
        #expect(nonEmpty > 0)
    }
}
