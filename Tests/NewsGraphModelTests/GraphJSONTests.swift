import Foundation
import Testing
@testable import NewsGraphModel

@Suite struct GraphJSONTests {
    static let sample = KnowledgeGraph(
        documents: [DocumentInfo(id: "d1", title: "Title", path: "seeds/d1.txt", length: 100, words: 20)],
        entities: [
            Entity(id: "per_nicolas_maduro", name: "Nicolás Maduro", type: .person, aliases: ["Maduro", "Nicolás Maduro"],
                   mentions: [Mention(document: "d1", start: 10, end: 24, text: "Nicolás Maduro")]),
            Entity(id: "gov_united_states", name: "United States", type: .government, aliases: ["U.S."],
                   mentions: [Mention(document: "d1", start: 0, end: 4, text: "U.S.")]),
        ],
        quotes: [Quote(speaker: nil, speakerText: "analysts", text: "it was a warning", about: ["gov_united_states"],
                       direct: false, cue: "said", document: "d1", start: 30, end: 46, evidence: "Analysts said it was a warning.")],
        actions: [Action(actor: "gov_united_states", verb: "capture", target: "per_nicolas_maduro", category: "17",
                         quadClass: 4, goldstein: -9.2, document: "d1", start: 0, end: 24, evidence: "U.S. captured Maduro.")],
        roles: [Role(person: "per_nicolas_maduro", title: "President", of: nil, document: "d1", start: 0, end: 24)]
    )

    @Test func roundTrips() throws {
        let data = try GraphJSON.encode(Self.sample)
        let back = try GraphJSON.decode(data)
        #expect(back == Self.sample.canonicalized())
        #expect(try GraphJSON.encode(back) == data)
    }

    @Test func writesTheScorersFieldNames() throws {
        let json = String(decoding: try GraphJSON.encode(Self.sample), as: UTF8.self)
        #expect(json.contains("\"speaker\" : null"))
        #expect(json.contains("\"speaker_text\" : \"analysts\""))
        #expect(json.contains("\"quad_class\" : 4"))
        #expect(json.contains("\"format\" : \"newsgraph-graph\""))
        #expect(json.contains("Nicolás Maduro"))
    }

    @Test func encodingIsCanonical() throws {
        var shuffled = Self.sample
        shuffled.entities.reverse()
        shuffled.entities[0].aliases.reverse()
        #expect(try GraphJSON.encode(shuffled) == GraphJSON.encode(Self.sample))
    }

    @Test func refusesFilesThatAreNotOurs() {
        #expect(throws: GraphJSON.DecodingProblem.self) { try GraphJSON.decode(Data("not json".utf8)) }
        #expect(throws: GraphJSON.DecodingProblem.self) { try GraphJSON.decode(Data("[1,2]".utf8)) }
        #expect(throws: GraphJSON.DecodingProblem.self) { try GraphJSON.decode(Data("{\"entities\": []}".utf8)) }
        #expect(throws: GraphJSON.DecodingProblem.self) {
            try GraphJSON.decode(Data("{\"format\": \"newsgraph-graph\", \"version\": 1, \"entities\": 5}".utf8))
        }
        #expect(throws: GraphJSON.DecodingProblem.unsupportedVersion(99)) {
            try GraphJSON.decode(Data("{\"format\": \"newsgraph-graph\", \"version\": 99}".utf8))
        }
    }

    /// The header is checked after a successful decode too: a file whose body this version can read is still
    /// refused when it says it is another format or a newer version, with the problem named exactly.
    @Test func refusesAReadableBodyUnderAForeignOrNewerHeader() throws {
        var newer = Self.sample
        newer.version = KnowledgeGraph.formatVersion + 1
        #expect(throws: GraphJSON.DecodingProblem.unsupportedVersion(KnowledgeGraph.formatVersion + 1)) {
            try GraphJSON.decode(try GraphJSON.foundationEncode(newer))
        }
        var foreign = Self.sample
        foreign.format = "some-other-graph"
        #expect(throws: GraphJSON.DecodingProblem.notOurFormat("no \"format\": \"newsgraph-graph\" field")) {
            try GraphJSON.decode(try GraphJSON.foundationEncode(foreign))
        }
        #expect(throws: GraphJSON.DecodingProblem.malformed("missing \"documents\" at the top level")) {
            try GraphJSON.decode(Data("{\"format\": \"newsgraph-graph\", \"version\": 1, \"entities\": 5}".utf8))
        }
    }

    @Test func mentionProvenanceIsOptionalAndRoundTrips() throws {
        // Without provenance a mention is written as before (older readers and files stay compatible).
        let plain = String(decoding: try GraphJSON.encode(Self.sample), as: UTF8.self)
        #expect(!plain.contains("\"rule\""))
        #expect(!plain.contains("\"lexicon\""))
        #expect(!plain.contains("\"merge\""))
        var g = Self.sample
        g.entities[0].mentions[0].rule = "full name"
        g.entities[0].mentions[0].merge = "cross-document: same name"
        g.entities[1].mentions[0].lexicon = "countries:United States"
        let data = try GraphJSON.encode(g)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"rule\" : \"full name\""))
        #expect(text.contains("\"lexicon\" : \"countries:United States\""))
        let back = try GraphJSON.decode(data)
        #expect(back == g.canonicalized())
        #expect(back.entities.first { $0.id == "per_nicolas_maduro" }?.mentions[0].merge == "cross-document: same name")
        // A version 2 file written before provenance existed still reads.
        let old = try GraphJSON.decode(Data(plain.utf8))
        #expect(old.entities.allSatisfy { $0.mentions.allSatisfy { $0.rule == nil && $0.lexicon == nil && $0.merge == nil } })
    }
}

/// A graph file's repeated strings are held once after decoding: two mentions of one document share the id's bytes.
@Suite struct StringPoolTests {
    private static func storage(_ value: String) -> UnsafeRawPointer? {
        var copy = value
        return copy.withUTF8 { UnsafeRawPointer($0.baseAddress) }
    }

    @Test func decodedMentionsShareTheirDocumentId() throws {
        let document = "outlet_2016-01-02_a-document-id-longer-than-fifteen-bytes"
        let graph = KnowledgeGraph(
            entities: [
                Entity(id: "per_a", name: "A", type: .person, mentions: [
                    Mention(document: document, start: 0, end: 1, merge: "cross-document: same name"),
                    Mention(document: document, start: 5, end: 6, merge: "cross-document: same name"),
                ]),
            ])
        let back = try GraphJSON.decode(try GraphJSON.encode(graph))
        let mentions = try #require(back.entities.first?.mentions)
        #expect(mentions.count == 2)
        #expect(mentions[0].document == document)
        #expect(Self.storage(mentions[0].document) == Self.storage(mentions[1].document))
        #expect(Self.storage(mentions[0].merge ?? "") == Self.storage(mentions[1].merge ?? ""))
    }

    @Test func thePoolReturnsItsFirstCopy() {
        let pool = StringPool()
        let first = pool.shared(String(repeating: "x", count: 40))
        let second = pool.shared(String(repeating: "x", count: 40))
        #expect(second == first)
        #expect(Self.storage(second) == Self.storage(first))
    }
}

extension StringPoolTests {
    /// "é" as one scalar and as "e" + combining accent are equal Strings but different bytes: the pool keeps both.
    @Test func canonicallyEquivalentSpellingsStayApart() {
        let pool = StringPool()
        let composed = "Jos\u{E9} Mart\u{ED}"
        let decomposed = "Jose\u{301} Marti\u{301}"
        #expect(composed == decomposed)
        _ = pool.shared(composed)
        #expect(Array(pool.shared(decomposed).utf8) == Array(decomposed.utf8))
    }
}
