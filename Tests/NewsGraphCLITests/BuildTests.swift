import Foundation
import Testing
import NewsGraphModel
@testable import NewsGraphCLI

@Suite struct BuildTests {
    @Test func seedsBuildIntoThreeFilesAndAreDeterministic() throws {
        let a = temporaryDirectory(), b = temporaryDirectory()
        #expect(runCommand(["build", seedsDirectory.path, "--output", a.path]) == nil)
        #expect(runCommand(["build", seedsDirectory.path, "--output", b.path]) == nil)
        for name in ["graph.json", "graph.dot", "graph.svg"] {
            let x = try Data(contentsOf: a.appendingPathComponent(name))
            let y = try Data(contentsOf: b.appendingPathComponent(name))
            #expect(!x.isEmpty, "\(name) is empty")
            #expect(x == y, "\(name) differs between two runs")
        }
        let graph = try GraphFile.load(a.appendingPathComponent("graph.json").path)
        #expect(graph.documents.count == 5)
        #expect(graph.entities.contains { $0.name == "Claudia Sheinbaum" && $0.type == .person })
        // No temporary files are left behind.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: a.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty)
    }

    @Test func userLexiconExtendsTheShippedOnes() throws {
        let dir = temporaryDirectory()
        write("Zorblax Industries announced a merger.", to: dir.appendingPathComponent("doc.txt"))
        let lex = dir.appendingPathComponent("extra.tsv")
        write("# newsgraph-lexicon organizations v1\nZorblax Industries\torganization\tZorblax\t-\n", to: lex)
        let out = temporaryDirectory()
        #expect(runCommand(["build", dir.appendingPathComponent("doc.txt").path, "-o", out.path, "--no-diagram", "--lexicon", lex.path]) == nil)
        let graph = try GraphFile.load(out.appendingPathComponent("graph.json").path)
        #expect(graph.entities.contains { $0.name == "Zorblax Industries" && $0.type == .organization })
    }
}
