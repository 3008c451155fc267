import Foundation

/// Graphviz layout engines that work in process and make sense for a knowledge graph.
public enum LayoutEngine: String, Hashable, Sendable, CaseIterable {
    /// Layered, readable edge labels; slow beyond a few hundred nodes.
    case dot
    /// Force-directed, multiscale; fast on large graphs.
    case sfdp
    case neato
    /// Not reproducible, even from run to run of the `fdp` program.
    case fdp
    case circo
}

/// Output formats. `dot` here is the laid-out graph (with positions); for re-layoutable DOT use
/// `GraphvizRenderer.dotSource(of:)`.
public enum OutputFormat: String, Hashable, Sendable, CaseIterable {
    case svg
    case dot
    case png
    case pdf

    public var fileExtension: String { rawValue }
}

/// A message from Graphviz (or about the rendering) that did not stop it.
public struct RenderDiagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Hashable, Sendable, Comparable {
        case info, warning, error

        private var rank: Int {
            switch self {
            case .info: 0
            case .warning: 1
            case .error: 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    public var severity: Severity
    public var message: String

    public init(_ severity: Severity, _ message: String) {
        self.severity = severity
        self.message = message
    }

    public var description: String { "\(severity.rawValue): \(message)" }
}

/// The bytes of a rendered diagram and what happened on the way.
public struct RenderResult: Sendable {
    public var data: Data
    public var format: OutputFormat
    /// The engine that made the layout (chosen by size when none was asked for).
    public var engine: LayoutEngine
    /// The engine choice, and Graphviz's warnings.
    public var diagnostics: [RenderDiagnostic]

    public init(data: Data, format: OutputFormat, engine: LayoutEngine, diagnostics: [RenderDiagnostic]) {
        self.data = data
        self.format = format
        self.engine = engine
        self.diagnostics = diagnostics
    }

    /// The output as text (SVG and DOT are UTF-8).
    public var text: String { String(decoding: data, as: UTF8.self) }
}

/// Graphviz failures that leave no output.
public enum GraphvizError: Error, Equatable, CustomStringConvertible, LocalizedError {
    /// `gvContext()` returned nothing, or loaded no plugins (libgvc6's `config6a` missing).
    case unavailable(String)
    /// The layout failed or reported errors; `messages` are Graphviz's own.
    case layoutFailed(engine: LayoutEngine, messages: [String])
    case renderFailed(format: OutputFormat, messages: [String])
    /// Text that is not DOT, with the parser's messages.
    case invalidDOT(messages: [String])
    /// cgraph refused to create an object (out of memory, or a name it cannot take).
    case graphConstruction(String)

    public var description: String {
        switch self {
        case .unavailable(let why):
            return "Graphviz is not usable: \(why)"
        case .layoutFailed(let engine, let messages):
            return "Graphviz layout with \(engine.rawValue) failed" + Self.suffix(messages)
        case .renderFailed(let format, let messages):
            return "Graphviz could not render \(format.rawValue)" + Self.suffix(messages)
        case .invalidDOT(let messages):
            return "not valid DOT" + Self.suffix(messages)
        case .graphConstruction(let what):
            return "could not build the Graphviz graph: \(what)"
        }
    }

    public var errorDescription: String? { description }

    private static func suffix(_ messages: [String]) -> String {
        messages.isEmpty ? "" : ": " + messages.joined(separator: "; ")
    }
}
