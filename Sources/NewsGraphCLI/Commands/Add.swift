import ArgumentParser
import Foundation
import NewsGraph
import NewsGraphExtraction
import NewsGraphModel

/// `newsgraph add --store news.sqlite INPUT…`: grows a store by the articles it has not seen.
struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Add articles to a store: extract only new or changed articles, keep their analyses, re-merge.",
        discussion: """
            An article is new when the store has no document with its id, changed when its text or metadata
            differ (by content hash; the new analysis replaces the old one), unchanged otherwise. The whole batch
            is one transaction: an interrupted add leaves the store as it was. Query the store with
            `newsgraph said --store FILE …` (also entities, actions, timeline, and export with `graph`).
              newsgraph add --store news.sqlite articles/
            """
    )

    @Option(help: "The store to create or grow: an SQLite file, or postgres://user:password@host:port/database.")
    var store: String

    @Argument(help: "Article files or directories of articles (*.txt, *.md, *.jsonl).")
    var inputs: [String] = []

    @Option(name: .customLong("lexicon"), help: "An extra lexicon file extending the shipped ones (repeatable).")
    var lexicons: [String] = []

    @Option(help: "A curation file of corrections (merge, split, rename, retype, drop) applied after the merge; see docs/curation.md.")
    var curation: String?

    @Option(help: "Also write the store's merged graph as this graph.json file.")
    var output: String?

    @Flag(help: "Print timings on stderr (used by `make bench`).")
    var stats = false

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("give at least one INPUT file or directory") }
    }

    func run() throws {
        let started = Date()
        let loaded = try InputLoader().load(inputs)
        loaded.warnings.forEach { printError($0) }
        // Without --lexicon the engine loads the shipped lexicons only when an article is new or changed (an
        // add of articles the store has all seen reads none); they must be there all the same.
        let lex: Lexicons?
        do {
            if lexicons.isEmpty {
                _ = try LexiconLocator.locate()
                lex = nil
            } else {
                lex = try Lexicons.load(userFiles: lexicons.map { URL(fileURLWithPath: $0) })
            }
        } catch let p as LexiconTable.Problem {
            throw CLIError(p.description)
        }
        let curated = try CurationFile.load(curation)
        let engine = NewsGraphEngine(lexicons: lex, store: try StoreOptions.open(store, create: true), curation: curated)
        let report = try asCLI { try engine.add(loaded.sources) }
        if let output {
            try AtomicWriter.writeAll([(URL(fileURLWithPath: output), try GraphJSON.encode(asCLI { try engine.graph() }))])
        }
        let seconds = Date().timeIntervalSince(started)
        if stats {
            printError(String(format: "bench: add %d new, %d replaced, %d unchanged in %.2f s; peak memory %.0f MiB",
                              report.added.count, report.replaced.count, report.unchanged.count, seconds, PeakMemory.mebibytes))
        }
        print("\(report.added.count) added, \(report.replaced.count) replaced, \(report.unchanged.count) unchanged → \(store) "
              + String(format: "(%.2f s)", seconds))
    }
}
