import Foundation

/// One lexicon data file: a versioned, tab-separated table.
///
/// Format: UTF-8; the first line is `# newsgraph-lexicon NAME vN`; other lines starting with `#` are
/// comments; each remaining non-empty line is a row of tab-separated columns; `|` separates the values
/// of a multi-valued column; `-` is an empty value. A user file with the same header extends the
/// shipped table of that name.
public struct LexiconTable: Sendable {
    public var name: String
    public var version: Int
    public var rows: [[String]]

    public enum Problem: Error, CustomStringConvertible {
        case missingHeader(file: String)
        case unreadable(file: String, reason: String)
        case unknownLexicon(file: String, name: String, known: [String])
        case newerVersion(file: String, name: String, version: Int, supported: Int)

        public var description: String {
            switch self {
            case .missingHeader(let f):
                "\(f): not a lexicon file: the first line must be `# newsgraph-lexicon NAME vN`"
            case .unreadable(let f, let r):
                "\(f): cannot read lexicon: \(r)"
            case .unknownLexicon(let f, let n, let known):
                "\(f): unknown lexicon '\(n)'; known lexicons: \(known.joined(separator: ", "))"
            case .newerVersion(let f, let n, let v, let s):
                "\(f): lexicon '\(n)' is version \(v), this tool reads up to version \(s)"
            }
        }
    }

    public init(name: String, version: Int, rows: [[String]]) {
        self.name = name
        self.version = version
        self.rows = rows
    }

    /// Parses lexicon text; `file` names the source in error messages.
    public static func parse(_ text: String, file: String) throws -> LexiconTable {
        var name: String?
        var version = 1
        var rows: [[String]] = []
        var first = true
        // Split on bytes: Character-based splitting is several times slower on 100k-line files.
        for rawBytes in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            let rawLine = String(decoding: rawBytes, as: UTF8.self)[...]
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if first {
                first = false
                let parts = line.split(separator: " ")
                guard parts.count >= 3, parts[0] == "#", parts[1] == "newsgraph-lexicon" else {
                    throw Problem.missingHeader(file: file)
                }
                name = String(parts[2])
                if parts.count >= 4, parts[3].hasPrefix("v"), let v = Int(parts[3].dropFirst()) { version = v }
                continue
            }
            if line.isEmpty || line.hasPrefix("#") { continue }
            rows.append(line.split(separator: "\t", omittingEmptySubsequences: false).map { trimmed($0) })
        }
        guard let name else { throw Problem.missingHeader(file: file) }
        return LexiconTable(name: name, version: version, rows: rows)
    }

    /// Spaces around a cell are not part of it. (Foundation's `trimmingCharacters` is slow on 100k cells.)
    @inline(__always)
    static func trimmed(_ cell: Substring) -> String {
        var c = cell
        while c.first == " " { c.removeFirst() }
        while c.last == " " { c.removeLast() }
        return String(c)
    }

    public static func load(_ url: URL) throws -> LexiconTable {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw Problem.unreadable(file: url.path, reason: "no such file or not readable")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw Problem.unreadable(file: url.path, reason: "not valid UTF-8")
        }
        return try parse(text, file: url.path)
    }
}

extension Array where Element == String {
    /// Column `i` of a row, or "" when absent or `-`.
    func column(_ i: Int) -> String {
        guard i < count else { return "" }
        return self[i] == "-" ? "" : self[i]
    }

    /// The `|`-separated values of column `i`.
    func values(_ i: Int) -> [String] {
        column(i).split(separator: "|").map { LexiconTable.trimmed($0) }.filter { !$0.isEmpty }
    }
}
