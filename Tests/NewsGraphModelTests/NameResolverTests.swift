import Testing
@testable import NewsGraphModel

@Suite struct NameResolverTests {
    static let graph = KnowledgeGraph(entities: [
        Entity(id: "per_claudia_sheinbaum", name: "Claudia Sheinbaum", type: .person, aliases: ["President Sheinbaum", "Sheinbaum"]),
        Entity(id: "per_andres_manuel_lopez_obrador", name: "Andrés Manuel López Obrador", type: .person, aliases: ["López Obrador"]),
        Entity(id: "agy_federal_aviation_administration", name: "Federal Aviation Administration", type: .agency, aliases: ["FAA"]),
        Entity(id: "per_raul_castro", name: "Raúl Castro", type: .person),
        Entity(id: "per_fidel_castro", name: "Fidel Castro", type: .person),
    ])

    func found(_ q: String) -> String? {
        if case .found(let e) = NameResolver(graph: Self.graph).resolve(q) { return e.name }
        return nil
    }

    @Test func resolvesLikeAPersonTypes() {
        #expect(found("sheinbaum") == "Claudia Sheinbaum")
        #expect(found("Lopez Obrador") == "Andrés Manuel López Obrador")
        #expect(found("FAA") == "Federal Aviation Administration")
        #expect(found("the federal aviation administration") == "Federal Aviation Administration")
        #expect(found("president sheinbaum") == "Claudia Sheinbaum")
    }

    @Test func sharedSurnamesAreAmbiguous() {
        guard case .ambiguous(let list) = NameResolver(graph: Self.graph).resolve("Castro") else {
            Issue.record("expected ambiguous")
            return
        }
        #expect(Set(list.map(\.name)) == ["Raúl Castro", "Fidel Castro"])
    }

    @Test func aSurnameAliasOfOnePersonIsStillAmbiguousWhenAnotherSharesIt() {
        let graph = KnowledgeGraph(entities: [
            Entity(id: "per_jorge_castaneda", name: "Jorge Castañeda", type: .person, aliases: ["Castañeda"]),
            Entity(id: "per_clemente_castaneda", name: "Clemente Castañeda", type: .person, aliases: ["Senator Clemente Castañeda"]),
        ])
        guard case .ambiguous(let list) = NameResolver(graph: graph).resolve("castaneda") else {
            Issue.record("expected ambiguous")
            return
        }
        #expect(list.count == 2)
        guard case .found(let e) = NameResolver(graph: graph).resolve("Jorge Castaneda") else {
            Issue.record("expected found")
            return
        }
        #expect(e.id == "per_jorge_castaneda")
    }

    @Test func unknownNamesSuggestTheClosest() {
        guard case .unknown(let suggestions) = NameResolver(graph: Self.graph).resolve("Sheinbaun") else {
            Issue.record("expected unknown")
            return
        }
        #expect(suggestions.first == "Claudia Sheinbaum")
    }
}

@Suite struct DominantNameTests {
    private func mentions(_ n: Int) -> [Mention] { (0..<n).map { Mention(document: "d", start: $0 * 10, end: $0 * 10 + 5) } }

    @Test func aFarMoreMentionedPersonIsTheOneMeant() {
        let graph = KnowledgeGraph(entities: [
            Entity(id: "per_hilda_brandt", name: "Hilda Brandt", type: .person, aliases: ["Brandt"], mentions: mentions(40)),
            Entity(id: "per_otto_brandt", name: "Otto Brandt", type: .person, mentions: mentions(5)),
        ])
        let (resolution, alternatives) = NameResolver(graph: graph).lookup("Brandt")
        #expect(resolution == .found(graph.entities.first { $0.id == "per_hilda_brandt" }!))
        #expect(alternatives.map(\.name) == ["Otto Brandt"])
    }

    @Test func comparableCandidatesStayAmbiguous() {
        let graph = KnowledgeGraph(entities: [
            Entity(id: "per_hilda_brandt", name: "Hilda Brandt", type: .person, mentions: mentions(10)),
            Entity(id: "per_otto_brandt", name: "Otto Brandt", type: .person, mentions: mentions(5)),
        ])
        guard case .ambiguous(let list) = NameResolver(graph: graph).resolve("brandt") else {
            Issue.record("expected ambiguous")
            return
        }
        #expect(list.map(\.name) == ["Hilda Brandt", "Otto Brandt"])
    }

    private func written(_ texts: [(String, Int)]) -> [Mention] {
        var out: [Mention] = []
        for (t, n) in texts { for _ in 0..<n { out.append(Mention(document: "d", start: out.count * 10, end: out.count * 10 + 5, text: t)) } }
        return out
    }

    /// Two people of comparable prominence share a surname, but readers call one of them by it far more often:
    /// the bare surname means that one, and the other is an alternative.
    @Test func aSurnameMeansThePersonTheCorpusCallsByIt() {
        let graph = KnowledgeGraph(entities: [
            Entity(id: "per_otto_brandt", name: "Otto Brandt", type: .person, aliases: ["Brandt"],
                   mentions: written([("Otto Brandt", 9), ("Brandt", 2)])),
            Entity(id: "per_hilda_brandt", name: "Hilda Brandt", type: .person, aliases: ["Brandt", "Hilda"],
                   mentions: written([("Hilda Brandt", 4), ("Brandt", 7), ("Hilda", 3)])),
            Entity(id: "per_karl_brandt", name: "Karl Brandt", type: .person, mentions: written([("Karl Brandt", 2)])),
        ])
        let l = NameResolver(graph: graph).explainedLookup("brandt")
        #expect(l.resolution == .found(graph.entities[1]))
        #expect(l.alternatives.map(\.name) == ["Otto Brandt", "Karl Brandt"])
        #expect(l.bareName == "brandt")
        // Without the preference for a dominant one, still ambiguous.
        guard case .ambiguous = NameResolver(graph: graph).resolve("Brandt") else {
            Issue.record("expected ambiguous")
            return
        }
    }

    /// Bare-name counts that are close (7 against 3) decide nothing; nor do counts too small to mean anything.
    @Test func comparableBareNameCountsStayAmbiguous() {
        for (a, b) in [(7, 3), (2, 0)] {
            let graph = KnowledgeGraph(entities: [
                Entity(id: "per_hilda_brandt", name: "Hilda Brandt", type: .person, mentions: written([("Hilda Brandt", 5), ("Brandt", a)])),
                Entity(id: "per_otto_brandt", name: "Otto Brandt", type: .person, mentions: written([("Otto Brandt", 6), ("Brandt", b)])),
            ])
            guard case .ambiguous = NameResolver(graph: graph).lookup("Brandt").resolution else {
                Issue.record("expected ambiguous for \(a) against \(b)")
                continue
            }
        }
    }

    /// A store keeps the one-word names and their counts; placeholder mentions rebuilt from them count the same.
    @Test func placeholderMentionsKeepTheOneWordNames() {
        let e = Entity(id: "per_hilda_brandt", name: "Hilda Brandt", type: .person,
                       mentions: written([("Hilda Brandt", 4), ("Brandt", 7), ("Hilda", 3)]) + [Mention(document: "d", start: 900, end: 905)])
        #expect(e.oneWordNameList == "Brandt\t7\nHilda\t3")
        let rebuilt = Entity(id: e.id, name: e.name, type: e.type,
                             mentions: Entity.placeholderMentions(count: e.mentions.count, oneWordNameList: e.oneWordNameList))
        #expect(rebuilt.mentions.count == 15)
        #expect(rebuilt.oneWordNames == e.oneWordNames)
        #expect(Entity.placeholderMentions(count: 2, oneWordNameList: "Brandt\t7\nbad line").count == 2)
    }
}
