/// Text for XML element content and attribute values (GraphML, GEXF, SVG, HTML): the five special characters
/// as entities, and characters XML 1.0 forbids (C0 controls other than tab, newline and carriage return;
/// U+FFFE, U+FFFF) written as visible escapes (`\x1B`) instead of making the file unreadable. A `]]>` in the
/// text is harmless once `>` is an entity.
public enum XMLText {
    public static func escaped(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            case "\r": out += "&#13;"
            default:
                let v = scalar.value
                if v < 0x20 || v == 0xFFFE || v == 0xFFFF || (0x7F...0x9F).contains(v) {
                    out += VisibleText.escape(scalar)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
