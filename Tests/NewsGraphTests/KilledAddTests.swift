import Foundation
import Testing
import NewsGraph
import NewsGraphModel
import NewsGraphStore

/// The `newsgraph` executable built beside the test bundle.
func newsgraphExecutable() throws -> URL {
    var dir = Bundle.main.bundleURL
    for _ in 0..<3 {
        let candidate = dir.appendingPathComponent("newsgraph")
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        dir = dir.deletingLastPathComponent()
    }
    throw StoreError("the newsgraph executable was not found beside the tests (\(Bundle.main.bundleURL.path)); run `swift build` first")
}

@Suite(.serialized) struct KilledAddTests {
    /// `add` killed with SIGKILL at random points leaves a store that opens and holds either the graph from
    /// before the add or (when the kill came after the commit) the complete new graph — never a mixture.
    @Test func killedAddLeavesTheStoreAsBefore() throws {
        let exe = try newsgraphExecutable()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-kill-\(UUID().uuidString.prefix(8))")
        let first = dir.appendingPathComponent("first"), second = dir.appendingPathComponent("second")
        for d in [first, second] { try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true) }
        for s in SyntheticCorpus.articles(0..<5) { try Data(s.text.utf8).write(to: first.appendingPathComponent("\(s.id).txt")) }
        for s in SyntheticCorpus.articles(5..<80) { try Data(s.text.utf8).write(to: second.appendingPathComponent("\(s.id).txt")) }
        let store = dir.appendingPathComponent("news.sqlite").path

        func run(_ args: [String], killAfter: Double? = nil) throws -> Int32 {
            let p = Process()
            p.executableURL = exe
            p.arguments = args
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            try p.run()
            if let killAfter {
                Thread.sleep(forTimeInterval: killAfter)
                kill(p.processIdentifier, SIGKILL)
            }
            p.waitUntilExit()
            return p.terminationStatus
        }
        #expect(try run(["add", "--store", store, first.path]) == 0)
        let before = try GraphJSON.encode(SQLiteStore(path: store).graph())
        // The full result, from a copy of the store.
        let copy = dir.appendingPathComponent("copy.sqlite").path
        try FileManager.default.copyItem(atPath: store, toPath: copy)
        #expect(try run(["add", "--store", copy, second.path]) == 0)
        let after = try GraphJSON.encode(SQLiteStore(path: copy).graph())
        #expect(before != after)

        var killedBefore = 0
        for _ in 0..<6 {
            _ = try run(["add", "--store", store, second.path], killAfter: Double.random(in: 0.05...1.5))
            let now = try GraphJSON.encode(SQLiteStore(path: store).graph())
            #expect(now == before || now == after)
            if now == before { killedBefore += 1 } else {
                // Committed: start again from the state before.
                try FileManager.default.removeItem(atPath: store)
                for suffix in ["-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: store + suffix) }
                #expect(try run(["add", "--store", store, first.path]) == 0)
            }
        }
        #expect(killedBefore > 0, "no kill landed before the commit; the test did not exercise an interrupted add")
    }
}
