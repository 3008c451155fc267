import NewsGraphModel

/// `graph.json`, as `newsgraph build` writes it (docs/graph-json.md).
public struct JSONExporter: GraphExporter {
    public let format = ExportFormat.json
    public init() {}

    public func export(_ input: ExportInput) throws -> ExportOutput {
        .file(try GraphJSON.encode(input.graph))
    }
}
