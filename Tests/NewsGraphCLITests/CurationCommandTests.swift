import Foundation
import Testing
import NewsGraph
import NewsGraphModel
@testable import NewsGraphCLI

/// Two short articles written for these tests: a senator named in full and by surname in both, and a
/// company whose name the second article breaks into fragments ("Shipping", "Shipping Company").
private func twoArticles() -> URL {
    let dir = temporaryDirectory()
    write("""
        Harbor plan divides the council

        Senator Maria Okonkwo said on Monday that the harbor plan would cost too much. Okonkwo told reporters in Lagos that Nigeria could not pay for it. The Delta Shipping Company said it would build the new pier anyway.
        """, to: dir.appendingPathComponent("a1.txt"))
    write("""
        Shipping firm answers its critics

        Delta Shipping Company chief Tunde Bello said the pier would bring jobs. Sen. Okonkwo criticized Bello on Tuesday, and Maria Okonkwo said the company had broken its promises.
        """, to: dir.appendingPathComponent("a2.txt"))
    return dir
}

private let corrections = """
    # newsgraph-curation v1
    # The second article breaks the company's name.
    merge\tDelta Shipping Company\tShipping Company
    drop\tShipping
    rename\tper_tunde_bello\tTunde A. Bello
    retype\tLagos\tgovernment

    """

private func loadGraph(_ url: URL) throws -> KnowledgeGraph {
    try GraphJSON.decode(Data(contentsOf: url))
}

@Suite struct CurationCommandTests {
    @Test func buildAppliesTheCurationFile() throws {
        let dir = twoArticles()
        let file = dir.appendingPathComponent("fixes.curation")
        write(corrections, to: file)
        let out = dir.appendingPathComponent("out")
        let a1 = dir.appendingPathComponent("a1.txt").path, a2 = dir.appendingPathComponent("a2.txt").path
        #expect(runCommand(["build", a1, a2, "-o", out.path, "--no-diagram", "--curation", file.path]) == nil)
        let g = try loadGraph(out.appendingPathComponent("graph.json"))
        let delta = try #require(g.entities.first { $0.name == "Delta Shipping Company" })
        #expect(delta.documents == ["a1", "a2"])
        #expect(delta.mentions.contains { $0.merge == "curation line 3: merge" })
        #expect(!g.entities.contains { $0.name == "Shipping" || $0.name == "Shipping Company" })
        let bello = try #require(g.entities.first { $0.id == "per_tunde_bello" })
        #expect(bello.name == "Tunde A. Bello")
        #expect(bello.aliases.contains("Tunde Bello"))
        #expect(g.entities.first { $0.name == "Lagos" }?.type == .government)
        #expect(g.quotes.contains { $0.speaker == "per_tunde_bello" })

        // The same input in the other order gives the same bytes.
        let other = dir.appendingPathComponent("other")
        #expect(runCommand(["build", a2, a1, "-o", other.path, "--no-diagram", "--curation", file.path]) == nil)
        #expect(try Data(contentsOf: other.appendingPathComponent("graph.json")) == Data(contentsOf: out.appendingPathComponent("graph.json")))
    }

    @Test func aBadFileIsOneErrorWithFileAndLineAndNothingIsWritten() throws {
        let dir = twoArticles()
        let out = dir.appendingPathComponent("out")
        let cases: [(String, String)] = [
            ("# newsgraph-curation v1\nmerge\tDelta Shipping Company\tShipping Company\nfuse\tShipping\tLagos\n",
             ":3: unknown operation 'fuse'; use merge, split, rename, retype or drop"),
            ("# newsgraph-curation v1\nretype\tLagos\tcity\n",
             ":2: retype: unknown type 'city'; use person, government, agency, organization or location"),
            ("# newsgraph-curation v1\nrename\tLagos\n", ":2: rename: missing argument; write `rename ENTITY NAME`"),
            ("# newsgraph-curation v3\n", ":1: curation format version 3; this tool reads version 1"),
            ("# newsgraph-curation v1\n\ndrop\tAtlantis Holdings\n", ":3: no entity 'Atlantis Holdings' in the graph"),
        ]
        for (text, expected) in cases {
            let file = dir.appendingPathComponent("bad.curation")
            write(text, to: file)
            let message = runCommand(["build", dir.path, "-o", out.path, "--no-diagram", "--curation", file.path])
            #expect(message?.hasPrefix(file.path + expected) == true, "\(message ?? "no error")")
            #expect(message?.contains("\n") == false)
            #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("graph.json").path))
        }
        let missing = runCommand(["build", dir.path, "-o", out.path, "--curation", dir.appendingPathComponent("none.curation").path])
        #expect(missing == dir.appendingPathComponent("none.curation").path + ": cannot read the curation file")
    }

    @Test func addWithCurationEqualsBuildWithCuration() throws {
        let dir = twoArticles()
        let file = dir.appendingPathComponent("fixes.curation")
        write(corrections, to: file)
        let a1 = dir.appendingPathComponent("a1.txt").path, a2 = dir.appendingPathComponent("a2.txt").path
        #expect(runCommand(["build", a1, a2, "-o", dir.appendingPathComponent("batch").path, "--no-diagram", "--curation", file.path]) == nil)
        let store = dir.appendingPathComponent("news.sqlite").path
        let stored = dir.appendingPathComponent("stored.json").path
        #expect(runCommand(["add", "--store", store, a2, "--curation", file.path]) != nil) // a2 alone has no "Lagos"
        #expect(runCommand(["add", "--store", store, a2]) == nil)
        #expect(runCommand(["add", "--store", store, a1, "--curation", file.path, "--output", stored]) == nil)
        #expect(try Data(contentsOf: URL(fileURLWithPath: stored))
            == Data(contentsOf: dir.appendingPathComponent("batch/graph.json")))
        // A failed add leaves the store as it was; a changed file is applied without new articles.
        write(corrections + "drop\tLagos\n", to: file)
        #expect(runCommand(["add", "--store", store, a1, a2, "--curation", file.path]) != nil) // drop conflicts with retype
        write(corrections.replacingOccurrences(of: "retype\tLagos\tgovernment", with: "drop\tLagos"), to: file)
        #expect(runCommand(["add", "--store", store, a1, a2, "--curation", file.path]) == nil)
        let graph = try NewsGraphEngine(store: StoreOptions.open(store, create: false)).graph()
        #expect(!graph.entities.contains { $0.name == "Lagos" })
        #expect(graph.entities.contains { $0.name == "Tunde A. Bello" })
    }

    @Test func explainSaysWhyEachMentionBelongs() throws {
        let dir = twoArticles()
        let out = dir.appendingPathComponent("out")
        #expect(runCommand(["build", dir.path, "-o", out.path, "--no-diagram"]) == nil)
        let graphFile = out.appendingPathComponent("graph.json").path
        #expect(runCommand(["entities", graphFile, "--explain", "Okonkwo"]) == nil)
        #expect(runCommand(["entities", graphFile, "--explain", "Atlantis"])?.contains("no entity") == true)
        let g = try loadGraph(URL(fileURLWithPath: graphFile))
        let okonkwo = try EntityResolution.resolve("Okonkwo", in: g, option: "--explain")
        #expect(EntityExplanation(entity: okonkwo).text() == """
            Maria Okonkwo (person, per_maria_okonkwo): 4 mentions in 2 documents

            Aliases:
              Maria Okonkwo: 2 mentions — 1× full name [first_names:Maria], cross-document: same name; 1× full name, cross-document: same name
              Okonkwo: 2 mentions — 1× surname of the one person of that name opening this or one of the two previous sentences, cross-document: same name; 1× title + surname, no one of that name given that title in the document: left to the corpus, cross-document: bare surname, to the document's nearest person
              Sen. Okonkwo: no mention written so (a title written with the name, or a former name)
              Senator Maria Okonkwo: no mention written so (a title written with the name, or a former name)

            Mentions:
              a1 41-54 "Maria Okonkwo": full name, cross-document: same name
              a1 112-119 "Okonkwo": surname of the one person of that name opening this or one of the two previous sentences, cross-document: same name
              a2 113-120 "Okonkwo": title + surname, no one of that name given that title in the document: left to the corpus, cross-document: bare surname, to the document's nearest person
              a2 154-167 "Maria Okonkwo": full name [first_names:Maria], cross-document: same name

            """)
        let nigeria = try EntityResolution.resolve("Nigeria", in: g, option: "--explain")
        #expect(EntityExplanation(entity: nigeria).mentions.map(\.reason) == ["lexicon name [countries:Nigeria]"])

        // After a curation merge the moved mentions name the line.
        let file = dir.appendingPathComponent("fixes.curation")
        write(corrections, to: file)
        #expect(runCommand(["build", dir.path, "-o", out.path, "--no-diagram", "--curation", file.path]) == nil)
        let curated = try loadGraph(URL(fileURLWithPath: graphFile))
        let delta = try EntityResolution.resolve("Delta Shipping Company", in: curated, option: "--explain")
        #expect(EntityExplanation(entity: delta).text().contains("a2 41-57 \"Shipping Company\": full name, curation line 3: merge\n"))
    }
}
