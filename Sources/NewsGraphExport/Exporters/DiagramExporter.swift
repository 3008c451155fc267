import Foundation
import NewsGraphModel
import NewsGraphRender

/// DOT (before layout, re-layoutable), SVG, PNG and PDF, through the diagram builder and libgraphviz.
public struct DiagramExporter: GraphExporter {
    public let format: ExportFormat
    public let options: DiagramOptions
    public let engine: LayoutEngine?

    public init(format: ExportFormat, options: DiagramOptions = DiagramOptions(), engine: LayoutEngine? = nil) {
        self.format = format
        self.options = options
        self.engine = engine
    }

    public func export(_ input: ExportInput) throws -> ExportOutput {
        let diagram = try DiagramBuilder.build(graph: input.graph, options: options)
        guard !diagram.isEmpty else { throw ExportError("nothing to draw: no entity matches these options") }
        switch format {
        case .dot:
            return .file(Data(try GraphvizRenderer.dotSource(of: diagram).utf8))
        case .svg, .png, .pdf:
            let rendered = try GraphvizRenderer.render(diagram, format: OutputFormat(rawValue: format.rawValue)!, engine: engine)
            return .file(rendered.data)
        default:
            throw ExportError("\(format.rawValue) is not a diagram format")
        }
    }
}
