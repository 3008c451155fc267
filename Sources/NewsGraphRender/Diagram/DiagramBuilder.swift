import NewsGraphModel

/// Decides what a diagram of a knowledge graph shows. Pure Swift: no Graphviz call, testable alone.
public enum DiagramBuilder {
    /// Builds the diagram of `graph` that `options` ask for.
    ///
    /// The steps, in order:
    /// 1. Roles, quotes and actions become relations, filtered by `relationKinds` and `actionClasses`.
    ///    Relations that cannot be edges — actions without a target, quotes about nobody, roles without an `of`,
    ///    relations of an entity to itself, negated actions — are counted in `omitted` and listed in the
    ///    tooltip of the entity they belong to.
    /// 2. Relations of one kind between one ordered pair are aggregated into one edge ("said ×3").
    /// 3. `types` drops entities (and their edges).
    /// 4. `focus` keeps the entities within `depth` hops of the focus entity over the remaining edges, in either
    ///    direction.
    /// 5. Isolated entities — those without a drawn edge — are dropped when the diagram has at least one edge:
    ///    they clutter the layout and say nothing a list would not. When there is no edge at all (a graph with
    ///    entities only, or a focus entity without relations) the entities are kept, so the diagram is not empty.
    ///    The focus entity is always kept.
    /// 6. `top` keeps the N most connected entities: the focus entity first, then (around a focus) by relations
    ///    with the focus, then by distinct edges, mentions and id. Entities whose only neighbours fell below the limit are then dropped as isolated (unless
    ///    that would leave nothing).
    ///
    /// - Throws: `DiagramError` for an unknown or ambiguous focus, a focus excluded by `types`, or a negative
    ///   `depth` or `top`.
    public static func build(graph: KnowledgeGraph, options: DiagramOptions = DiagramOptions()) throws -> Diagram {
        guard options.depth >= 0 else { throw DiagramError.negativeDepth(options.depth) }
        if let top = options.top, top < 0 { throw DiagramError.negativeTop(top) }

        // Roles whose 'of' only the corpus inferred stay titles here (graph.json and the exports keep them).
        let projection = GraphProjection(graph, filter: GraphProjection.Filter(kinds: options.relationKinds,
                                                                              actionClasses: options.actionClasses,
                                                                              inferredRoles: false))
        let entities = projection.entities
        var omitted = Omissions(projection.skipped)

        var groups: [EdgeKey: [GraphRelation]] = [:]
        for aggregate in projection.aggregated() { groups[EdgeKey(aggregate), default: []] = aggregate.relations }
        var edges = Set(groups.keys)
        var kept = Set(entities.keys)

        if let types = options.types {
            let excluded = kept.filter { !types.contains(entities[$0]!.type) }
            omitted.entitiesFilteredByType = excluded.count
            kept.subtract(excluded)
            omitted.edgesFilteredByType = removeEdges(from: &edges, leaving: kept)
        }

        var focus: Entity?
        if let name = options.focus {
            let entity = try resolveFocus(name, in: graph)
            guard kept.contains(entity.id) else { throw DiagramError.focusExcludedByType(entity.name, type: entity.type) }
            focus = entity
            let near = neighbourhood(of: entity.id, depth: options.depth, edges: edges)
            omitted.entitiesOutsideFocus = kept.subtracting(near).count
            kept.formIntersection(near)
            omitted.edgesOutsideFocus = removeEdges(from: &edges, leaving: kept)
        }

        let pinned: Set<String> = focus.map { [$0.id] } ?? []
        let hasEdges = !edges.isEmpty
        if hasEdges {
            let connected = endpoints(of: edges).union(pinned)
            omitted.isolatedEntities += kept.subtracting(connected).count
            kept.formIntersection(connected)
        }

        if let limit = options.effectiveTop, kept.count > limit {
            let degree = degrees(of: edges)
            // Around a focus, its strongest neighbours first: most relations with the focus, either direction.
            var strength: [String: Int] = [:]
            for key in edges where pinned.contains(key.source) || pinned.contains(key.target) {
                let other = pinned.contains(key.source) ? key.target : key.source
                strength[other, default: 0] += groups[key]!.count
            }
            let ranked = kept.sorted { a, b in
                if pinned.contains(a) != pinned.contains(b) { return pinned.contains(a) }
                let ka = (strength[a] ?? 0, degree[a] ?? 0, entities[a]!.mentions.count)
                let kb = (strength[b] ?? 0, degree[b] ?? 0, entities[b]!.mentions.count)
                return ka != kb ? ka > kb : a < b
            }
            kept = Set(ranked.prefix(limit))
            omitted.entitiesBeyondTop = ranked.count - limit
            omitted.edgesBeyondTop = removeEdges(from: &edges, leaving: kept)
            if hasEdges {
                let stranded = kept.subtracting(endpoints(of: edges).union(pinned))
                if stranded.count < kept.count {
                    omitted.isolatedEntities += stranded.count
                    kept.subtract(stranded)
                }
            }
        }

        // 7. The edge budget: each entity kept so far keeps its own strongest edge (so `--top 30` draws 30
        //    entities), then the strongest of the rest (most relations; actions, then quotes, then roles; then
        //    ids) fill the budget. A budget smaller than the entities takes the strongest edges alone, and the
        //    entities without one are left out. Counted here so the diagram's own note includes it.
        if let budget = options.effectiveMaxEdges, edges.count > budget {
            func rank(_ k: RelationKind) -> Int { k == .action ? 0 : k == .quote ? 1 : 2 }
            let ranked = edges.sorted { a, b in
                let ca = groups[a]!.count, cb = groups[b]!.count
                if ca != cb { return ca > cb }
                if a.kind != b.kind { return rank(a.kind) < rank(b.kind) }
                return (a.source, a.target) < (b.source, b.target)
            }
            var own = Set<EdgeKey>()
            var covered = Set<String>()
            for e in ranked where !covered.contains(e.source) || !covered.contains(e.target) {
                own.insert(e)
                covered.insert(e.source)
                covered.insert(e.target)
            }
            if own.count <= budget {
                edges = own
                for e in ranked where edges.count < budget { edges.insert(e) }
            } else {
                edges = Set(ranked.prefix(budget))
            }
            omitted.edgesBeyondBudget = ranked.count - edges.count
            let stranded = kept.subtracting(endpoints(of: edges).union(pinned))
            omitted.entitiesBeyondBudget = stranded.count
            kept.subtract(stranded)
        }

        // Node ids in entity-id order, so that a collision after sanitizing always resolves the same way.
        var ids = DiagramIDAllocator(reserved: [Diagram.Legend.nodeID])
        var nodeID: [String: String] = [:]
        for id in kept.sorted() { nodeID[id] = ids.allocate(id) }

        let nodes = kept.sorted { nodeID[$0]! < nodeID[$1]! }.map { id in
            makeNode(entities[id]!, nodeID: nodeID[id]!, isFocus: pinned.contains(id), notes: projection.notes[id])
        }
        var edgeIDs = DiagramIDAllocator()
        let diagramEdges = edges.sorted { a, b in
            (nodeID[a.source]!, nodeID[a.target]!, a.kind) < (nodeID[b.source]!, nodeID[b.target]!, b.kind)
        }.map { key in
            let source = nodeID[key.source]!, target = nodeID[key.target]!
            return makeEdge(key, groups[key]!, id: edgeIDs.allocate("\(key.kind.idPrefix)_\(source)__\(target)"),
                            source: source, target: target, entities: entities, options: options)
        }

        var diagram = Diagram(title: options.title, focus: focus.flatMap { nodeID[$0.id] }, nodes: nodes,
                              edges: diagramEdges, omitted: omitted)
        diagram.maxAspectRatio = options.maxAspectRatio
        diagram.size = options.size
        if options.groupByType { diagram.clusters = clusters(of: nodes) }
        if options.legend && !nodes.isEmpty {
            diagram.legend = Diagram.Legend(nodeTypes: Set(nodes.map(\.type)).sorted(),
                                            edgeCategories: Set(diagramEdges.map(\.category)).sorted())
        }
        return diagram
    }

    // MARK: Selection

    struct EdgeKey: Hashable {
        var kind: RelationKind
        var source: String
        var target: String

        init(_ r: AggregatedRelation) {
            kind = r.kind
            source = r.source
            target = r.target
        }
    }

    static func resolveFocus(_ name: String, in graph: KnowledgeGraph) throws -> Entity {
        switch NameResolver(graph: graph).resolve(name) {
        case .found(let entity):
            return entity
        case .ambiguous(let entities):
            throw DiagramError.ambiguousFocus(name, candidates: entities.map {
                DiagramError.Candidate(id: $0.id, name: $0.name, type: $0.type, mentions: $0.mentions.count)
            })
        case .unknown(let suggestions):
            throw DiagramError.unknownFocus(name, suggestions: suggestions)
        }
    }

    /// Entities within `depth` hops of `start`, following edges both ways.
    static func neighbourhood(of start: String, depth: Int, edges: Set<EdgeKey>) -> Set<String> {
        var adjacent: [String: Set<String>] = [:]
        for e in edges {
            adjacent[e.source, default: []].insert(e.target)
            adjacent[e.target, default: []].insert(e.source)
        }
        var seen: Set<String> = [start]
        var frontier: Set<String> = [start]
        var hops = 0
        while hops < depth && !frontier.isEmpty {  // stops when nothing is left to visit, whatever `depth` is
            hops += 1
            var next: Set<String> = []
            for id in frontier { next.formUnion(adjacent[id] ?? []) }
            frontier = next.subtracting(seen)
            seen.formUnion(frontier)
        }
        return seen
    }

    /// Removes edges with an endpoint outside `kept`; returns how many.
    static func removeEdges(from edges: inout Set<EdgeKey>, leaving kept: Set<String>) -> Int {
        let before = edges.count
        edges = edges.filter { kept.contains($0.source) && kept.contains($0.target) }
        return before - edges.count
    }

    static func endpoints(of edges: Set<EdgeKey>) -> Set<String> {
        Set(edges.flatMap { [$0.source, $0.target] })
    }

    /// Distinct edges at each entity.
    static func degrees(of edges: Set<EdgeKey>) -> [String: Int] {
        var degree: [String: Int] = [:]
        for e in edges {
            degree[e.source, default: 0] += 1
            degree[e.target, default: 0] += 1
        }
        return degree
    }

    // MARK: Drawing decisions

    static func makeNode(_ entity: Entity, nodeID: String, isFocus: Bool, notes: GraphProjection.EntityNotes?) -> Diagram.Node {
        var attributes = [
            "shape": DiagramStyle.shape(for: entity.type),
            "style": DiagramStyle.nodeStyle(for: entity.type),
            "fillcolor": DiagramStyle.fillColor(for: entity.type),
        ]
        if isFocus { attributes["penwidth"] = "2.5" }
        let label = TooltipText.singleLine(entity.name)
        return Diagram.Node(id: nodeID, label: label.isEmpty ? entity.id : label, type: entity.type,
                            tooltip: TooltipText.nodeTooltip(entity, notes: notes),
                            classes: [entity.type.rawValue] + (isFocus ? ["focus"] : []), attributes: attributes,
                            entity: entity.id)
    }

    static func makeEdge(_ key: EdgeKey, _ relations: [GraphRelation], id: String, source: String, target: String,
                         entities: [String: Entity], options: DiagramOptions) -> Diagram.Edge {
        let words = relations.map(\.word)
        let quadClass = key.kind == .action ? dominantClass(relations) : nil
        let stance = AggregatedRelation(kind: key.kind, source: key.source, target: key.target, relations: relations).dominantStance
        var label = TooltipText.frequencySummary(words)
        if key.kind == .quote && stance != .neutral { label += " · \(stance.rawValue)" }
        let category: EdgeCategory = switch key.kind {
        case .role: .role
        case .quote: .quote
        case .action: .action(quadClass)
        }
        let color = DiagramStyle.color(for: category)

        var classes = [key.kind.rawValue]
        var summary: String
        switch key.kind {
        case .role:
            summary = "role: " + TooltipText.frequencySummary(words, shown: 3)
        case .quote:
            summary = TooltipText.count(relations.count, "statement") + ": " + TooltipText.frequencySummary(words, shown: 3)
            classes.append("stance-" + stance.rawValue)
        case .action:
            classes.append(DiagramStyle.className(for: quadClass))
            let classNames = relations.map { DiagramStyle.className(for: $0.quadClass).replacingOccurrences(of: "-", with: " ") }
            if Set(classNames).count > 1 { classes.append("mixed") }
            if relations.allSatisfy(\.hypothetical) { classes.append("hypothetical") }
            summary = TooltipText.count(relations.count, "action") + ": " + TooltipText.frequencySummary(words, shown: 3)
                + " — " + TooltipText.frequencySummary(classNames, shown: 4)
        }
        let sourceName = TooltipText.singleLine(entities[key.source]!.name)
        let targetName = TooltipText.singleLine(entities[key.target]!.name)
        let lines = ["\(sourceName) → \(targetName)", summary]
            + TooltipText.evidence(relations.map(EvidenceLine.init), limit: options.evidenceLimit, length: options.evidenceLength)

        return Diagram.Edge(
            id: id, kind: key.kind, source: source, target: target, label: label,
            count: relations.count, penwidth: DiagramStyle.penwidth(count: relations.count), color: color,
            quadClass: quadClass, tooltip: lines.joined(separator: "\n"), classes: classes,
            attributes: [
                "style": DiagramStyle.lineStyle(for: category),
                "arrowhead": DiagramStyle.arrowhead(for: category),
                "fontcolor": color,
            ])
    }

    /// The class of most of the actions; ties go to the more conflictual class, unclassified last.
    static func dominantClass(_ relations: [GraphRelation]) -> QuadClass? {
        var counts: [Int: Int] = [:]
        for r in relations { counts[r.quadClass?.rawValue ?? 0, default: 0] += 1 }
        let best = counts.max { a, b in (a.value, a.key) < (b.value, b.key) }!.key
        return QuadClass(rawValue: best)
    }

    static func clusters(of nodes: [Diagram.Node]) -> [Diagram.Cluster] {
        EntityType.allCases.compactMap { type in
            let members = nodes.filter { $0.type == type }.map(\.id)
            guard !members.isEmpty else { return nil }
            return Diagram.Cluster(id: "cluster_\(type.rawValue)", label: clusterLabel(type), nodeIDs: members)
        }
    }

    static func clusterLabel(_ type: EntityType) -> String {
        switch type {
        case .person: "People"
        case .government: "Governments"
        case .agency: "Agencies"
        case .organization: "Organizations"
        case .location: "Places"
        case .misc: "Other"
        }
    }
}
