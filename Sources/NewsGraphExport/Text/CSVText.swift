/// CSV cells (RFC 4180) that spreadsheets open safely.
///
/// - Text cells starting with `=`, `+`, `-` or `@` (and so read as a formula by Excel, LibreOffice and Google
///   Sheets: `=cmd|' /C calc'!A0`, `@SUM(…)`) get a leading apostrophe, OWASP's advice; numbers written by
///   the exporter are numeric cells and are left alone.
/// - Control and invisible format characters are written as visible escapes (`VisibleText`), so a cell is one
///   line and shows what it holds.
/// - Cells with a comma, quotation mark or apostrophe-prefix-worthy content are quoted, quotes doubled.
public enum CSVText {
    /// One cell of text.
    public static func text(_ s: String) -> String {
        var value = VisibleText.escaped(s)
        if let first = value.unicodeScalars.first, "=+-@".unicodeScalars.contains(first) { value = "'" + value }
        return quoted(value)
    }

    /// A number the exporter wrote itself: never a formula.
    public static func number(_ n: Int) -> String { String(n) }

    public static func number(_ x: Double?) -> String {
        guard let x else { return "" }
        return x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(x)
    }

    /// Items joined by `listSeparator`; a separator or backslash inside an item is escaped with a backslash.
    public static func list(_ items: [String]) -> String {
        text(items.map { item in
            item.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: listSeparator, with: "\\" + listSeparator)
        }.joined(separator: listSeparator))
    }

    /// The one separator of lists inside a cell, in every CSV file.
    public static let listSeparator = "|"

    /// A row: cells already made with `text`, `number` or `list`.
    public static func row(_ cells: [String]) -> String { cells.joined(separator: ",") + "\n" }

    static func quoted(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == " " && (s.first == " " || s.last == " ") })
        else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
