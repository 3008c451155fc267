import Foundation

/// Work started on its own thread at once; `value()` waits for it and gives its result (or rethrows its
/// error) with the seconds it took.
public final class BackgroundTask<T>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<T, any Error>?
    private var seconds = 0.0

    public init(_ work: @escaping @Sendable () throws -> T) {
        let thread = Thread { [self] in
            let start = Date()
            result = Result { try work() }
            seconds = Date().timeIntervalSince(start)
            done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    public func value() throws -> (T, Double) {
        done.wait()
        return (try result!.get(), seconds)
    }
}
