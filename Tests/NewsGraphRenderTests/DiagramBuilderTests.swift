import NewsGraphModel
@testable import NewsGraphRender
import Testing

@Suite struct DiagramBuilderTests {
    let sample = try! DiagramBuilder.build(graph: Fixtures.sample)

    @Test func drawsOneNodePerConnectedEntityWithTypeStyles() throws {
        #expect(sample.nodes.map(\.id) == [
            "gov_united_states", "gov_venezuela", "per_andres_manuel_lopez_obrador", "per_donald_trump", "per_nicolas_maduro",
        ])
        let maduro = try #require(sample.node(id: "per_nicolas_maduro"))
        #expect(maduro.label == "Nicolás Maduro")
        #expect(maduro.cssClass == "node person")
        #expect(maduro.attributes["shape"] == "ellipse")
        #expect(sample.node(id: "gov_venezuela")?.attributes["shape"] == "box")
        #expect(sample.node(id: "gov_venezuela")?.attributes["fillcolor"] != maduro.attributes["fillcolor"])
    }

    @Test func nodeTooltipHasNameTypeAliasesCountsAndUndrawnActions() throws {
        let tooltip = try #require(sample.node(id: "per_nicolas_maduro")).tooltip.split(separator: "\n").map(String.init)
        #expect(tooltip[0] == "Nicolás Maduro")
        #expect(tooltip[1] == "person")
        #expect(tooltip.contains("also: Maduro, Nicolás Maduro Moros"))
        #expect(tooltip.contains("3 mentions in 2 documents"))
        #expect(tooltip.contains("titles: president (Venezuela)"))
        #expect(tooltip.contains("actions without a target: denounce"))
    }

    @Test func parallelActionsBecomeOneEdgeWithCountPenwidthAndEvidence() throws {
        let edge = try #require(sample.edge(id: "a_gov_united_states__gov_venezuela"))
        #expect(edge.kind == .action)
        #expect(edge.count == 2)
        #expect(edge.label == "sanction ×2")
        #expect(edge.penwidth == 2)
        #expect(edge.quadClass == .materialConflict)
        #expect(edge.cssClass == "edge action material-conflict")
        let lines = edge.tooltip.split(separator: "\n").map(String.init)
        #expect(lines[0] == "United States → Venezuela")
        #expect(lines[1] == "2 actions: sanction ×2 — material conflict ×2")
        // Most recent document first.
        #expect(lines[2] == "• [2025-01-03-b] Washington sanctioned more Venezuelan officials.")
        #expect(lines[3] == "• [2025-01-02-a] The United States sanctioned Venezuela's oil company.")
        #expect(sample.edges.filter { $0.source == "gov_united_states" }.count == 1)
    }

    @Test func quotesGoToEachSubjectAndAggregatePerPair() throws {
        let toMaduro = try #require(sample.edge(id: "q_per_donald_trump__per_nicolas_maduro"))
        #expect(toMaduro.label == "said ×2")
        #expect(toMaduro.count == 2)
        #expect(toMaduro.attributes["arrowhead"] == "vee")
        #expect(toMaduro.tooltip.contains("“Maduro has to go”"))
        let toVenezuela = try #require(sample.edge(id: "q_per_donald_trump__gov_venezuela"))
        #expect(toVenezuela.label == "said")
        #expect(toVenezuela.penwidth == 1)
        #expect(sample.edge(id: "q_per_andres_manuel_lopez_obrador__gov_venezuela")?.label == "told reporters")
    }

    @Test func rolesAreDashedEdgesLabelledWithTheTitle() throws {
        let role = try #require(sample.edge(id: "r_per_nicolas_maduro__gov_venezuela"))
        #expect(role.label == "president")
        #expect(role.attributes["style"] == "dashed")
        #expect(role.cssClass == "edge role")
    }

    @Test func penwidthGrowsLogarithmicallyAndIsCapped() {
        #expect(DiagramStyle.penwidth(count: 1) == 1)
        #expect(DiagramStyle.penwidth(count: 4) == 3)
        #expect(DiagramStyle.penwidth(count: 1000) == DiagramStyle.maxPenwidth)
    }

    @Test func evidenceIsTruncatedAndCappedWithARemainder() throws {
        var graph = Fixtures.chain(2)
        let long = String(repeating: "word ", count: 100)
        graph.actions = (0..<8).map { i in
            Action(actor: graph.entities[0].id, verb: "meet", target: graph.entities[1].id, quadClass: 2,
                   document: "doc\(i)", start: 0, end: 1, evidence: long)
        }
        let edge = try #require(try DiagramBuilder.build(graph: graph, options: DiagramOptions(evidenceLimit: 3, evidenceLength: 40)).edges.first)
        #expect(edge.label == "meet ×8")
        let lines = edge.tooltip.split(separator: "\n").map(String.init)
        #expect(lines.count == 2 + 3 + 1)
        #expect(lines[2].hasPrefix("• [doc7] word word"))
        #expect(lines[2].hasSuffix("…"))
        #expect(lines.last == "… and 5 more")
    }

    @Test func legendListsOnlyWhatIsDrawn() throws {
        let legend = try #require(sample.legend)
        #expect(legend.nodeTypes == [.person, .government])
        #expect(legend.edgeCategories == [.role, .quote, .action(.materialConflict)])

        let onlyActions = try DiagramBuilder.build(graph: Fixtures.sample, options: DiagramOptions(relationKinds: [.action]))
        #expect(onlyActions.legend?.nodeTypes == [.government])
        #expect(onlyActions.legend?.edgeCategories == [.action(.materialConflict)])
        #expect(try DiagramBuilder.build(graph: Fixtures.sample, options: DiagramOptions(legend: false)).legend == nil)
    }

    @Test func topKeepsTheMostConnectedAndCountsWhatIsLeftOut() throws {
        // Hub: 20 edges; each spoke: 3 (hub, previous, next).
        let diagram = try DiagramBuilder.build(graph: Fixtures.wheel(20), options: DiagramOptions(top: 5))
        #expect(diagram.nodes.count == 5)
        #expect(diagram.nodes.contains { $0.id == "gov_hub" })
        #expect(diagram.omitted.entitiesBeyondTop == 16)
        #expect(diagram.omitted.edgesBeyondTop == 40 - diagram.edges.count)
        #expect(diagram.omitted.entities == 16)
        #expect(diagram.omitted.summary.contains("16 entities below the top limit"))

        var everything = DiagramOptions(top: 0)
        everything.maxEdges = 0
        let all = try DiagramBuilder.build(graph: Fixtures.wheel(200), options: everything)
        #expect(all.nodes.count == 201)
        #expect(all.omitted.isEmpty)
        let byDefault = try DiagramBuilder.build(graph: Fixtures.wheel(200))
        #expect(byDefault.nodes.count == DiagramOptions.defaultTop)
        #expect(byDefault.omitted.entitiesBeyondTop == 201 - DiagramOptions.defaultTop)
    }

    @Test func theEdgeBudgetIsAppliedInTheBuilderAndCounted() throws {
        var options = DiagramOptions(top: 0)
        options.maxEdges = 30
        let diagram = try DiagramBuilder.build(graph: Fixtures.wheel(40), options: options)
        #expect(diagram.edges.count == 30)
        #expect(diagram.omitted.edgesBeyondBudget == 50)
        #expect(diagram.omitted.summary.contains("50 edges beyond the edge budget"))
        let endpoints = Set(diagram.edges.flatMap { [$0.source, $0.target] })
        #expect(Set(diagram.nodes.map(\.id)) == endpoints)
        #expect(diagram.omitted.entitiesBeyondBudget == 41 - endpoints.count)
    }

    /// `--top N` with the default budget (two edges per entity) draws N entities: each keeps its own strongest
    /// edge before the rest of the budget goes to the strongest edges overall.
    @Test func everyTopEntityKeepsItsStrongestEdge() throws {
        // A dense core of seven speakers (21 heavy edges) and five leaves quoted once each: 26 edges for a
        // budget of 24, so by strength alone two leaves would be left out.
        let core = (0..<7).map { Fixtures.entity("Core Speaker \($0)", .person) }
        let leaves = (0..<5).map { Fixtures.entity("Leaf Person \($0)", .person) }
        var quotes: [Quote] = []
        for a in core { for b in core where a.id < b.id {
            for i in 0..<5 { quotes.append(Quote(speaker: a.id, text: "x", about: [b.id], direct: true, cue: "said", document: "d", start: i, end: i + 1)) }
        } }
        for (i, leaf) in leaves.enumerated() {
            quotes.append(Quote(speaker: core[i].id, text: "x", about: [leaf.id], direct: true, cue: "said", document: "d", start: 0, end: 1))
        }
        let graph = KnowledgeGraph(entities: core + leaves, quotes: quotes)
        let diagram = try DiagramBuilder.build(graph: graph, options: DiagramOptions(top: 12))
        #expect(diagram.nodes.count == 12)
        #expect(diagram.edges.count == 24, "the default budget: two edges per entity")
        #expect(diagram.omitted.entitiesBeyondBudget == 0)
        #expect(diagram.omitted.edgesBeyondBudget == 2)
        let endpoints = Set(diagram.edges.flatMap { [$0.source, $0.target] })
        #expect(Set(diagram.nodes.map(\.id)) == endpoints)
        // A budget smaller than the entities takes the strongest edges alone, and says what it left out.
        var tight = DiagramOptions(top: 12)
        tight.maxEdges = 6
        let few = try DiagramBuilder.build(graph: graph, options: tight)
        #expect(few.edges.count == 6)
        #expect(few.nodes.count < 12)
        #expect(few.omitted.entitiesBeyondBudget == 12 - few.nodes.count)
    }

    @Test func focusKeepsItsStrongestNeighbours() throws {
        // The hub calls every spoke once; spoke 7 is also called three more times.
        var graph = Fixtures.wheel(40)
        let hub = graph.entities[0].id, spoke7 = graph.entities.first { $0.name == "Spoke 7" }!.id
        for i in 0..<3 {
            graph.actions.append(Action(actor: hub, verb: "call", target: spoke7, quadClass: 1, document: "e", start: i, end: i + 1))
        }
        let diagram = try DiagramBuilder.build(graph: graph, options: DiagramOptions(focus: "Hub", top: 2))
        #expect(Set(diagram.nodes.map(\.id)) == [hub, spoke7])
    }

    @Test func focusIsBoundedByDefault() throws {
        let diagram = try DiagramBuilder.build(graph: Fixtures.wheel(80), options: DiagramOptions(focus: "Hub"))
        #expect(diagram.nodes.count == DiagramOptions.defaultFocusTop)
        #expect(diagram.omitted.entitiesBeyondTop == 81 - DiagramOptions.defaultFocusTop)
        #expect(diagram.edges.count <= DiagramOptions.defaultFocusMaxEdges)
    }

    @Test func focusKeepsTheNeighbourhoodWithinDepth() throws {
        let graph = Fixtures.chain(6)
        let depth1 = try DiagramBuilder.build(graph: graph, options: DiagramOptions(focus: "person 2", depth: 1))
        #expect(depth1.nodes.map(\.id) == ["per_person_1", "per_person_2", "per_person_3"])
        #expect(depth1.focus == "per_person_2")
        #expect(depth1.node(id: "per_person_2")?.classes == ["person", "focus"])
        #expect(depth1.omitted.entitiesOutsideFocus == 3)
        #expect(depth1.omitted.edgesOutsideFocus == 3)

        let depth2 = try DiagramBuilder.build(graph: graph, options: DiagramOptions(focus: "Person 2", depth: 2))
        #expect(depth2.nodes.count == 5)
        let depth0 = try DiagramBuilder.build(graph: graph, options: DiagramOptions(focus: "per_person_2", depth: 0))
        #expect(depth0.nodes.map(\.id) == ["per_person_2"])
        #expect(depth0.edges.isEmpty)
    }

    @Test func anyDepthReturnsAtOnce() throws {
        // The focus loop used to run `depth` times even with nothing left to visit.
        let all = try DiagramBuilder.build(graph: Fixtures.chain(6), options: DiagramOptions(focus: "person 2", depth: Int.max))
        #expect(all.nodes.count == 6)
        #expect(all.omitted.entitiesOutsideFocus == 0)
    }

    @Test func ambiguousFocusListsTheCandidates() {
        var graph = Fixtures.sample
        graph.entities.append(Fixtures.entity("Nicolás Maduro Guerra", .person, aliases: ["Maduro"]))
        #expect {
            try DiagramBuilder.build(graph: graph, options: DiagramOptions(focus: "maduro"))
        } throws: { error in
            guard case DiagramError.ambiguousFocus("maduro", let candidates) = error else { return false }
            return candidates.map(\.id) == ["per_nicolas_maduro", "per_nicolas_maduro_guerra"]
                && "\(error)".contains("Nicolás Maduro Guerra (person, id per_nicolas_maduro_guerra, 1 mention)")
        }
    }

    @Test func unknownFocusSuggestsCloseNames() {
        #expect(throws: DiagramError.unknownFocus("Madura", suggestions: ["Nicolás Maduro"])) {
            try DiagramBuilder.build(graph: Fixtures.sample, options: DiagramOptions(focus: "Madura"))
        }
        #expect(throws: DiagramError.focusExcludedByType("Nicolás Maduro", type: .person)) {
            try DiagramBuilder.build(graph: Fixtures.sample, options: DiagramOptions(focus: "Maduro", types: [.government]))
        }
    }

    @Test func typeFilterDropsEntitiesAndTheirEdges() throws {
        let diagram = try DiagramBuilder.build(graph: Fixtures.sample, options: DiagramOptions(types: [.person]))
        // People only: Trump → Maduro is the one person-to-person edge; López Obrador only spoke about Venezuela.
        #expect(diagram.nodes.map(\.id) == ["per_donald_trump", "per_nicolas_maduro"])
        #expect(diagram.omitted.entitiesFilteredByType == 2)
        #expect(diagram.omitted.edgesFilteredByType == 4)
        #expect(diagram.omitted.isolatedEntities == 1)
    }

    @Test func actionClassFilterAppliesToActionsOnly() throws {
        let cooperation = try DiagramBuilder.build(
            graph: Fixtures.sample, options: DiagramOptions(actionClasses: [.verbalCooperation, .materialCooperation]))
        #expect(!cooperation.edges.contains { $0.kind == .action })
        #expect(cooperation.edges.contains { $0.kind == .quote })
        #expect(cooperation.omitted.relationsFilteredByClass == 3)
    }

    @Test func isolatedEntitiesAreDroppedOnlyWhenThereAreEdges() throws {
        var graph = Fixtures.sample
        graph.entities.append(Fixtures.entity("Caracas", .location))
        #expect(try DiagramBuilder.build(graph: graph).node(id: "loc_caracas") == nil)
        #expect(try DiagramBuilder.build(graph: graph).omitted.isolatedEntities == 1)

        let entitiesOnly = KnowledgeGraph(entities: graph.entities)
        let diagram = try DiagramBuilder.build(graph: entitiesOnly)
        #expect(diagram.nodes.count == 6)
        #expect(diagram.edges.isEmpty)
        #expect(diagram.legend?.edgeCategories == [])
    }

    @Test func selfLoopsNegationsAndDanglingIdsAreNotEdges() throws {
        var graph = Fixtures.chain(2)
        let a = graph.entities[0].id, b = graph.entities[1].id
        graph.actions += [
            Action(actor: a, verb: "praise", target: a, quadClass: 1, document: "d", start: 0, end: 1),
            Action(actor: a, verb: "attack", target: b, quadClass: 4, negated: true, document: "d", start: 0, end: 1),
            Action(actor: a, verb: "attack", target: "per_nobody", quadClass: 4, document: "d", start: 0, end: 1),
        ]
        graph.quotes = [Quote(speaker: nil, speakerText: "analysts", text: "x", about: [a], direct: false, document: "d", start: 0, end: 1)]
        let diagram = try DiagramBuilder.build(graph: graph)
        #expect(diagram.edges.count == 1)
        #expect(diagram.omitted.selfRelations == 1)
        #expect(diagram.omitted.negatedActions == 1)
        #expect(diagram.omitted.unresolvedReferences == 2)
        let tooltip = try #require(diagram.node(id: a)).tooltip
        #expect(tooltip.contains("actions on itself: praise"))
        #expect(tooltip.contains("negated actions (not drawn): attack"))
    }

    @Test func clustersGroupNodesByType() throws {
        let diagram = try DiagramBuilder.build(graph: Fixtures.sample, options: DiagramOptions(groupByType: true))
        #expect(diagram.clusters.map(\.id) == ["cluster_person", "cluster_government"])
        #expect(diagram.clusters[1].nodeIDs == ["gov_united_states", "gov_venezuela"])
    }

    @Test func idsAreSanitizedAndUnique() {
        var ids = DiagramIDAllocator(reserved: ["legend"])
        #expect(ids.allocate("per_a") == "per_a")
        #expect(ids.allocate("per_a") == "per_a_2")
        #expect(ids.allocate("legend") == "legend_2")
        #expect(ids.allocate("a-b") == "au2db")
        #expect(ids.allocate("1x") == "n_1x")
        #expect(ids.allocate("node") == "n_node")
    }

    @Test func negativeLimitsAreRejected() {
        #expect(throws: DiagramError.negativeDepth(-1)) {
            try DiagramBuilder.build(graph: Fixtures.sample, options: DiagramOptions(focus: "Maduro", depth: -1))
        }
        #expect(throws: DiagramError.negativeTop(-3)) {
            try DiagramBuilder.build(graph: Fixtures.sample, options: DiagramOptions(top: -3))
        }
    }
}
