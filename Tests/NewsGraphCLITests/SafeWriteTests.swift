import Foundation
import Testing
@testable import NewsGraphCLI
import NewsGraphModel

/// Outputs are written through exclusive temporaries and replaced as one set.
@Suite struct SafeWriteTests {
    private func set(_ dir: URL, _ tag: String) -> [(URL, Data)] {
        ["graph.json", "graph.dot", "graph.svg"].map { (dir.appendingPathComponent($0), Data("\(tag) \($0)".utf8)) }
    }

    private func contents(_ dir: URL) -> [String: String] {
        var out: [String: String] = [:]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? [] {
            out[name] = (try? String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)) ?? "?"
        }
        return out
    }

    /// Entries of the parent that are ours besides `dir` itself (staging directories).
    private func leftovers(beside dir: URL) -> [String] {
        let parent = dir.deletingLastPathComponent()
        return ((try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? [])
            .filter { $0.hasPrefix(".\(dir.lastPathComponent).new-") }
    }

    @Test func theNewSetReplacesTheOldOne() throws {
        let dir = temporaryDirectory()
        try AtomicWriter.writeAll(set(dir, "old"))
        try AtomicWriter.writeAll(set(dir, "new"))
        #expect(contents(dir) == ["graph.json": "new graph.json", "graph.dot": "new graph.dot", "graph.svg": "new graph.svg"])
        #expect(leftovers(beside: dir).isEmpty)
    }

    @Test func aFailureBeforeTheSwapLeavesTheOldSetAndNoTemporary() throws {
        let dir = temporaryDirectory()
        try AtomicWriter.writeAll(set(dir, "old"))
        struct Boom: Error {}
        #expect(throws: Boom.self) {
            try AtomicWriter.writeAll(set(dir, "new"), beforeSwap: { throw Boom() })
        }
        #expect(contents(dir) == ["graph.json": "old graph.json", "graph.dot": "old graph.dot", "graph.svg": "old graph.svg"])
        #expect(leftovers(beside: dir).isEmpty)
    }

    @Test func aSharedDirectoryKeepsItsOtherFilesAndFailsCleanly() throws {
        let dir = temporaryDirectory()
        write("keep me", to: dir.appendingPathComponent("notes.txt"))
        try AtomicWriter.writeAll(set(dir, "old"))
        struct Boom: Error {}
        #expect(throws: Boom.self) {
            try AtomicWriter.writeAll(set(dir, "new"), beforeSwap: { throw Boom() })
        }
        #expect(contents(dir) == ["notes.txt": "keep me", "graph.json": "old graph.json", "graph.dot": "old graph.dot",
                                  "graph.svg": "old graph.svg"])
    }

    /// A diagram or report written beside a build's graph.json is one more file there: the build's set stays.
    @Test func aFileWrittenBesideABuildKeepsTheBuild() throws {
        let dir = temporaryDirectory()
        try AtomicWriter.writeAll(set(dir, "old"))
        try AtomicWriter.writeAll([(dir.appendingPathComponent("report.html"), Data("report".utf8))])
        try AtomicWriter.writeAll([(dir.appendingPathComponent("diagram.svg"), Data("diagram".utf8))])
        #expect(contents(dir) == ["graph.json": "old graph.json", "graph.dot": "old graph.dot", "graph.svg": "old graph.svg",
                                  "report.html": "report", "diagram.svg": "diagram"])
        // And end to end: `render` with its default output (diagram.svg beside graph.json), then `report` there.
        let out = temporaryDirectory()
        #expect(runCommand(["build", datedCorpus().path, "--output", out.path]) == nil)
        let graph = out.appendingPathComponent("graph.json").path
        #expect(runCommand(["render", graph]) == nil)
        #expect(runCommand(["report", graph, "--output", out.appendingPathComponent("report.html").path]) == nil)
        #expect(Set(contents(out).keys) == ["graph.json", "graph.dot", "graph.svg", "diagram.svg", "report.html"])
    }

    @Test func aPlantedSymlinkIsNeverFollowed() throws {
        let dir = temporaryDirectory()
        let victim = temporaryDirectory().appendingPathComponent("victim.txt")
        write("precious", to: victim)
        // The old predictable temporary names, and the staging file names, all point at the victim.
        let pid = ProcessInfo.processInfo.processIdentifier
        for name in ["graph.json", "graph.dot", "graph.svg"] {
            try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent(".\(name).tmp-\(pid)").path,
                                                       withDestinationPath: victim.path)
        }
        #expect(runCommand(["build", seedsDirectory.path, "--output", dir.path]) == nil)
        #expect(try String(contentsOf: victim, encoding: .utf8) == "precious")
        // Creating a temporary where a symlink already sits fails instead of writing through it.
        let link = dir.appendingPathComponent("planted")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: victim.path)
        #expect(throws: CLIError.self) {
            _ = try AtomicWriter.createExclusive(near: link, contents: ByteParts(Data("x".utf8)), finalName: "planted")
        }
        #expect(try String(contentsOf: victim, encoding: .utf8) == "precious")
    }

    @Test func aFullDiskIsNamed() {
        #expect(AtomicWriter.describe(ENOSPC) == "disk full")
    }
}
