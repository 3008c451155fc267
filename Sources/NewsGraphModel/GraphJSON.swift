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
        try encodeParts(graph).joined()
    }

    /// `encode`'s bytes as pieces, for writing a large graph without joining them in memory first.
    public static func encodeParts(_ graph: KnowledgeGraph) throws -> ByteParts {
        let canonical = graph.canonicalized()
        // The direct writer gives JSONEncoder's bytes (tested) in a fraction of the memory.
        if var parts = try? parallelParts(canonical) {
            parts.append(Data([0x0A]))
            return parts
        }
        return ByteParts(try foundationEncode(canonical))
    }

    /// The direct writer's bytes (no final newline) in one array; tests compare it with JSONEncoder's.
    static func parallelEncode(_ graph: KnowledgeGraph) throws -> [UInt8] {
        [UInt8](try parallelParts(graph).joined())
    }

    /// The direct writer's bytes, the entities written on a second thread while the rest is. The top-level
    /// fields stay separate pieces (the entities' among them), so the graph's bytes are never copied into one
    /// buffer: each piece is written to the file as it is.
    static func parallelParts(_ graph: KnowledgeGraph) throws -> ByteParts {
        var rest = graph
        rest.entities = []
        let entities = graph.entities
        let entitiesTask = BackgroundTask { try CanonicalJSONEncoder.encode(entities, level: 1) }
        let fields = try? CanonicalJSONEncoder.encodeFields(rest)
        let inner = try entitiesTask.value().0
        guard let fields = fields ?? nil else { throw CanonicalJSONEncoder.Unsupported() }
        var parts = ByteParts()
        for (n, field) in fields.enumerated() {
            let key = try CanonicalJSONEncoder.encode(field.key)
            parts.append(Data((n == 0 ? "{\n  " : ",\n  ").utf8) + Data(key) + Data(" : ".utf8))
            parts.append(field.key == "entities" ? inner[...] : field.bytes[...])
        }
        parts.append(Data("\n}".utf8))
        return parts
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
