import ArgumentParser
import Foundation
import NewsGraphExtraction
import NewsGraphModel

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract the knowledge graph of a set of articles and write graph.json, graph.dot and graph.svg.",
        discussion: """
            INPUT is one or more text files or directories (searched for *.txt and *.md). The document id of
            each article is its file name without the extension. Output is deterministic: the same input
            gives byte-identical files.
            """
    )

    @Argument(help: "Article files or directories of articles (*.txt, *.md).")
    var inputs: [String] = []

    @Option(name: .shortAndLong, help: "Directory to write graph.json, graph.dot and graph.svg into.")
    var output: String = "output"

    @Option(name: .customLong("lexicon"), help: "An extra lexicon file extending the shipped ones (repeatable).")
    var lexicons: [String] = []

    @Option(help: "A curation file of corrections (merge, split, rename, retype, drop) applied after the merge; see docs/curation.md.")
    var curation: String?

    @Option(help: "Draw at most this many of the most connected entities in graph.svg/graph.dot (0 = all).")
    var top: Int = 150

    @Option(help: "Draw at most this many edges, the strongest first (0 = all).")
    var maxEdges: Int = DiagramOutput.defaultMaxEdges

    @Flag(help: "Skip the diagram (write graph.json only).")
    var noDiagram = false

    @Flag(help: "Print timings, throughput and peak memory on stderr (used by `make bench`).")
    var stats = false

    @Flag(name: .shortAndLong, help: "Print diagnostics (unclosed quotes, Graphviz warnings …).")
    var verbose = false

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("give at least one INPUT file or directory") }
        if top < 0 { throw ValidationError("--top must be 0 (everything) or a positive number") }
        if maxEdges < 0 { throw ValidationError("--max-edges must be 0 (everything) or a positive number") }
    }

    func run() throws {
        let started = Date()
        let outDir = URL(fileURLWithPath: output)
        let (graph, diagnostics, extractSeconds) = try extract(into: outDir)
        let extractPeak = stats ? PeakMemory.mebibytes : 0
        if verbose { diagnostics.forEach { printError($0.description) } }
        // graph.json and the diagram both read the finished graph only: the diagram (layout in libgraphviz)
        // runs on a second thread while this one encodes the JSON.
        let diagramTask: BackgroundTask<DiagramOutput.Result>? = noDiagram ? nil : BackgroundTask { [top, maxEdges] in
            try DiagramOutput.make(graph: graph, top: top, maxEdges: maxEdges)
        }
        let jsonStart = Date()
        var files: [(URL, ByteParts)] = [(outDir.appendingPathComponent("graph.json"), try GraphJSON.encodeParts(graph))]
        let jsonSeconds = Date().timeIntervalSince(jsonStart)
        var renderSeconds = 0.0
        if let diagramTask {
            let (diagram, seconds) = try diagramTask.value()
            renderSeconds = seconds
            diagram.messages.forEach { printError($0) }
            if verbose { diagram.diagnostics.forEach { printError($0) } }
            files.append((outDir.appendingPathComponent("graph.dot"), ByteParts(diagram.dot)))
            files.append((outDir.appendingPathComponent("graph.svg"), ByteParts(diagram.svg)))
        }
        try AtomicWriter.writeAll(files)
        let seconds = Date().timeIntervalSince(started)
        if stats {
            let words = graph.documents.reduce(0) { $0 + ($1.words ?? 0) }
            printError(String(format: "bench: %d documents, %d words in %.2f s (read+extract %.2f s, json %.2f s, layout+render %.2f s); %.0f documents/s, %.0f words/s; peak memory %.0f MiB (%.0f MiB when extracted)",
                              graph.documents.count, words, seconds, extractSeconds,
                              jsonSeconds, renderSeconds, Double(graph.documents.count) / seconds, Double(words) / seconds,
                              PeakMemory.mebibytes, extractPeak))
        }
        print("\(graph.documents.count) documents, \(graph.entities.count) entities, \(graph.quotes.count) quotes, "
              + "\(graph.actions.count) actions, \(graph.roles.count) roles → \(outDir.path) "
              + String(format: "(%.2f s)", seconds))
    }

    /// Reads the articles and the lexicons (on a second thread), checks the curation file and the output folder,
    /// and extracts the curated graph; returns it with the seconds that took. The articles' texts are
    /// freed when this returns, before the outputs are encoded.
    private func extract(into outDir: URL) throws -> (KnowledgeGraph, [Diagnostic], Double) {
        let started = Date()
        let lexiconTask = BackgroundTask { [lexicons] in try Lexicons.load(userFiles: lexicons.map { URL(fileURLWithPath: $0) }) }
        let loaded = try InputLoader().load(inputs)
        loaded.warnings.forEach { printError($0) }
        let lex: Lexicons
        do {
            lex = try lexiconTask.value().0
        } catch let p as LexiconTable.Problem {
            throw CLIError(p.description)
        }
        let curated = try CurationFile.load(curation)
        try AtomicWriter.ensureWritableDirectory(outDir)
        let (built, diagnostics) = Progress.run("extracting \(loaded.sources.count) documents") { CorpusBuilder(lexicons: lex).build(loaded.sources) }
        let graph = try curated.map { c in try asCLI { try c.apply(to: built) } } ?? built
        return (graph, diagnostics, Date().timeIntervalSince(started))
    }
}

func printError(_ s: String) {
    FileHandle.standardError.write(Data((s + "\n").utf8))
}
