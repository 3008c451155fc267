import NewsGraphModel

extension RelationKind {
    /// The one-letter prefix of edge ids.
    var idPrefix: String {
        switch self {
        case .role: "r"
        case .quote: "q"
        case .action: "a"
        }
    }
}

/// What to draw: the CLI's `render` flags, as values.
public struct DiagramOptions: Hashable, Sendable {
    /// Entities kept when `top` is nil.
    public static let defaultTop = 150
    /// Entities kept around a focus when `top` is nil: its strongest neighbours, not its whole world.
    public static let defaultFocusTop = 30
    /// Edges drawn when `maxEdges` is nil: about two per node keeps a 150-entity diagram legible.
    public static let defaultMaxEdges = 300
    /// Edges drawn around a focus when `maxEdges` is nil.
    public static let defaultFocusMaxEdges = 60
    /// Width over height at most this by default: fits a report column or page.
    public static let defaultMaxAspectRatio = 2.0

    /// A name as the user typed it; resolved with `NameResolver`. The diagram then holds the entities within
    /// `depth` drawn relations of it (in either direction).
    public var focus: String?
    /// Hops from `focus`; 0 draws the focus entity alone.
    public var depth: Int
    /// Entity types to draw; nil draws all.
    public var types: Set<EntityType>?
    /// Keep the N most connected entities: nil means `defaultTop`, 0 means all.
    public var top: Int?
    public var relationKinds: Set<RelationKind>
    /// Actions to draw by quad class (`--classes`); nil draws all, including actions without a class.
    public var actionClasses: Set<QuadClass>?
    public var title: String?
    /// Draw a legend node.
    public var legend: Bool
    /// Put the nodes of each entity type in a cluster box. Edge labels then become `xlabel`s (see the renderer).
    public var groupByType: Bool
    /// Keep the N strongest edges: nil means the default (`defaultMaxEdges`, or `defaultFocusMaxEdges` with a
    /// focus), 0 means all.
    public var maxEdges: Int?
    /// The drawing is made no wider than this many times its height (Graphviz `ratio`); nil or 0 leaves the
    /// engine's shape.
    public var maxAspectRatio: Double? = DiagramOptions.defaultMaxAspectRatio
    /// Graphviz `size` ("7.5,10": inches, scaled down to fit), nil for natural size.
    public var size: String?
    /// Evidence lines listed in an edge tooltip before "… and K more".
    public var evidenceLimit: Int
    /// Characters kept of each evidence line.
    public var evidenceLength: Int

    public init(focus: String? = nil, depth: Int = 1, types: Set<EntityType>? = nil, top: Int? = nil,
                relationKinds: Set<RelationKind> = Set(RelationKind.allCases), actionClasses: Set<QuadClass>? = nil,
                title: String? = nil, legend: Bool = true, groupByType: Bool = false,
                evidenceLimit: Int = 5, evidenceLength: Int = 160) {
        self.focus = focus
        self.depth = depth
        self.types = types
        self.top = top
        self.relationKinds = relationKinds
        self.actionClasses = actionClasses
        self.title = title
        self.legend = legend
        self.groupByType = groupByType
        self.evidenceLimit = evidenceLimit
        self.evidenceLength = evidenceLength
    }

    /// The entity limit in force: nil when all entities are kept.
    public var effectiveTop: Int? {
        let n = top ?? (focus == nil ? Self.defaultTop : Self.defaultFocusTop)
        return n > 0 ? n : nil
    }

    /// The edge budget in force: nil when all edges are kept.
    /// By default about two edges per entity drawn (`--top 30`: 60), at most `defaultMaxEdges`
    /// (`defaultFocusMaxEdges` with a focus): more make the centre of the layout a wall of lines.
    public var effectiveMaxEdges: Int? {
        if let maxEdges { return maxEdges > 0 ? maxEdges : nil }
        let cap = focus == nil ? Self.defaultMaxEdges : Self.defaultFocusMaxEdges
        return effectiveTop.map { min(cap, Self.edgesPerEntity * max(10, $0)) } ?? cap
    }

    /// Edges drawn per entity when no budget is given.
    public static let edgesPerEntity = 2
}
