/// Ids for DOT node names and SVG element ids: `[A-Za-z0-9_]` only (Graphviz writes `-` as `&#45;` in SVG
/// and applies `\N`-style escapes to ids), not starting with a digit, never a DOT keyword, unique.
struct DiagramIDAllocator {
    private var used: Set<String>

    init(reserved: Set<String> = []) {
        used = reserved
    }

    /// A safe form of `raw`, made unique by a numeric suffix if needed.
    mutating func allocate(_ raw: String) -> String {
        let base = Self.sanitize(raw)
        var candidate = base
        var n = 2
        while used.contains(candidate) {
            candidate = "\(base)_\(n)"
            n += 1
        }
        used.insert(candidate)
        return candidate
    }

    static func sanitize(_ raw: String) -> String {
        var out = ""
        out.reserveCapacity(raw.utf8.count)
        for scalar in raw.unicodeScalars {
            if isSafe(scalar) {
                out.unicodeScalars.append(scalar)
            } else {
                out += "u\(String(scalar.value, radix: 16))"
            }
        }
        if out.isEmpty { return "x" }
        if let first = out.unicodeScalars.first, ("0"..."9").contains(first) { out = "n_" + out }
        if dotKeywords.contains(out.lowercased()) { out = "n_" + out }
        return out
    }

    static func isSafe(_ s: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(s) || ("A"..."Z").contains(s) || ("0"..."9").contains(s) || s == "_"
    }

    static func isSafe(_ id: String) -> Bool {
        !id.isEmpty && id.unicodeScalars.allSatisfy(isSafe)
    }

    private static let dotKeywords: Set<String> = ["node", "edge", "graph", "digraph", "subgraph", "strict"]
}
