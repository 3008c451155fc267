import ArgumentParser
import Foundation
import NewsGraphExport

/// Output formats shared by the query commands.
public enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case table, json, markdown, csv
}

/// A simple table: header plus rows of cells, rendered as an aligned text table, Markdown or CSV.
/// JSON output is written by each command from its own model values.
public struct TextTable: Sendable {
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

    /// RFC 4180 with formula-looking cells neutralized and control characters escaped (`CSVText`).
    func csv() -> String {
        ([headers] + rows).map { CSVText.row($0.map(CSVText.text)) }.joined()
    }

    /// GitHub Markdown: HTML special characters as entities (a renderer would otherwise run `<script>` or
    /// `<img onerror>` from article text), pipes escaped, control characters shown escaped, one line per row.
    func markdown() -> String {
        func cell(_ s: String) -> String {
            var out = ""
            for ch in VisibleText.escaped(s) {
                switch ch {
                case "&": out += "&amp;"
                case "<": out += "&lt;"
                case ">": out += "&gt;"
                case "|": out += "\\|"
                default: out.append(ch)
                }
            }
            return out
        }
        var out = "| " + headers.map(cell).joined(separator: " | ") + " |\n"
        out += "|" + headers.map { _ in "---" }.joined(separator: "|") + "|\n"
        for r in rows { out += "| " + r.map(cell).joined(separator: " | ") + " |\n" }
        return out
    }

    /// Columns padded to their width, one line per row; when the table is wider than `maxWidth` the widest
    /// columns give way first and cut cells end in "…". Control characters are shown escaped, never sent raw.
    func aligned(maxWidth: Int) -> String {
        let n = headers.count
        let table = ([headers] + rows).map { r in (0..<n).map { c in c < r.count ? Self.terminalCell(r[c]) : "" } }
        var widths = (0..<n).map { c in table.map { $0[c].count }.max() ?? 0 }
        let separators = 2 * (n - 1)
        let floor = 4
        while widths.reduce(0, +) + separators > maxWidth,
              let widest = widths.indices.max(by: { (widths[$0], $1) < (widths[$1], $0) }), widths[widest] > floor {
            widths[widest] -= 1
        }
        var lines: [String] = []
        func emit(_ cells: [String]) {
            let parts = (0..<n).map { c -> String in
                let s = Self.cut(cells[c], to: widths[c])
                return c == n - 1 ? s : Self.pad(s, to: widths[c])
            }
            lines.append(parts.joined(separator: "  ").trimmingTrailingSpaces())
        }
        emit(table[0])
        lines.append((0..<n).map { String(repeating: "-", count: widths[$0]) }.joined(separator: "  "))
        for r in table.dropFirst() { emit(r) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `s.padding(toLength: width, withPad: " ", startingAt: 0)` (a length in UTF-16 units, as NSString
    /// counts), without the trip through Foundation for the usual case of a cell that fits.
    static func pad(_ s: String, to width: Int) -> String {
        let length = s.utf16.count
        if length == width { return s }
        if length < width { return s + String(repeating: " ", count: width - length) }
        return s.padding(toLength: width, withPad: " ", startingAt: 0)
    }

    /// One line: control and invisible characters escaped.
    static func terminalCell(_ s: String) -> String { VisibleText.escaped(s) }

    /// At most `width` characters, the last one "…" when cut.
    static func cut(_ s: String, to width: Int) -> String {
        guard s.count > width else { return s }
        guard width > 1 else { return String(s.prefix(width)) }
        return String(s.prefix(width - 1)) + "…"
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
    /// The terminal's width (asked of stdout, then stderr), else `COLUMNS`, else 100.
    public static var current: Int {
        for fd in [STDOUT_FILENO, STDERR_FILENO] {
            var size = winsize()
            if ioctl(fd, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 20 { return Int(size.ws_col) }
        }
        if let c = ProcessInfo.processInfo.environment["COLUMNS"], let n = Int(c), n >= 20 { return n }
        return 100
    }

    /// Rows of the terminal on stdout, nil when stdout is not a terminal.
    public static var terminalRows: Int? {
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 { return Int(size.ws_row) }
        return 24
    }
}

/// `--limit` for listings: an explicit N (0 = all), or by default a page when stdout is a terminal and
/// everything when it is a pipe or file.
public enum ListingLimit {
    /// How many rows to show; nil shows all.
    public static func resolve(_ limit: Int?, terminalRows: Int? = TerminalWidth.terminalRows) -> Int? {
        if let limit { return limit > 0 ? limit : nil }
        guard let rows = terminalRows else { return nil }
        return max(10, rows - 6)
    }

    /// The first `limit` rows, and a note of how many more there are (for stderr), if any.
    public static func apply<Row>(_ rows: [Row], limit: Int?, noun: String) -> (rows: [Row], note: String?) {
        guard let limit, rows.count > limit else { return (rows, nil) }
        return (Array(rows.prefix(limit)), "… \(rows.count - limit) more \(noun) not shown (\(rows.count) in all); --limit 0 shows all")
    }
}

/// JSON for query results: pretty, sorted keys, stable.
func encodeJSON<T: Encodable>(_ value: T) throws -> String {
    let e = JSONEncoder()
    e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try e.encode(value), as: UTF8.self) + "\n"
}
