import Foundation
import NewsGraphModel
@testable import NewsGraphRender
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Small hand-built graphs, and helpers to look inside SVG.
enum Fixtures {
    static func entity(_ name: String, _ type: EntityType, aliases: [String] = [], mentions: [(String, Int)] = [("a", 0)]) -> Entity {
        Entity(id: NameNormalization.identifier(name: name, type: type), name: name, type: type, aliases: aliases,
               mentions: mentions.map { Mention(document: $0.0, start: $0.1, end: $0.1 + name.count, text: name) })
    }

    static let maduro = entity("Nicolás Maduro", .person, aliases: ["Maduro", "Nicolás Maduro Moros"],
                               mentions: [("2025-01-02-a", 10), ("2025-01-02-a", 200), ("2025-01-03-b", 5)])
    static let trump = entity("Donald Trump", .person, aliases: ["Trump"], mentions: [("2025-01-02-a", 40), ("2025-01-03-b", 60)])
    static let unitedStates = entity("United States", .government, aliases: ["U.S.", "Washington"],
                                     mentions: [("2025-01-02-a", 90), ("2025-01-03-b", 120)])
    static let venezuela = entity("Venezuela", .government, mentions: [("2025-01-02-a", 30)])
    static let lopez = entity("Andrés Manuel López Obrador", .person, aliases: ["López Obrador"], mentions: [("2025-01-03-b", 300)])

    /// Five entities: a role, two quotes from one speaker about one subject, two parallel actions, an action
    /// without a target, and a quote with a non-ASCII speaker.
    static var sample: KnowledgeGraph {
        KnowledgeGraph(
            documents: [DocumentInfo(id: "2025-01-02-a"), DocumentInfo(id: "2025-01-03-b")],
            entities: [maduro, trump, unitedStates, venezuela, lopez],
            quotes: [
                Quote(speaker: trump.id, text: "Maduro has to go", about: [maduro.id], direct: true, cue: "said",
                      document: "2025-01-02-a", start: 50, end: 66),
                Quote(speaker: trump.id, text: "the regime in Caracas is finished", about: [maduro.id, venezuela.id],
                      direct: false, cue: "said", document: "2025-01-03-b", start: 70, end: 103),
                Quote(speaker: lopez.id, text: "Mexico will not take sides", about: [venezuela.id], direct: true,
                      cue: "told reporters", document: "2025-01-03-b", start: 310, end: 336),
            ],
            actions: [
                Action(actor: unitedStates.id, verb: "sanction", target: venezuela.id, category: "16", quadClass: 4,
                       document: "2025-01-02-a", start: 95, end: 103, evidence: "The United States sanctioned Venezuela's oil company."),
                Action(actor: unitedStates.id, verb: "sanction", target: venezuela.id, category: "16", quadClass: 4,
                       document: "2025-01-03-b", start: 125, end: 133, evidence: "Washington sanctioned more Venezuelan officials."),
                Action(actor: maduro.id, verb: "denounce", target: nil, category: "11", quadClass: 3,
                       document: "2025-01-03-b", start: 8, end: 16, evidence: "Maduro denounced the measures."),
            ],
            roles: [
                Role(person: maduro.id, title: "president", of: venezuela.id, document: "2025-01-02-a", start: 0, end: 9),
            ]
        )
    }

    /// A chain a0 → a1 → … → a(n-1) of actions between people.
    static func chain(_ n: Int) -> KnowledgeGraph {
        let people = (0..<n).map { entity("Person \($0)", .person) }
        let actions = (0..<max(0, n - 1)).map { i in
            Action(actor: people[i].id, verb: "meet", target: people[i + 1].id, quadClass: 2, document: "d", start: i, end: i + 1)
        }
        return KnowledgeGraph(entities: people, actions: actions)
    }

    /// `n` people around a hub that acts on each of them; the spokes also act on the next spoke.
    static func wheel(_ n: Int) -> KnowledgeGraph {
        let hub = entity("Hub", .government)
        let spokes = (0..<n).map { entity("Spoke \($0)", .person) }
        var actions = spokes.map { Action(actor: hub.id, verb: "call", target: $0.id, quadClass: 1, document: "d", start: 0, end: 1) }
        for i in 0..<n {
            actions.append(Action(actor: spokes[i].id, verb: "criticize", target: spokes[(i + 1) % n].id, quadClass: 3,
                                  document: "d", start: i, end: i + 1))
        }
        return KnowledgeGraph(entities: [hub] + spokes, actions: actions)
    }
}

/// An SVG document parsed as XML, with lookups by element id.
struct SVG {
    let document: XMLDocument

    init(_ data: Data) throws {
        document = try XMLDocument(data: data, options: [])
    }

    /// Every element, depth first.
    var elements: [XMLElement] {
        var out: [XMLElement] = []
        func walk(_ e: XMLElement) {
            out.append(e)
            for child in e.children ?? [] { if let c = child as? XMLElement { walk(c) } }
        }
        if let root = document.rootElement() { walk(root) }
        return out
    }

    func element(id: String) -> XMLElement? {
        elements.first { Self.value(of: "id", in: $0) == id }
    }

    /// An attribute of the element with that id. (`XMLElement.attribute(forName:)` finds nothing in a document
    /// with a default namespace on Linux, so this reads the attribute list.)
    func value(of attribute: String, id: String) -> String? {
        element(id: id).flatMap { Self.value(of: attribute, in: $0) }
    }

    static func value(of attribute: String, in element: XMLElement) -> String? {
        element.attributes?.first { $0.name == attribute }?.stringValue
    }

    /// The `xlink:title` of the first link inside the element: Graphviz's tooltip.
    func tooltip(of id: String) -> String? {
        guard let e = element(id: id) else { return nil }
        var found: String?
        func walk(_ e: XMLElement) {
            if found != nil { return }
            if e.name == "a", let t = e.attributes?.first(where: { $0.name == "xlink:title" })?.stringValue {
                found = t
                return
            }
            for child in e.children ?? [] { if let c = child as? XMLElement { walk(c) } }
        }
        walk(e)
        return found
    }

    /// The text of the `<text>` elements inside the element.
    func texts(of id: String) -> [String] {
        guard let e = element(id: id) else { return [] }
        var out: [String] = []
        func walk(_ e: XMLElement) {
            if e.name == "text" { out.append(e.stringValue ?? "") }
            for child in e.children ?? [] { if let c = child as? XMLElement { walk(c) } }
        }
        walk(e)
        return out
    }
}
