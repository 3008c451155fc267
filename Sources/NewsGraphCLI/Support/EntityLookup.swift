import Foundation
import NewsGraphModel

/// Resolves a name typed on the command line, or fails with candidates or suggestions.
/// Says on stderr which entity a name was taken to mean, and the others that also answer to it
/// ("--by Clinton → Hillary Clinton (4,387 mentions); also Bill Clinton (287)").
func resolveEntity(_ name: String, in graph: KnowledgeGraph, option: String) throws -> Entity {
    let (resolution, alternatives) = NameResolver(graph: graph).lookup(name)
    switch resolution {
    case .found(let e):
        if NameNormalization.fold(e.name) != NameNormalization.fold(name) || !alternatives.isEmpty {
            var note = "\(option) \(name) → \(e.name) (\(mentionCount(e)) mentions)"
            if !alternatives.isEmpty {
                note += "; also " + alternatives.prefix(3).map { "\($0.name) (\(mentionCount($0)))" }.joined(separator: ", ")
                if alternatives.count > 3 { note += " and \(alternatives.count - 3) more" }
            }
            FileHandle.standardError.write(Data((note + "\n").utf8))
        }
        return e
    case .ambiguous(let candidates):
        let list = candidates.prefix(10).map { "  \($0.name) (\($0.type.rawValue), \($0.mentions.count) mentions)" }
        throw CLIError("\(option) '\(name)' is ambiguous; it could be:\n" + list.joined(separator: "\n")
            + "\nUse the full name.")
    case .unknown(let suggestions):
        if suggestions.isEmpty { throw CLIError("\(option) '\(name)': no entity by that name in the graph") }
        throw CLIError("\(option) '\(name)': no entity by that name; did you mean \(suggestions.map { "'\($0)'" }.joined(separator: ", "))?")
    }
}

private func mentionCount(_ e: Entity) -> String {
    e.mentions.count.formatted(.number.grouping(.automatic).locale(Locale(identifier: "en_US")))
}
