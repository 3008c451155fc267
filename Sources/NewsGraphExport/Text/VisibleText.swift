/// Untrusted (article) text made safe to show where invisible characters can deceive: terminals, CSV cells,
/// Markdown. Control characters (C0, DEL, C1 — among them ESC, which starts terminal escape sequences, BEL, CR
/// and LF) and the invisible Unicode format characters that reorder or hide text (bidirectional overrides and
/// isolates, zero-width spaces and joiners, the BOM) are written as visible escapes: `\n`, `\r`, `\t`, `\x1B`,
/// `\u{202E}`. Everything else, accents and emoji included, passes through.
public enum VisibleText {
    public static func escaped(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: needsEscape) else { return s }
        var out = ""
        for scalar in s.unicodeScalars {
            guard needsEscape(scalar) else { out.unicodeScalars.append(scalar); continue }
            out += escape(scalar)
        }
        return out
    }

    public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || (0x7F...0x9F).contains(v) || isInvisibleFormat(v)
    }

    /// Bidirectional marks, embeddings, overrides and isolates; zero-width space, non-joiner, joiner, word
    /// joiner and the byte-order mark.
    static func isInvisibleFormat(_ v: UInt32) -> Bool {
        (0x200B...0x200F).contains(v) || (0x202A...0x202E).contains(v) || (0x2060...0x2069).contains(v) || v == 0xFEFF
    }

    static func escape(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\n": return #"\n"#
        case "\r": return #"\r"#
        case "\t": return #"\t"#
        default:
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return scalar.value <= 0xFF ? #"\x"# + (hex.count < 2 ? "0" + hex : hex) : #"\u{"# + hex + "}"
        }
    }
}
