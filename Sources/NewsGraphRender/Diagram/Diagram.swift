import NewsGraphModel

/// What will be drawn, decided in pure Swift before any Graphviz call: nodes, aggregated edges, optional
/// clusters, a legend, and what was left out. Text is kept raw (as in the articles); the renderer escapes it.
///
/// Built by `DiagramBuilder.build(graph:options:)`; drawn by `GraphvizRenderer`.
public struct Diagram: Hashable, Sendable {
    /// The graph's name in DOT (`digraph newsgraph { … }`).
    public var name: String
    /// Drawn above the graph when set.
    public var title: String?
    /// Entity id the diagram was centred on (`--focus`), if any.
    public var focus: String?
    /// Sorted by id.
    public var nodes: [Node]
    /// Sorted by source, target, kind.
    public var edges: [Edge]
    /// Empty unless `DiagramOptions.groupByType` is set.
    public var clusters: [Cluster]
    /// Nil when there is nothing to explain or the legend was turned off.
    public var legend: Legend?
    /// What the diagram leaves out, and why.
    public var omitted: Omissions
    /// Width over height at most (Graphviz `ratio` = 1 / this); nil keeps the engine's shape.
    public var maxAspectRatio: Double?
    /// Graphviz `size`, nil for natural size.
    public var size: String?

    public init(name: String = "newsgraph", title: String? = nil, focus: String? = nil, nodes: [Node] = [],
                edges: [Edge] = [], clusters: [Cluster] = [], legend: Legend? = nil, omitted: Omissions = Omissions()) {
        self.name = name
        self.title = title
        self.focus = focus
        self.nodes = nodes
        self.edges = edges
        self.clusters = clusters
        self.legend = legend
        self.omitted = omitted
    }

    public var isEmpty: Bool { nodes.isEmpty }

    public func node(id: String) -> Node? { nodes.first { $0.id == id } }
    public func edge(id: String) -> Edge? { edges.first { $0.id == id } }
}

extension Diagram {
    /// One entity.
    public struct Node: Hashable, Sendable, Identifiable {
        /// The entity id, restricted to `[A-Za-z0-9_]`: the DOT node name and the SVG element id.
        public var id: String
        public var label: String
        public var type: EntityType
        /// Lines shown on hover (SVG `xlink:title`).
        public var tooltip: String
        /// Classes after the implicit `node` one ("person", "focus"); SVG writes `class="node person"`.
        public var classes: [String]
        /// Further Graphviz attributes (shape, fillcolor, style, …), applied in key order.
        public var attributes: [String: String]
        /// The entity drawn (the id may differ after sanitizing).
        public var entity: String?

        public init(id: String, label: String, type: EntityType, tooltip: String, classes: [String],
                    attributes: [String: String] = [:], entity: String? = nil) {
            self.entity = entity
            self.id = id
            self.label = label
            self.type = type
            self.tooltip = tooltip
            self.classes = classes
            self.attributes = attributes
        }

        /// The full class list as it appears in the SVG: "node person".
        public var cssClass: String { (["node"] + classes).joined(separator: " ") }
    }

    /// All relations of one kind from one entity to another, aggregated into a single edge.
    public struct Edge: Hashable, Sendable, Identifiable {
        /// `r_…`, `q_…` or `a_…` followed by `source__target`; `[A-Za-z0-9_]` only.
        public var id: String
        public var kind: RelationKind
        public var source: String
        public var target: String
        /// The verb, cue or title, with the count when there is more than one ("said ×3").
        public var label: String
        /// How many relations the edge stands for.
        public var count: Int
        public var penwidth: Double
        public var color: String
        /// For action edges: the class of most of the actions.
        public var quadClass: QuadClass?
        public var tooltip: String
        /// Classes after the implicit `edge` one ("action", "verbal-conflict").
        public var classes: [String]
        /// Further Graphviz attributes (style, arrowhead, fontcolor, …), applied in key order.
        public var attributes: [String: String]

        public init(id: String, kind: RelationKind, source: String, target: String, label: String, count: Int,
                    penwidth: Double, color: String, quadClass: QuadClass? = nil, tooltip: String,
                    classes: [String], attributes: [String: String] = [:]) {
            self.id = id
            self.kind = kind
            self.source = source
            self.target = target
            self.label = label
            self.count = count
            self.penwidth = penwidth
            self.color = color
            self.quadClass = quadClass
            self.tooltip = tooltip
            self.classes = classes
            self.attributes = attributes
        }

        /// The full class list as it appears in the SVG: "edge action verbal-conflict".
        public var cssClass: String { (["edge"] + classes).joined(separator: " ") }

        /// The legend entry this edge is drawn as.
        public var category: EdgeCategory {
            switch kind {
            case .role: .role
            case .quote: .quote
            case .action: .action(quadClass)
            }
        }
    }

    /// A group of nodes drawn in a box (`subgraph cluster_…`).
    public struct Cluster: Hashable, Sendable, Identifiable {
        /// Starts with `cluster_`, which is what makes Graphviz draw the box.
        public var id: String
        public var label: String
        public var nodeIDs: [String]

        public init(id: String, label: String, nodeIDs: [String]) {
            self.id = id
            self.label = label
            self.nodeIDs = nodeIDs
        }
    }

    /// Explains what the diagram shows — and only that: the node types and edge kinds actually drawn.
    public struct Legend: Hashable, Sendable {
        public var nodeTypes: [EntityType]
        public var edgeCategories: [EdgeCategory]

        public init(nodeTypes: [EntityType], edgeCategories: [EdgeCategory]) {
            self.nodeTypes = nodeTypes
            self.edgeCategories = edgeCategories
        }

        /// The legend's node id in DOT and SVG.
        public static let nodeID = "legend"
    }
}

/// How an edge is drawn: roles, quotes, and actions by their CAMEO quad class (nil: not coded).
public enum EdgeCategory: Hashable, Sendable, Comparable {
    case role
    case quote
    case action(QuadClass?)

    private var sortKey: Int {
        switch self {
        case .role: 0
        case .quote: 1
        case .action(let q?): 1 + q.rawValue
        case .action(nil): 9
        }
    }

    public static func < (lhs: EdgeCategory, rhs: EdgeCategory) -> Bool { lhs.sortKey < rhs.sortKey }
}
