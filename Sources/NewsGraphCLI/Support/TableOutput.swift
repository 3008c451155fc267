import ArgumentParser
import Foundation

/// Output formats shared by the query commands.
public enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case table, json, markdown, csv
}

/// A simple table: header plus rows of cells, rendered as an aligned text table, Markdown or CSV.
/// JSON output is written by each command from its own model values.
public struct TextTable {
    public var headers: [String]
    public var rows: [[String]]

    public init(headers: [String], rows: [[String]] = []) {
        self.headers = headers
        self.rows = rows
    }

    public func render(_ format: OutputFormat, maxWidth: Int = TerminalWidth.current) -> String {
        switch format {
        case .csv: return csv()
        case .markdown: return markdown()
        case .table, .json: return aligned(maxWidth: maxWidth)
        }
    }

    func csv() -> String {
        func field(_ s: String) -> String {
            if s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
                return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }
            return s
        }
        return ([headers] + rows).map { $0.map(field).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    func markdown() -> String {
        func cell(_ s: String) -> String {
            s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
        }
        var out = "| " + headers.map(cell).joined(separator: " | ") + " |\n"
        out += "|" + headers.map { _ in "---" }.joined(separator: "|") + "|\n"
        for r in rows { out += "| " + r.map(cell).joined(separator: " | ") + " |\n" }
        return out
    }

    /// Columns padded to their width; the widest column wraps so that lines fit `maxWidth`.
    func aligned(maxWidth: Int) -> String {
        let n = headers.count
        var widths = (0..<n).map { c in ([headers] + rows).map { $0.count > c ? $0[c].count : 0 }.max() ?? 0 }
        let total = widths.reduce(0, +) + 2 * (n - 1)
        if total > maxWidth, let widest = widths.indices.max(by: { widths[$0] < widths[$1] }) {
            widths[widest] = max(20, widths[widest] - (total - maxWidth))
        }
        var lines: [String] = []
        func emit(_ cells: [String]) {
            let wrapped = (0..<n).map { c in Self.wrap(c < cells.count ? cells[c] : "", widths[c]) }
            let height = wrapped.map(\.count).max() ?? 1
            for l in 0..<height {
                let parts = (0..<n).map { c -> String in
                    let s = l < wrapped[c].count ? wrapped[c][l] : ""
                    return c == n - 1 ? s : s.padding(toLength: widths[c], withPad: " ", startingAt: 0)
                }
                lines.append(parts.joined(separator: "  ").trimmingTrailingSpaces())
            }
        }
        emit(headers)
        lines.append((0..<n).map { String(repeating: "-", count: widths[$0]) }.joined(separator: "  "))
        for r in rows { emit(r) }
        return lines.joined(separator: "\n") + "\n"
    }

    static func wrap(_ s: String, _ width: Int) -> [String] {
        guard s.count > width, width > 0 else { return [s] }
        var lines: [String] = []
        var current = ""
        for word in s.split(separator: " ", omittingEmptySubsequences: false) {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
            while current.count > width {
                lines.append(String(current.prefix(width)))
                current = String(current.dropFirst(width))
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}

public enum TerminalWidth {
    /// `COLUMNS` when set, else 100.
    public static var current: Int {
        if let c = ProcessInfo.processInfo.environment["COLUMNS"], let n = Int(c), n >= 40 { return n }
        return 100
    }
}

/// JSON for query results: pretty, sorted keys, stable.
func encodeJSON<T: Encodable>(_ value: T) throws -> String {
    let e = JSONEncoder()
    e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try e.encode(value), as: UTF8.self) + "\n"
}
