import NewsGraphModel

/// The typed attributes GraphML and GEXF declare and write for nodes and edges: one list, so the two formats
/// carry the same data.
enum GraphAttributes {
    enum Kind: String { case string, int, double }

    struct Attribute {
        var name: String
        var kind: Kind
    }

    static let node: [Attribute] = [
        Attribute(name: "name", kind: .string), Attribute(name: "type", kind: .string),
        Attribute(name: "aliases", kind: .string), Attribute(name: "mentions", kind: .int),
        Attribute(name: "documents", kind: .int),
    ]

    static let edge: [Attribute] = [
        Attribute(name: "relation", kind: .string), Attribute(name: "label", kind: .string),
        Attribute(name: "count", kind: .int), Attribute(name: "quad_class", kind: .string),
        Attribute(name: "stance", kind: .string), Attribute(name: "goldstein", kind: .double),
        Attribute(name: "category", kind: .string),
    ]

    /// Values by attribute name; absent attributes are left out.
    static func values(of e: Entity) -> [String: String] {
        ["name": e.name, "type": e.type.rawValue, "aliases": e.aliases.joined(separator: CSVText.listSeparator),
         "mentions": String(e.mentions.count), "documents": String(e.documents.count)]
    }

    static func values(of r: AggregatedRelation) -> [String: String] {
        var v = ["relation": r.kind.rawValue, "label": r.rankedWords.first?.word ?? "", "count": String(r.count)]
        if let q = r.dominantQuadClass { v["quad_class"] = q.name }
        if r.kind == .quote { v["stance"] = r.dominantStance.rawValue }
        if let x = r.meanGoldstein { v["goldstein"] = String(x) }
        let categories = Set(r.relations.compactMap(\.category)).sorted()
        if !categories.isEmpty { v["category"] = categories.joined(separator: CSVText.listSeparator) }
        return v
    }
}
