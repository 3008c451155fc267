/// Folding of names for matching and for stable ids.
public enum NameNormalization {
    /// Lowercased, accents removed, punctuation dropped, whitespace collapsed: "Andrés Manuel López Obrador"
    /// and "andres manuel lopez obrador" fold alike; "U.S." folds to "us".
    public static func fold(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in s.unicodeScalars {
            if let base = baseLetter(scalar) {
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append(base)
            } else if scalar.properties.isWhitespace || scalar == "-" || scalar == "‐" || scalar == "–" || scalar == "—" || scalar == "_" || scalar == "/" {
                pendingSpace = true
            }
            // other punctuation (. ' ’ , …) is dropped without a space: "U.S." -> "us", "O'Brien" -> "obrien"
        }
        return String(out)
    }

    /// A stable identifier from a name and a type: `[a-z0-9_]` only, so Graphviz ids and SVG ids stay intact.
    public static func identifier(name: String, type: EntityType) -> String {
        let folded = fold(name)
        var id = ""
        id.reserveCapacity(folded.utf8.count + 8)
        for scalar in folded.unicodeScalars {
            if scalar == " " { id.append("_") } else if scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) {
                id.unicodeScalars.append(scalar)
            } else {
                id += "u\(String(scalar.value, radix: 16))"
            }
        }
        if id.isEmpty { id = "x" }
        return "\(typePrefix(type))_\(id)"
    }

    private static func typePrefix(_ type: EntityType) -> String {
        switch type {
        case .person: "per"
        case .government: "gov"
        case .agency: "agy"
        case .organization: "org"
        case .location: "loc"
        case .misc: "misc"
        }
    }

    /// Lowercase letter or digit with diacritics removed; nil for anything else.
    @inline(__always)
    static func baseLetter(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let v = scalar.value
        if v < 0x80 {
            if v >= 0x41 && v <= 0x5A { return Unicode.Scalar(v + 32) }
            if (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) { return scalar }
            return nil
        }
        if let b = LatinFolding.base[v] { return Unicode.Scalar(b) }
        let props = scalar.properties
        guard props.isAlphabetic || props.numericType != nil else { return nil }
        return props.lowercaseMapping.unicodeScalars.first ?? scalar
    }
}

enum LatinFolding {
    /// Latin-1 Supplement and Latin Extended-A letters mapped to their ASCII base letter.
    static let base: [UInt32: UInt32] = {
        var map: [UInt32: UInt32] = [:]
        let groups: [(String, String)] = [
            ("ÀÁÂÃÄÅĀĂĄàáâãäåāăą", "a"), ("ÇĆĈĊČçćĉċč", "c"), ("ĎĐďđ", "d"),
            ("ÈÉÊËĒĔĖĘĚèéêëēĕėęě", "e"), ("ĜĞĠĢĝğġģ", "g"), ("ĤĦĥħ", "h"),
            ("ÌÍÎÏĨĪĬĮİìíîïĩīĭįı", "i"), ("Ĵĵ", "j"), ("Ķķ", "k"), ("ĹĻĽĿŁĺļľŀł", "l"),
            ("ÑŃŅŇñńņň", "n"), ("ÒÓÔÕÖØŌŎŐòóôõöøōŏő", "o"), ("ŔŖŘŕŗř", "r"),
            ("ŚŜŞŠśŝşšȘș", "s"), ("ŢŤŦţťŧȚț", "t"), ("ÙÚÛÜŨŪŬŮŰŲùúûüũūŭůűų", "u"),
            ("Ŵŵ", "w"), ("ÝŸŶýÿŷ", "y"), ("ŹŻŽźżž", "z"),
        ]
        for (letters, b) in groups {
            let target = b.unicodeScalars.first!.value
            for s in letters.unicodeScalars { map[s.value] = target }
        }
        return map
    }()
}
