import NewsGraphModel

/// What a diagram leaves out, and why, so the CLI can say so ("40 entities not shown (--top 150) …").
///
/// Two units are counted. *Entities* and *edges* are what would have been drawn: an edge is all relations of
/// one kind between one ordered pair. *Relations* are single records of the graph (one role, one action, one
/// quote–subject pair) that were filtered out or cannot be drawn as an edge.
public struct Omissions: Hashable, Sendable {
    /// Entities whose type is not in `--types`.
    public var entitiesFilteredByType = 0
    /// Entities more than `depth` hops from the focus.
    public var entitiesOutsideFocus = 0
    /// Entities ranked below the `--top` limit.
    public var entitiesBeyondTop = 0
    /// Entities with no drawn relation, dropped because the diagram has relations (including those whose only
    /// neighbours fell below the `--top` limit).
    public var isolatedEntities = 0

    /// Entities whose every edge fell outside the edge budget (`maxEdges`).
    public var entitiesBeyondBudget = 0
    /// The weakest edges beyond the edge budget (`maxEdges`).
    public var edgesBeyondBudget = 0

    /// Edges lost because an endpoint's type is filtered out.
    public var edgesFilteredByType = 0
    /// Edges with an endpoint outside the focus neighbourhood.
    public var edgesOutsideFocus = 0
    /// Edges with an endpoint below the `--top` limit.
    public var edgesBeyondTop = 0

    /// Relations of a kind not asked for (`relationKinds`).
    public var relationsFilteredByKind = 0
    /// Actions whose quad class is not asked for (`actionClasses`), including unclassified ones.
    public var relationsFilteredByClass = 0
    /// Actions without a target, quotes about nobody, roles not of a named entity: listed in node tooltips.
    public var relationsWithoutTarget = 0
    /// Relations from an entity to itself: listed in node tooltips.
    public var selfRelations = 0
    /// Negated actions ("did not attack"): never drawn as edges, which would assert the opposite.
    public var negatedActions = 0
    /// Quotes without a named speaker, and references to entity ids the graph does not have.
    public var unresolvedReferences = 0

    public init() {}

    /// The projection's own counts of records that are not relations.
    public init(_ skipped: GraphProjection.Skipped) {
        relationsFilteredByKind = skipped.filteredByKind
        relationsFilteredByClass = skipped.filteredByClass
        relationsWithoutTarget = skipped.withoutTarget
        selfRelations = skipped.selfRelations
        negatedActions = skipped.negatedActions
        unresolvedReferences = skipped.unresolvedReferences
    }

    /// Entities in the graph that are not drawn.
    public var entities: Int {
        entitiesFilteredByType + entitiesOutsideFocus + entitiesBeyondTop + isolatedEntities + entitiesBeyondBudget
    }

    /// Edges that would have been drawn but for the entity filters.
    public var edges: Int { edgesFilteredByType + edgesOutsideFocus + edgesBeyondTop + edgesBeyondBudget }

    /// Relations not drawn as edges for reasons of their own.
    public var relations: Int {
        relationsFilteredByKind + relationsFilteredByClass + relationsWithoutTarget + selfRelations + negatedActions
            + unresolvedReferences
    }

    public var isEmpty: Bool { entities == 0 && edges == 0 && relations == 0 }

    /// One line per reason that applies, for `--verbose` output.
    public var summary: [String] {
        var lines: [String] = []
        func add(_ n: Int, _ what: String) { if n > 0 { lines.append("\(n) \(what)") } }
        add(entitiesFilteredByType, entitiesFilteredByType == 1 ? "entity of another type" : "entities of other types")
        add(entitiesOutsideFocus, entitiesOutsideFocus == 1 ? "entity outside the focus" : "entities outside the focus")
        add(entitiesBeyondTop, entitiesBeyondTop == 1 ? "entity below the top limit" : "entities below the top limit")
        add(isolatedEntities, isolatedEntities == 1 ? "entity without drawn relations" : "entities without drawn relations")
        add(edgesFilteredByType, edgesFilteredByType == 1 ? "edge to an entity of another type" : "edges to entities of other types")
        add(edgesOutsideFocus, edgesOutsideFocus == 1 ? "edge outside the focus" : "edges outside the focus")
        add(edgesBeyondTop, edgesBeyondTop == 1 ? "edge to an entity below the top limit" : "edges to entities below the top limit")
        add(edgesBeyondBudget, edgesBeyondBudget == 1 ? "edge beyond the edge budget" : "edges beyond the edge budget")
        add(entitiesBeyondBudget, entitiesBeyondBudget == 1 ? "entity with only edges beyond the budget" : "entities with only edges beyond the budget")
        add(relationsFilteredByKind, relationsFilteredByKind == 1 ? "relation of another kind" : "relations of other kinds")
        add(relationsFilteredByClass, relationsFilteredByClass == 1 ? "action of another class" : "actions of other classes")
        add(relationsWithoutTarget, relationsWithoutTarget == 1 ? "relation without a target (in tooltips)" : "relations without a target (in tooltips)")
        add(selfRelations, selfRelations == 1 ? "relation of an entity to itself (in tooltips)" : "relations of entities to themselves (in tooltips)")
        add(negatedActions, negatedActions == 1 ? "negated action" : "negated actions")
        add(unresolvedReferences, unresolvedReferences == 1 ? "relation with an unnamed or unknown entity" : "relations with unnamed or unknown entities")
        return lines
    }
}
