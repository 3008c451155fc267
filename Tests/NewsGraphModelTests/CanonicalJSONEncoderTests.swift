import Foundation
import Testing
@testable import NewsGraphModel

/// The direct JSON writer must give Foundation's `JSONEncoder` bytes exactly (graph.json stays byte-identical).
@Suite struct CanonicalJSONEncoderTests {
    static func foundation<T: Encodable>(_ value: T) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(value))
    }

    static let hostile = "a\"b\\c/d\u{0}\u{1}\u{8}\u{9}\u{A}\u{C}\u{D}\u{1B}]0;x\u{7}\u{1F}\u{7F} é 😀 \u{202E}\u{200B}"

    static var graph: KnowledgeGraph {
        var g = GraphJSONTests.sample
        g.documents.append(DocumentInfo(id: "d2 \(hostile)", title: hostile, path: "/tmp/x/\(hostile).txt", length: 0, words: 0))
        g.documents[1].extra = ["Zeta": "1", "alpha": hostile, "beta10": "x", "beta2": "y", "é": "z", "E": "w", "": "empty"]
        g.entities.append(Entity(id: "per_x", name: hostile, type: .person, aliases: [], mentions: []))
        g.actions.append(Action(actor: "per_x", verb: "meet", document: "d2", start: 1, end: 2, evidence: hostile))
        g.actions[1].goldstein = 10
        g.actions.append(Action(actor: "per_x", verb: "meet", document: "d2", start: 3, end: 4))
        g.actions[2].goldstein = -0.1
        g.quotes[0].stances = [StanceMark(about: "gov_united_states", stance: .critical)]
        return g.canonicalized()
    }

    @Test func sameBytesAsJSONEncoderOnAGraph() throws {
        let g = Self.graph
        #expect(try CanonicalJSONEncoder.encode(g) == Self.foundation(g))
        #expect(try GraphJSON.encode(g) == GraphJSON.foundationEncode(g))
    }

    @Test func sameBytesOnEmptyContainersAndNumbers() throws {
        #expect(try CanonicalJSONEncoder.encode(KnowledgeGraph()) == Self.foundation(KnowledgeGraph()))
        let values: [Double] = [0, -0.0, 1, -2, 2.5, -4.4, 1e-7, 123456789.125, 1e21]
        #expect(try CanonicalJSONEncoder.encode(values) == Self.foundation(values))
        let ints: [Int] = [0, -1, Int.max, Int.min]
        #expect(try CanonicalJSONEncoder.encode(ints) == Self.foundation(ints))
        let nested: [[String: [Int?]]] = [[:], ["b": [], "a": [nil, 1]]]
        #expect(try CanonicalJSONEncoder.encode(nested) == Self.foundation(nested))
    }

    private struct Nested: Encodable {
        enum K: String, CodingKey { case inner }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: K.self)
            var n = c.nestedUnkeyedContainer(forKey: .inner)
            try n.encode(1)
        }
    }

    @Test func refusesWhatItDoesNotDo() {
        #expect(throws: CanonicalJSONEncoder.Unsupported.self) { try CanonicalJSONEncoder.encode([Double.nan]) }
        #expect(throws: CanonicalJSONEncoder.Unsupported.self) { try CanonicalJSONEncoder.encode(Nested()) }
    }
}

@Suite struct ParallelGraphJSONTests {
    @Test func entitiesWrittenApartGiveTheSameBytes() throws {
        let g = CanonicalJSONEncoderTests.graph
        #expect(try GraphJSON.parallelEncode(g) == CanonicalJSONEncoderTests.foundation(g))
        var none = g
        none.entities = []
        #expect(try GraphJSON.parallelEncode(none) == CanonicalJSONEncoderTests.foundation(none))
        // An entity whose name is the empty array's text stays a string and does not confuse the splice.
        var tricky = g
        tricky.entities.append(Entity(id: "x", name: "\n  \"entities\" : [\n\n  ]", type: .misc))
        tricky = tricky.canonicalized()
        #expect(try GraphJSON.parallelEncode(tricky) == CanonicalJSONEncoderTests.foundation(tricky))
    }

    /// The fields kept apart, in key order, joined as an object, are the whole value's bytes; a later field of
    /// one key wins; a value that is no object has no fields.
    @Test func fieldsApartJoinToTheWholeValue() throws {
        struct Shuffled: Encodable {
            let zeta = ["a": 1]
            let alpha = [1, 2]
            let mid = "x"
        }
        let fields = try #require(try CanonicalJSONEncoder.encodeFields(Shuffled()))
        #expect(fields.map(\.key) == ["alpha", "mid", "zeta"])
        var joined = Array("{\n".utf8)
        for (n, f) in fields.enumerated() {
            joined += Array(((n == 0 ? "" : ",\n") + "  \"\(f.key)\" : ").utf8) + f.bytes
        }
        joined += Array("\n}".utf8)
        #expect(joined == (try CanonicalJSONEncoder.encode(Shuffled())))
        #expect(try CanonicalJSONEncoder.encodeFields([1, 2]) == nil)
    }
}
