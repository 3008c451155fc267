import Foundation
import NewsGraphModel

/// Problems with the request that stop a diagram from being built.
public enum DiagramError: Error, Equatable, CustomStringConvertible, LocalizedError {
    /// One of several entities the focus name could mean, most mentioned first.
    public struct Candidate: Equatable, Sendable {
        public var id: String
        public var name: String
        public var type: EntityType
        public var mentions: Int

        public init(id: String, name: String, type: EntityType, mentions: Int) {
            self.id = id
            self.name = name
            self.type = type
            self.mentions = mentions
        }
    }

    /// No entity goes by that name; `suggestions` are close names.
    case unknownFocus(String, suggestions: [String])
    /// Several entities go by that name.
    case ambiguousFocus(String, candidates: [Candidate])
    /// The focus entity exists but `--types` excludes its type.
    case focusExcludedByType(String, type: EntityType)
    case negativeDepth(Int)
    case negativeTop(Int)

    public var description: String {
        switch self {
        case .unknownFocus(let name, let suggestions):
            if suggestions.isEmpty { return "no entity named “\(name)” in the graph" }
            return "no entity named “\(name)” in the graph; did you mean " + suggestions.map { "“\($0)”" }.joined(separator: ", ") + "?"
        case .ambiguousFocus(let name, let candidates):
            let list = candidates.map { "\($0.name) (\($0.type.rawValue), id \($0.id), \($0.mentions) mention\($0.mentions == 1 ? "" : "s"))" }
            return "“\(name)” could mean: " + list.joined(separator: "; ") + ". Give the full name or the id."
        case .focusExcludedByType(let name, let type):
            return "“\(name)” is a \(type.rawValue), which the type filter leaves out"
        case .negativeDepth(let d):
            return "depth must be 0 or more (got \(d))"
        case .negativeTop(let n):
            return "top must be 0 (all) or more (got \(n))"
        }
    }

    public var errorDescription: String? { description }
}
