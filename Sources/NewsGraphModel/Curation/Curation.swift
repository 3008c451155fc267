import Foundation

/// A curation file: the analyst's corrections to entity resolution, applied to the merged graph on every
/// build so they survive rebuilds (format in docs/curation.md).
///
///     # newsgraph-curation v1
///     merge	Hillary Clinton	Hillary Rodham Clinton
///     split	Bill Clinton	documents	a17|a22	Hillary Clinton
///     rename	per_trump	Donald Trump
///
/// `parse` checks everything that can be checked without a graph (header, operations, arguments, types);
/// `apply` (see `CurationApplier`) resolves the names against the graph and applies the lines.
public struct Curation: Hashable, Sendable {
    public static let header = "newsgraph-curation"
    public static let version = 1

    /// One correction.
    public enum Operation: Hashable, Sendable {
        /// Two or more entities are one.
        case merge([String])
        /// The entity's mentions in these documents are another entity, `into`.
        case splitDocuments(entity: String, documents: [String], into: String)
        /// The entity's mentions written `alias` are another entity, `into` (the alias itself when nil).
        case splitAlias(entity: String, alias: String, into: String?)
        case rename(entity: String, name: String)
        case retype(entity: String, type: EntityType)
        case drop(entity: String)

        public var verb: String {
            switch self {
            case .merge: "merge"
            case .splitDocuments, .splitAlias: "split"
            case .rename: "rename"
            case .retype: "retype"
            case .drop: "drop"
            }
        }
    }

    /// An operation and where it was written.
    public struct Line: Hashable, Sendable {
        public var number: Int
        public var operation: Operation

        public init(number: Int, operation: Operation) {
            self.number = number
            self.operation = operation
        }
    }

    /// The file name used in messages.
    public var file: String
    public var lines: [Line]

    public init(file: String, lines: [Line]) {
        self.file = file
        self.lines = lines
    }

    static let operations = "merge, split, rename, retype or drop"
    static let types = "person, government, agency, organization or location"

    /// Parses curation text; `file` names it in error messages. Stops at the first problem.
    public static func parse(_ text: String, file: String) throws -> Curation {
        var lines: [Line] = []
        var number = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if number == 1 {
                try checkHeader(String(line), file: file)
                continue
            }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            lines.append(Line(number: number, operation: try operation(columns(trimmed), file: file, line: number)))
        }
        return Curation(file: file, lines: lines)
    }

    private static func checkHeader(_ line: String, file: String) throws {
        let parts = line.split(separator: " ")
        guard parts.count == 3, parts[0] == "#", parts[1] == header, parts[2].hasPrefix("v"),
              let v = Int(parts[2].dropFirst()) else {
            throw CurationError(file: file, line: 1, "not a curation file: the first line must be `# \(header) v\(version)`")
        }
        if v != version {
            throw CurationError(file: file, line: 1, "curation format version \(v); this tool reads version \(version)")
        }
    }

    /// Columns are separated by a TAB or by two or more spaces; a single space belongs to a name.
    static func columns(_ line: String) -> [String] {
        var out: [String] = []
        var current = ""
        var spaces = 0
        func flush() {
            let c = current.trimmingCharacters(in: .whitespaces)
            if !c.isEmpty { out.append(c) }
            current = ""
        }
        for ch in line {
            if ch == "\t" {
                spaces = 0
                flush()
            } else if ch == " " {
                spaces += 1
                if spaces == 2 { flush() } else if spaces == 1 { current.append(ch) }
            } else {
                spaces = 0
                current.append(ch)
            }
        }
        flush()
        return out
    }

    private static func operation(_ cols: [String], file: String, line: Int) throws -> Operation {
        func fail(_ message: String) -> CurationError { CurationError(file: file, line: line, message) }
        let verb = cols[0].lowercased()
        let args = Array(cols.dropFirst())
        func expect(_ count: Int, _ usage: String) throws {
            if args.count < count { throw fail("\(verb): missing argument; write `\(usage)`") }
            if args.count > count { throw fail("\(verb): too many arguments; write `\(usage)`") }
        }
        switch verb {
        case "merge":
            guard args.count >= 2 else { throw fail("merge: missing argument; write `merge ENTITY ENTITY …` (at least two)") }
            return .merge(args)
        case "split":
            guard args.count >= 2 else {
                throw fail("split: missing argument; write `split ENTITY documents DOC|DOC… NAME` or `split ENTITY alias ALIAS [NAME]`")
            }
            switch args[1].lowercased() {
            case "documents", "document":
                try expect(4, "split ENTITY documents DOC|DOC… NAME")
                let docs = args[2].split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                if docs.isEmpty { throw fail("split: no document ids; write `split ENTITY documents DOC|DOC… NAME`") }
                return .splitDocuments(entity: args[0], documents: docs, into: args[3])
            case "alias":
                if args.count == 3 { return .splitAlias(entity: args[0], alias: args[2], into: nil) }
                try expect(4, "split ENTITY alias ALIAS [NAME]")
                return .splitAlias(entity: args[0], alias: args[2], into: args[3])
            default:
                throw fail("split: unknown way '\(args[1])'; use `documents` or `alias`")
            }
        case "rename":
            try expect(2, "rename ENTITY NAME")
            return .rename(entity: args[0], name: args[1])
        case "retype":
            try expect(2, "retype ENTITY TYPE")
            guard let type = EntityType(userInput: args[1]), type != .misc else {
                throw fail("retype: unknown type '\(args[1])'; use \(types)")
            }
            return .retype(entity: args[0], type: type)
        case "drop":
            try expect(1, "drop ENTITY")
            return .drop(entity: args[0])
        default:
            throw fail("unknown operation '\(cols[0])'; use \(operations)")
        }
    }
}

/// A problem in a curation file: one message naming the file and line.
public struct CurationError: Error, CustomStringConvertible, Equatable, Sendable {
    public var file: String
    public var line: Int
    public var message: String

    public init(file: String, line: Int, _ message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { "\(file):\(line): \(message)" }
}
