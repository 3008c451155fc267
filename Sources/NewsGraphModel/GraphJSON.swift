import Foundation

/// Reading and writing `graph.json` (format documented in docs/graph-json.md).
public enum GraphJSON {
    public enum DecodingProblem: Error, CustomStringConvertible, Equatable {
        case notJSON(String)
        case notOurFormat(String)
        case unsupportedVersion(Int)
        case malformed(String)

        public var description: String {
            switch self {
            case .notJSON(let why): "not valid JSON (\(why))"
            case .notOurFormat(let why): "not a NewsGraph graph file (\(why)); create one with `newsgraph build`"
            case .unsupportedVersion(let v): "graph format version \(v) is newer than this tool understands (\(KnowledgeGraph.formatVersion))"
            case .malformed(let why): "malformed graph file: \(why)"
            }
        }
    }

    /// Canonical, pretty-printed, key-sorted bytes: the same graph always gives the same bytes.
    public static func encode(_ graph: KnowledgeGraph) throws -> Data {
        let canonical = graph.canonicalized()
        // The direct writer gives JSONEncoder's bytes (tested) in a fraction of the memory.
        if var bytes = try? parallelEncode(canonical) {
            bytes.append(0x0A)
            return Data(bytes)
        }
        return try foundationEncode(canonical)
    }

    /// The direct writer's bytes, the entities written on a second thread while the rest is: the graph without
    /// its entities is written with an empty `entities` array, which is then replaced by the entities' own
    /// bytes. That empty array's bytes, `"entities" : [` with two newlines and a two-space indent before `]`,
    /// occur only as the top-level field (a string cannot hold a raw newline; deeper fields have deeper indents).
    static func parallelEncode(_ graph: KnowledgeGraph) throws -> [UInt8] {
        var rest = graph
        rest.entities = []
        let entities = graph.entities
        let entitiesTask = BackgroundTask { try CanonicalJSONEncoder.encode(entities, level: 1) }
        let restBytes = try? CanonicalJSONEncoder.encode(rest)
        let inner = try entitiesTask.value().0
        guard let restBytes else { throw CanonicalJSONEncoder.Unsupported() }
        let empty = Array("\n  \"entities\" : [\n\n  ]".utf8)
        guard let at = restBytes.firstRange(of: empty)?.lowerBound else { throw CanonicalJSONEncoder.Unsupported() }
        var out: [UInt8] = []
        out.reserveCapacity(restBytes.count + inner.count)
        out.append(contentsOf: restBytes[..<at])
        out.append(contentsOf: Array("\n  \"entities\" : ".utf8))
        out.append(contentsOf: inner)
        out.append(contentsOf: restBytes[(at + empty.count)...])
        return out
    }

    /// The same bytes through Foundation's `JSONEncoder` (the reference the direct writer is tested against).
    public static func foundationEncode(_ graph: KnowledgeGraph) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(graph.canonicalized())
        data.append(0x0A)
        return data
    }

    /// Decodes a graph.json in one pass. The header checks (is it JSON, is it ours, is its version one this tool
    /// reads) run on a second, whole-document parse only when decoding fails, so a large graph is held in memory
    /// once, not twice.
    public static func decode(_ data: Data) throws -> KnowledgeGraph {
        let graph: KnowledgeGraph
        do {
            let decoder = JSONDecoder()
            decoder.userInfo[StringPool.key] = StringPool()
            graph = try decoder.decode(KnowledgeGraph.self, from: data)
        } catch {
            throw diagnose(data, error)
        }
        guard graph.format == KnowledgeGraph.formatName else {
            throw DecodingProblem.notOurFormat("no \"format\": \"\(KnowledgeGraph.formatName)\" field")
        }
        guard graph.version <= KnowledgeGraph.formatVersion else { throw DecodingProblem.unsupportedVersion(graph.version) }
        return graph
    }

    /// Why `data` did not decode, as one of the problems above: the header's problem first, else the decoder's.
    private static func diagnose(_ data: Data, _ error: any Error) -> DecodingProblem {
        guard let object = try? JSONSerialization.jsonObject(with: data) else { return .notJSON("could not parse") }
        guard let dict = object as? [String: Any] else { return .notOurFormat("the top level is not an object") }
        guard let format = dict["format"] as? String, format == KnowledgeGraph.formatName else {
            return .notOurFormat("no \"format\": \"\(KnowledgeGraph.formatName)\" field")
        }
        if let version = dict["version"] as? Int, version > KnowledgeGraph.formatVersion {
            return .unsupportedVersion(version)
        }
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            return .malformed("missing \"\(key.stringValue)\" at \(path(context.codingPath))")
        case DecodingError.typeMismatch(_, let context): return .malformed("wrong type at \(path(context.codingPath))")
        case DecodingError.valueNotFound(_, let context): return .malformed("null value at \(path(context.codingPath))")
        case DecodingError.dataCorrupted(let context): return .malformed("bad value at \(path(context.codingPath))")
        default: return .malformed("\(error)")
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        if keys.isEmpty { return "the top level" }
        return keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().trimmingPrefix(".").description
    }
}
