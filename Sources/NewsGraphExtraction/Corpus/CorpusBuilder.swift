import Dispatch
import Foundation
import NewsGraphModel

/// Runs the pipeline over many documents in parallel and merges the results into one graph.
public struct CorpusBuilder: Sendable {
    public let pipeline: Pipeline
    public let lexicons: Lexicons

    public init(lexicons: Lexicons = .shipped) {
        self.lexicons = lexicons
        self.pipeline = .standard(lexicons: lexicons)
    }

    /// Analyzes each document independently, on all cores; the result keeps the input order.
    public func analyze(_ sources: [SourceText]) -> [AnalyzedDocument] {
        let results = ResultSlots<AnalyzedDocument>(count: sources.count)
        // Chunks of documents per work item keep scheduling overhead low for many small articles.
        let chunk = max(1, sources.count / (max(1, ProcessInfo.processInfo.activeProcessorCount) * 8))
        let chunks = (sources.count + chunk - 1) / chunk
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            let lo = c * chunk, hi = min(sources.count, lo + chunk)
            for i in lo..<hi { results.set(i, pipeline.run(sources[i])) }
        }
        return results.values()
    }

    /// Each document's contribution to the graph, analyzed on all cores; the analyses themselves are
    /// dropped as soon as their results are made. Keeps the input order.
    public func results(_ sources: [SourceText]) -> [(result: DocumentResult, diagnostics: [Diagnostic])] {
        let results = ResultSlots<(result: DocumentResult, diagnostics: [Diagnostic])>(count: sources.count)
        // One document per work item, the longest first: the cores take the next document as they finish one,
        // so no core is left alone with a long tail of work at the end (documents take 1 ms to seconds).
        let order = sources.indices.sorted { (sources[$0].count, $1) > (sources[$1].count, $0) }
        DispatchQueue.concurrentPerform(iterations: order.count) { k in
            let i = order[k]
            let doc = pipeline.run(sources[i])
            results.set(i, (DocumentResult(doc), doc.diagnostics))
        }
        return results.values()
    }

    /// The whole corpus as one knowledge graph, plus the diagnostics collected on the way.
    public func build(_ sources: [SourceText]) -> (graph: KnowledgeGraph, diagnostics: [Diagnostic]) {
        let all = results(sources)
        let graph = CrossDocumentMerger(lexicons: lexicons).merge(all.map(\.result))
        return (graph, all.flatMap(\.diagnostics))
    }
}
