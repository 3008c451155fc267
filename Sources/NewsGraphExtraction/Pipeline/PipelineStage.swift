/// One step of the extraction pipeline: reads some layers of a document and adds its own.
/// A stage holds no mutable state, so documents can run through the same stage on many threads.
public protocol PipelineStage: Sendable {
    /// Name used in diagnostics and in `Pipeline` validation messages.
    var name: String { get }
    /// Layers that must be present before this stage runs.
    var requires: Set<Layer> { get }
    /// Layers this stage adds.
    var produces: Set<Layer> { get }
    func run(_ document: AnalyzedDocument) -> AnalyzedDocument
}

extension PipelineStage {
    public var name: String { String(describing: type(of: self)) }
}

/// An ordered list of stages, checked when built: each stage's requirements are produced by an earlier one.
public struct Pipeline: Sendable {
    public struct OrderError: Error, CustomStringConvertible {
        public let stage: String
        public let missing: Set<Layer>
        public var description: String {
            "pipeline stage \(stage) requires \(missing.map(\.rawValue).sorted().joined(separator: ", ")), which no earlier stage produces"
        }
    }

    public let stages: [any PipelineStage]

    public init(_ stages: [any PipelineStage]) throws {
        var available: Set<Layer> = []
        for stage in stages {
            let missing = stage.requires.subtracting(available)
            guard missing.isEmpty else { throw OrderError(stage: stage.name, missing: missing) }
            available.formUnion(stage.produces)
        }
        self.stages = stages
    }

    public func run(_ source: SourceText) -> AnalyzedDocument {
        var doc = AnalyzedDocument(source: source)
        for stage in stages {
            doc = stage.run(doc)
            doc.layers.formUnion(stage.produces)
        }
        return doc
    }
}
