import CGraphviz
import Foundation

/// The process's libgraphviz state: one lock, one GVC context, the error hook, and the cgraph discipline.
///
/// libgraphviz is not thread-safe at all (parser, attribute symbols, error state and id counters are globals),
/// so every call into it — parsing, building, attributes, layout, render, free — happens inside `withLock`.
/// Layouts run on the caller's thread: a caller on Swift's small cooperative pool that renders large graphs
/// should call from a thread of its own.
final class GraphvizRuntime: @unchecked Sendable {
    static let shared = GraphvizRuntime()

    private let lock = NSLock()
    /// Guarded by `lock`. Created on first use, never freed (one context per process).
    private var context: OpaquePointer?
    private var contextProblem: String?
    /// Sequential object ids and output into a Swift buffer; see `makeDiscipline()`. Never freed.
    private let discipline: UnsafeMutablePointer<Agdisc_t>

    private init() {
        discipline = Self.makeDiscipline()
    }

    /// Runs `body` holding the process-wide Graphviz lock, with the shared context and an empty message buffer.
    func withLock<T>(_ body: (GraphvizSession) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        // The context is made before any graph: gvContext() declares default attributes (label="\N") on the
        // prototype graph, and every graph opened afterwards carries them — DOT output must not depend on
        // whether a render happened first.
        openContext()
        _ = GraphvizMessages.shared.drain()
        return try body(GraphvizSession(context: context, contextProblem: contextProblem, discipline: discipline))
    }

    private func openContext() {
        guard context == nil, contextProblem == nil else { return }
        _ = agseterrf { fragment in
            if let fragment { GraphvizMessages.shared.append(String(cString: fragment)) }
            return 0
        }
        guard let gvc = gvContext() else {
            contextProblem = "gvContext() failed"
            return
        }
        context = gvc
    }

    /// A discipline whose id map gives every object a per-graph sequential id (names go to cgraph's internal
    /// map), instead of the default's interned-string addresses: cgraph orders clusters by id, so with the
    /// default discipline two renders in one process could differ. Its I/O writes into a `DOTOutput`.
    private static func makeDiscipline() -> UnsafeMutablePointer<Agdisc_t> {
        let ids = UnsafeMutablePointer<Agiddisc_t>.allocate(capacity: 1)
        ids.initialize(to: Agiddisc_t(
            open: { _, _ in
                let counter = UnsafeMutablePointer<IDTYPE>.allocate(capacity: 1)
                counter.initialize(to: 1)
                return UnsafeMutableRawPointer(counter)
            },
            map: { state, _, name, id, _ in
                // Named objects: return 0 so cgraph keeps the name in its internal map and asks again for an
                // anonymous id, which comes from here.
                guard name == nil, let state, let id else { return 0 }
                let counter = state.assumingMemoryBound(to: IDTYPE.self)
                id.pointee = counter.pointee
                counter.pointee += 2
                return 1
            },
            alloc: { _, _, _ in 0 },
            free: { _, _, _ in },
            print: { _, _, _ in nil },
            close: { state in
                state?.assumingMemoryBound(to: IDTYPE.self).deallocate()
            },
            idregister: { _, _, _ in }
        ))
        let io = UnsafeMutablePointer<Agiodisc_t>.allocate(capacity: 1)
        io.initialize(to: Agiodisc_t(
            afread: { _, _, _ in 0 },
            putstr: { channel, text in
                guard let channel, let text else { return -1 }
                Unmanaged<DOTOutput>.fromOpaque(channel).takeUnretainedValue().append(text)
                return 0
            },
            flush: { _ in 0 }
        ))
        let discipline = UnsafeMutablePointer<Agdisc_t>.allocate(capacity: 1)
        discipline.initialize(to: Agdisc_t(mem: nil, id: ids, io: io))
        return discipline
    }
}

/// Valid only inside `GraphvizRuntime.withLock`.
struct GraphvizSession {
    let context: OpaquePointer?
    let contextProblem: String?
    let discipline: UnsafeMutablePointer<Agdisc_t>

    func requireContext() throws -> OpaquePointer {
        guard let context, contextProblem == nil else {
            throw GraphvizError.unavailable(contextProblem ?? "no context")
        }
        return context
    }

    /// Messages Graphviz reported since the last call.
    func drainMessages() -> [GraphvizMessage] {
        GraphvizMessage.parse(GraphvizMessages.shared.drain())
    }

    /// The graph as DOT, written by cgraph's `agwrite`.
    func write(_ graph: UnsafeMutablePointer<Agraph_t>) throws -> String {
        let output = DOTOutput()
        let rc = withExtendedLifetime(output) {
            agwrite(graph, Unmanaged.passUnretained(output).toOpaque())
        }
        guard rc == 0 else { throw GraphvizError.graphConstruction("agwrite failed") }
        return String(decoding: output.bytes, as: UTF8.self)
    }
}

/// Where `agwrite` writes, through the discipline's `putstr`.
final class DOTOutput {
    private(set) var bytes: [UInt8] = []

    func append(_ text: UnsafePointer<CChar>) {
        text.withMemoryRebound(to: UInt8.self, capacity: strlen(text)) { p in
            bytes.append(contentsOf: UnsafeBufferPointer(start: p, count: strlen(text)))
        }
    }
}

/// One message from Graphviz's error hook.
struct GraphvizMessage: Hashable {
    var severity: RenderDiagnostic.Severity
    var text: String

    /// Lines as the hook assembled them: "Error: …" and "Warning: …" start messages; lines without a prefix
    /// (cgraph's AGPREV continuations) belong to the message before.
    static func parse(_ lines: [String]) -> [GraphvizMessage] {
        var out: [GraphvizMessage] = []
        for raw in lines {
            let line = raw.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty else { continue }
            if line.hasPrefix("Error: ") {
                out.append(GraphvizMessage(severity: .error, text: String(line.dropFirst(7))))
            } else if line.hasPrefix("Warning: ") {
                out.append(GraphvizMessage(severity: .warning, text: String(line.dropFirst(9))))
            } else if !out.isEmpty {
                out[out.count - 1].text += " " + line
            } else {
                out.append(GraphvizMessage(severity: .warning, text: line))
            }
        }
        return out
    }
}

/// The error hook's buffer. Fragments arrive piecewise ("Warning", ": ", "…\n") and are joined at newlines.
/// The hook is only called while `GraphvizRuntime`'s lock is held; this lock just keeps the hook itself sound.
final class GraphvizMessages: @unchecked Sendable {
    static let shared = GraphvizMessages()

    private let lock = NSLock()
    private var pending = ""
    private var lines: [String] = []

    func append(_ fragment: String) {
        lock.lock()
        defer { lock.unlock() }
        pending += fragment
        while let newline = pending.firstIndex(where: \.isNewline) {
            lines.append(String(pending[..<newline]))
            pending = String(pending[pending.index(after: newline)...])
        }
    }

    func drain() -> [String] {
        lock.lock()
        defer { lock.unlock() }
        var out = lines
        if !pending.isEmpty { out.append(pending) }
        lines = []
        pending = ""
        return out
    }
}
