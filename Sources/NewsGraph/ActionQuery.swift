import Foundation
import NewsGraphModel

/// Who did what to whom: the actions of a graph that pass the filters, in document order.
public struct ActionQuery: Sendable {
    public var actor: String?
    public var target: String?
    /// A CAMEO root ("01" … "20") or a full code whose root is taken.
    public var category: String?
    public var quadClass: QuadClass?
    public var documents: DocumentFilter

    public init(actor: String? = nil, target: String? = nil, category: String? = nil, quadClass: QuadClass? = nil,
                documents: DocumentFilter = try! DocumentFilter()) {
        self.actor = actor
        self.target = target
        self.category = category
        self.quadClass = quadClass
        self.documents = documents
    }

    public struct Row: Encodable, Sendable {
        public var actor: String
        public var verb: String
        public var target: String?
        public var category: String?
        public var quadClass: String?
        public var goldstein: Double?
        public var negated: Bool
        public var hypothetical: Bool
        public var document: String
        public var start: Int
        public var end: Int
        public var evidence: String?
        /// The rule and lexicon row that coded the action, for `--explain`.
        public var rule: String?
        /// True for an event derived from a statement's stance.
        public var derived: Bool

        enum CodingKeys: String, CodingKey {
            case actor, verb, target, category
            case quadClass = "quad_class"
            case goldstein, negated, hypothetical, document, start, end, evidence, rule, derived
        }
    }

    /// The matching actions themselves (entity ids), in the graph's order.
    public func actions(in g: KnowledgeGraph, resolve: EntityResolving = EntityResolution.resolve) throws -> [Action] {
        let actorIds = try actor.map { Self.withBodies(of: try resolve($0, g, "--actor"), in: g) }
        let targetIds = try target.map { Self.withBodies(of: try resolve($0, g, "--target"), in: g) }
        var wantedCategory: String?
        if let category {
            guard let c = Self.normalizedCategory(category) else {
                throw QueryError("--category '\(category)': not a CAMEO root code; use 01 … 20")
            }
            wantedCategory = c
        }
        let allowed = documents.documentIds(in: g)
        return g.actions.filter { a in
            if let actorIds, !actorIds.contains(a.actor) { return false }
            if let targetIds {
                guard let t = a.target, targetIds.contains(t) else { return false }
            }
            if let allowed, !allowed.contains(a.document) { return false }
            let root = a.category.flatMap(Self.normalizedCategory)
            if let wantedCategory, root != wantedCategory { return false }
            if let quadClass, Self.quadClass(of: a) != quadClass { return false }
            return true
        }
    }

    public func run(on g: KnowledgeGraph, resolve: EntityResolving = EntityResolution.resolve) throws -> [Row] {
        let byId = g.entityIndex()
        return try actions(in: g, resolve: resolve).map { a in
            Row(actor: byId[a.actor]?.name ?? a.actor, verb: a.verb, target: a.target.map { byId[$0]?.name ?? $0 },
                category: a.category.flatMap(Self.normalizedCategory), quadClass: Self.quadClass(of: a)?.name,
                goldstein: a.goldstein, negated: a.negated, hypothetical: a.hypothetical, document: a.document,
                start: a.start, end: a.end, evidence: a.evidence, rule: a.rule, derived: a.derived)
        }
    }

    static func quadClass(of a: Action) -> QuadClass? {
        a.quadClass.flatMap(QuadClass.init(rawValue:)) ?? a.category.flatMap(normalizedCategory).flatMap { QuadClass(cameoRoot: $0) }
    }

    /// The entity's id, and for a government the ids of the agencies named after it: "U.S. military" and
    /// "U.S. Army" for the United States (by any of its names: "U.S.", "US", "American").
    public static func withBodies(of entity: Entity, in graph: KnowledgeGraph) -> Set<String> {
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
    public static func normalizedCategory(_ s: String) -> String? {
        let digits = s.trimmingCharacters(in: .whitespaces)
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) else { return nil }
        guard let n = Int(digits.count <= 2 ? digits : String(digits.prefix(2))), (1...20).contains(n) else { return nil }
        return n < 10 ? "0\(n)" : "\(n)"
    }
}
