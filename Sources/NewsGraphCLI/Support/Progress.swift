import Foundation

/// A progress line on stderr for work that takes more than a second — only when stderr is a terminal, so logs
/// and pipes never see it. The line says what is running and for how long, and is erased when the work ends.
enum Progress {
    static func run<T>(_ what: String, _ work: () throws -> T) rethrows -> T {
        guard isatty(STDERR_FILENO) == 1 else { return try work() }
        let ticker = Ticker(what)
        ticker.start()
        defer { ticker.stop() }
        return try work()
    }

    private final class Ticker: @unchecked Sendable {
        private let what: String
        private let started = Date()
        private let lock = NSLock()
        private var done = false
        private var shown = false
        private var thread: Thread?

        init(_ what: String) { self.what = what }

        func start() {
            let t = Thread { [self] in
                while true {
                    Thread.sleep(forTimeInterval: 0.25)
                    lock.lock()
                    defer { lock.unlock() }
                    if done { return }
                    let seconds = Date().timeIntervalSince(started)
                    if seconds >= 1 {
                        FileHandle.standardError.write(Data(String(format: "\r%@… %.0f s\u{1B}[K", what, seconds).utf8))
                        shown = true
                    }
                }
            }
            thread = t
            t.start()
        }

        func stop() {
            lock.lock()
            done = true
            if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            lock.unlock()
        }
    }
}
