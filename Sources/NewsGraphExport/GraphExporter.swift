import Foundation
import NewsGraphModel
import NewsGraphRender

/// One output format: an independent pass over one graph and its shared projection. Adding a format is one
/// new type conforming to this protocol (one file) and one golden test.
public protocol GraphExporter: Sendable {
    var format: ExportFormat { get }
    func export(_ input: ExportInput) throws -> ExportOutput
}

/// What an exporter produces: one file, or a folder of named files (CSV).
public enum ExportOutput: Sendable {
    case file(Data)
    /// File names (no directories) in a fixed order, with their bytes.
    case folder([(name: String, data: Data)])

    /// Every file, with its name relative to the output path ("" for a single file).
    public var files: [(name: String, data: Data)] {
        switch self {
        case .file(let data): [("", data)]
        case .folder(let files): files
        }
    }
}

/// The formats `newsgraph export` writes.
public enum ExportFormat: String, Hashable, Sendable, CaseIterable {
    case json, csv, graphml, gexf, cypher, dot, svg, png, pdf, html

    /// The extension of the single file, or nil for a folder (CSV).
    public var fileExtension: String? {
        switch self {
        case .csv: nil
        case .cypher: "cypher"
        default: rawValue
        }
    }

    /// The exporter that writes this format; `diagram` applies to dot, svg, png and pdf.
    public func exporter(diagram: DiagramOptions = DiagramOptions()) -> any GraphExporter {
        switch self {
        case .json: JSONExporter()
        case .csv: CSVExporter()
        case .graphml: GraphMLExporter()
        case .gexf: GEXFExporter()
        case .cypher: CypherExporter()
        case .dot: DiagramExporter(format: .dot, options: diagram)
        case .svg: DiagramExporter(format: .svg, options: diagram)
        case .png: DiagramExporter(format: .png, options: diagram)
        case .pdf: DiagramExporter(format: .pdf, options: diagram)
        case .html: ReportExporter(options: diagram)
        }
    }
}

/// The graph in canonical order, its projection, and stable ids for its records, computed once and shared by
/// every exporter.
public struct ExportInput: Sendable {
    public let graph: KnowledgeGraph
    public let projection: GraphProjection
    /// All relations between entities, aggregated per kind and ordered pair (the diagram's edges).
    public let relations: [AggregatedRelation]
    /// `statementIDs[i]` names `graph.quotes[i]`: "document:start-end", with "#2"… when two share a span.
    public let statementIDs: [String]
    /// `actionIDs[i]` names `graph.actions[i]`, likewise.
    public let actionIDs: [String]

    public init(_ graph: KnowledgeGraph) {
        let canonical = graph.canonicalized()
        self.graph = canonical
        projection = GraphProjection(canonical)
        relations = projection.aggregated()
        statementIDs = Self.ids(canonical.quotes.map { "s:\($0.document):\($0.start)-\($0.end)" })
        actionIDs = Self.ids(canonical.actions.map { "a:\($0.document):\($0.start)-\($0.end)" })
    }

    /// An entity's name by id.
    public func entityName(_ id: String?) -> String? { id.flatMap { projection.entities[$0]?.name } }

    private static func ids(_ raw: [String]) -> [String] {
        var seen: [String: Int] = [:]
        return raw.map { base in
            seen[base, default: 0] += 1
            let n = seen[base]!
            return n == 1 ? base : "\(base)#\(n)"
        }
    }
}

/// A failure that leaves no output.
public struct ExportError: Error, CustomStringConvertible, Equatable {
    public var description: String
    public init(_ description: String) { self.description = description }
}
