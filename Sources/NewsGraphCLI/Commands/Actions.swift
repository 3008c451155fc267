import ArgumentParser
import Foundation
import NewsGraphModel

struct Actions: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the actions of a graph: who did what to whom, coded to CAMEO, with their evidence.",
        discussion: """
            Names are resolved as in the other queries (case- and accent-insensitive, by name, alias or
            surname). A government given to --actor or --target also stands for its bodies named after it
            ("United States" includes "U.S. military"). --category takes a CAMEO root code (01 … 20); --class one of verbal-cooperation,
            material-cooperation, verbal-conflict, material-conflict. Rows are in document order.
            Flags: "negated" (did not happen: "did not discuss"), "hypothetical" (possible, intended or
            conditional: "could launch strikes").
            """
    )

    @Argument(help: "A graph.json written by `newsgraph build`.")
    var graph: String

    @Option(help: "Only actions by this entity.")
    var actor: String?

    @Option(help: "Only actions aimed at this entity.")
    var target: String?

    @Option(help: "Only actions of this CAMEO root category (01 … 20).")
    var category: String?

    @Option(name: .customLong("class"), help: "Only actions of this quad class: verbal-cooperation, material-cooperation, verbal-conflict or material-conflict.")
    var quadClass: String?

    @Option(help: "Output format: table, json, markdown or csv.")
    var format: OutputFormat = .table

    @Flag(help: "Show the rule and lexicon row that coded each action (and whether it was derived from a statement).")
    var explain = false
    @Option(help: "Show at most N actions (0 = all; default: a page on a terminal, all otherwise).")
    var limit: Int?

    struct Row: Encodable {
        var actor: String
        var verb: String
        var target: String?
        var category: String?
        var quadClass: String?
        var goldstein: Double?
        var negated: Bool
        var hypothetical: Bool
        var document: String
        var start: Int
        var end: Int
        var evidence: String?
        var rule: String?
        var derived: Bool

        enum CodingKeys: String, CodingKey {
            case actor, verb, target, category
            case quadClass = "quad_class"
            case goldstein, negated, hypothetical, document, start, end, evidence, rule, derived
        }
    }

    func validate() throws {
        if category != nil && quadClass != nil {
            throw ValidationError("give either --category or --class, not both")
        }
        if let category, Self.normalizedCategory(category) == nil {
            throw ValidationError("--category '\(category)': not a CAMEO root code; use 01 … 20")
        }
        if let quadClass, QuadClass(name: quadClass) == nil {
            throw ValidationError("--class '\(quadClass)': unknown class; use "
                + QuadClass.allCases.map(\.name).joined(separator: ", "))
        }
    }

    func run() throws {
        let (rows, note) = ListingLimit.apply(try rows(in: GraphFile.load(graph)), limit: ListingLimit.resolve(limit), noun: "actions")
        defer { note.map(printError) }
        if format == .json {
            print(try encodeJSON(rows), terminator: "")
            return
        }
        let headers = ["actor", "action", "target", "category", "flags", "document", "evidence"] + (explain ? ["rule"] : [])
        let table = TextTable(headers: headers, rows: rows.map { r in
            let flags = [r.negated ? "negated" : nil, r.hypothetical ? "hypothetical" : nil,
                         r.derived ? "derived" : nil].compactMap { $0 }
            return [r.actor, r.verb, r.target ?? "–", [r.category, r.quadClass].compactMap { $0 }.joined(separator: " "),
                    flags.joined(separator: ", "), "\(r.document):\(r.start)-\(r.end)", r.evidence ?? ""]
                + (explain ? [r.rule ?? "–"] : [])
        })
        print(table.render(format), terminator: "")
        if rows.isEmpty && format == .table { printError("no actions match") }
    }

    /// The actions of `g` that pass the filters, in the graph's (document) order.
    func rows(in g: KnowledgeGraph) throws -> [Row] {
        let actorIds = try actor.map { Self.withBodies(of: try resolveEntity($0, in: g, option: "--actor"), in: g) }
        let targetIds = try target.map { Self.withBodies(of: try resolveEntity($0, in: g, option: "--target"), in: g) }
        let wantedCategory = category.flatMap(Self.normalizedCategory)
        let wantedClass = quadClass.flatMap { QuadClass(name: $0) }
        let byId = g.entityIndex()
        let rows: [Row] = g.actions.compactMap { a in
            if let actorIds, !actorIds.contains(a.actor) { return nil }
            if let targetIds {
                guard let t = a.target, targetIds.contains(t) else { return nil }
            }
            let root = a.category.flatMap(Self.normalizedCategory)
            if let wantedCategory, root != wantedCategory { return nil }
            let quad = a.quadClass.flatMap(QuadClass.init(rawValue:)) ?? root.flatMap { QuadClass(cameoRoot: $0) }
            if let wantedClass, quad != wantedClass { return nil }
            return Row(actor: byId[a.actor]?.name ?? a.actor, verb: a.verb, target: a.target.map { byId[$0]?.name ?? $0 },
                       category: root, quadClass: quad?.name, goldstein: a.goldstein, negated: a.negated,
                       hypothetical: a.hypothetical, document: a.document, start: a.start, end: a.end, evidence: a.evidence,
                       rule: a.rule, derived: a.derived)
        }
        return rows
    }

    /// The entity's id, and for a government the ids of the agencies named after it: "U.S. military" and
    /// "U.S. Army" for the United States (by any of its names: "U.S.", "US", "American").
    static func withBodies(of entity: Entity, in graph: KnowledgeGraph) -> Set<String> {
        var ids: Set<String> = [entity.id]
        guard entity.type == .government else { return ids }
        let names = Set(([entity.name] + entity.aliases).map(NameNormalization.fold).filter { !$0.isEmpty })
        for e in graph.entities where e.type == .agency {
            let name = NameNormalization.fold(e.name)
            if names.contains(where: { name.hasPrefix($0 + " ") }) { ids.insert(e.id) }
        }
        return ids
    }

    /// The two-digit CAMEO root of a root ("1", "01") or a full code ("173" → "17", "0841" → "08").
    static func normalizedCategory(_ s: String) -> String? {
        let digits = s.trimmingCharacters(in: .whitespaces)
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) else { return nil }
        guard let n = Int(digits.count <= 2 ? digits : String(digits.prefix(2))), (1...20).contains(n) else { return nil }
        return n < 10 ? "0\(n)" : "\(n)"
    }
}
