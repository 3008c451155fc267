import Testing
@testable import NewsGraphModel

/// A role whose 'of' the corpus inferred (`Role.rule` set) is an edge in the exports, and only a title where the
/// projection leaves inferred roles out (the diagram).
@Suite struct InferredRoleProjectionTests {
    static let graph: KnowledgeGraph = {
        var inferred = Role(person: "per_nora_hale", title: "governor", of: "loc_ohio", document: "d2")
        inferred.rule = "cross-document: role of"
        return KnowledgeGraph(entities: [
            Entity(id: "per_nora_hale", name: "Nora Hale", type: .person),
            Entity(id: "loc_ohio", name: "Ohio", type: .location),
            Entity(id: "org_tax_watch", name: "Tax Watch", type: .organization),
        ], roles: [
            Role(person: "per_nora_hale", title: "founder", of: "org_tax_watch", document: "d1"),
            inferred,
        ])
    }()

    @Test func inferredRolesAreEdgesOnlyWhenAsked() {
        let all = GraphProjection(Self.graph)
        #expect(all.relations.map(\.target) == ["org_tax_watch", "loc_ohio"])
        let written = GraphProjection(Self.graph, filter: GraphProjection.Filter(inferredRoles: false))
        #expect(written.relations.map(\.target) == ["org_tax_watch"])
        #expect(written.notes["per_nora_hale"]?.titles.contains("governor (Ohio)") == true)
    }
}
