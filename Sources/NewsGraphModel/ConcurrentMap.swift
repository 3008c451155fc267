import Dispatch
import Foundation

extension Array where Element: Sendable {
    /// `map` on all cores, in chunks, keeping the order. When `transform` throws, the error of the lowest
    /// index that threw is rethrown, so the message a user sees does not depend on scheduling.
    public func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) throws -> T) throws -> [T] {
        if count < 2 { return try map(transform) }
        let slots = ResultSlots<Result<T, any Error>>(count: count)
        let cores = Swift.max(1, ProcessInfo.processInfo.activeProcessorCount)
        let chunk = Swift.max(1, count / (cores * 4))
        let chunks = (count + chunk - 1) / chunk
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            let lo = c * chunk, hi = Swift.min(count, lo + chunk)
            for i in lo..<hi { slots.set(i, Result { try transform(self[i]) }) }
        }
        return try slots.values().map { try $0.get() }
    }
}

/// Write-once slots filled from concurrent work items, each index by exactly one writer.
public final class ResultSlots<T: Sendable>: @unchecked Sendable {
    private var storage: [T?]
    private let lock = NSLock()

    public init(count: Int) { storage = Array(repeating: nil, count: count) }

    public func set(_ i: Int, _ value: T) { lock.withLock { storage[i] = value } }

    /// The values in index order; every slot must have been set.
    public func values() -> [T] { storage.map { $0! } }
}
