import Dispatch
import Foundation

extension Array where Element: Sendable {
    /// `map` on all cores, in chunks, keeping the order. When `transform` throws, the error of the lowest
    /// index that threw is rethrown, so the message a user sees does not depend on scheduling.
    public func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) throws -> T) throws -> [T] {
        if count < 2 { return try map(transform) }
        let slots = Slots<T>(count: count)
        let cores = Swift.max(1, ProcessInfo.processInfo.activeProcessorCount)
        let chunk = Swift.max(1, count / (cores * 4))
        let chunks = (count + chunk - 1) / chunk
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            let lo = c * chunk, hi = Swift.min(count, lo + chunk)
            for i in lo..<hi {
                do { slots.set(i, .success(try transform(self[i]))) } catch { slots.set(i, .failure(error)); return }
            }
        }
        return try slots.values()
    }
}

/// Write-once result slots filled from concurrent work items, each index by exactly one writer.
private final class Slots<T: Sendable>: @unchecked Sendable {
    private var storage: [Result<T, any Error>?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ value: Result<T, any Error>) { lock.withLock { storage[i] = value } }

    /// The values in order; the first failure (a chunk stops at its failure, so later slots may be empty).
    func values() throws -> [T] {
        var out: [T] = []
        out.reserveCapacity(storage.count)
        for slot in storage {
            guard let slot else { continue }
            out.append(try slot.get())
        }
        return out
    }
}
