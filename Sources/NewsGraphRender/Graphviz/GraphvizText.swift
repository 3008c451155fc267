/// Escaping of untrusted (article) text for Graphviz attributes.
enum GraphvizText {
    /// For plain labels and xlabels, which follow Graphviz's escString rules and decode entities:
    /// every backslash doubled (`\N`, `\G`, `\l` … would otherwise be directives, other escapes dropped);
    /// `&`, `<`, `>` written as entities (plain labels decode entities, and a plain label can then never
    /// share its text — hence its HTML flag — with an HTML label); newlines become the `\n` directive; tabs
    /// become spaces; other control characters, which XML 1.0 forbids, are dropped.
    static func escString(_ s: String) -> String {
        escaped(s, backslash: #"\\"#)
    }

    /// For tooltips, which Graphviz unescapes twice: `interpretCRNL` turns `\n`, `\l`, `\r` into line breaks and
    /// drops the backslash of any other escape (`\\` → `\`); then object substitution expands `\N`, `\G`, …
    /// and turns `\\` into `\`. So a backslash is written as four, or a quoted "\N" would show the node's name.
    /// Otherwise as `escString`.
    static func tooltip(_ s: String) -> String {
        escaped(s, backslash: #"\\\\"#)
    }

    private static func escaped(_ s: String, backslash: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\\": out.append(contentsOf: backslash.unicodeScalars)
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\n": out.append(contentsOf: #"\n"#.unicodeScalars)
            case "\t": out.append(" ")
            default:
                if isAllowedInXML(scalar) { out.append(scalar) }
            }
        }
        return String(out)
    }

    /// For text inside an HTML-like label: `&`, `<`, `>`, `"` as entities; control characters dropped.
    static func html(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
            case "\n", "\t": out.append(" ")
            default:
                if isAllowedInXML(scalar) { out.append(scalar) }
            }
        }
        return String(out)
    }

    /// XML 1.0 `Char`, less DEL: tab, newline and carriage return are handled by the callers.
    static func isAllowedInXML(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x20 || v == 0x7F { return false }
        return v != 0xFFFE && v != 0xFFFF
    }

    /// A number as Graphviz reads it: at most two decimals, no exponent, "." whatever the locale.
    static func number(_ x: Double) -> String {
        let hundredths = Int((x * 100).rounded())
        let whole = hundredths / 100, fraction = abs(hundredths % 100)
        if fraction == 0 { return "\(whole)" }
        let digits = fraction % 10 == 0 ? "\(fraction / 10)" : (fraction < 10 ? "0\(fraction)" : "\(fraction)")
        return "\(whole).\(digits)"
    }
}
