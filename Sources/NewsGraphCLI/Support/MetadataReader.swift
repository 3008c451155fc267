import Foundation
import NewsGraphExtraction
import NewsGraphModel

/// Article metadata from the three places an input can give it: JSON Lines keys, a front-matter block
/// (`---` … `---`) at the top of a text file, and a file name `outlet_YYYY-MM-DD_slug`. Problems are
/// warnings naming the file and line; a bad date is dropped, never fatal.
enum MetadataReader {
    static let knownKeys: Set<String> = ["id", "title", "date", "source", "url", "text"]

    /// Outlet and date from a file name like `breitbart_2015-11-11_the-ninth-circle.txt`.
    static func fromFileName(_ id: String) -> ArticleMetadata {
        let parts = id.split(separator: "_", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, !parts[2].isEmpty,
              parts[1].count == 10, ArticleMetadata.isISO8601(String(parts[1])),
              parts[0].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." }) else { return ArticleMetadata() }
        return ArticleMetadata(date: String(parts[1]), source: String(parts[0]))
    }

    /// Splits a leading front-matter block off `text`: returns the metadata and the body after the block.
    /// Returns nil when the text does not start with a `---` line or the block is never closed (then the
    /// whole text is the article, with a warning).
    static func frontMatter(_ text: String, path: String, warnings: inout [String]) -> (ArticleMetadata, String)? {
        guard text.hasPrefix("---\n") || text.hasPrefix("---\r\n") else { return nil }
        var lines: [Substring] = []
        var rest = text[...]
        // Drop the opening line.
        rest = rest[rest.index(after: rest.firstIndex(of: "\n")!)...]
        var closed = false
        while let nl = rest.firstIndex(of: "\n") ?? (rest.isEmpty ? nil : rest.endIndex) {
            var line = rest[rest.startIndex..<nl]
            if line.hasSuffix("\r") { line = line.dropLast() }
            rest = nl == rest.endIndex ? rest[nl...] : rest[rest.index(after: nl)...]
            if line.trimmingCharacters(in: .whitespaces) == "---" { closed = true; break }
            lines.append(line)
        }
        guard closed else {
            warnings.append("warning: \(path):1: front matter opened with '---' is never closed; read the whole file as text")
            return nil
        }
        var fields: [(key: String, value: String, line: Int)] = []
        for (i, line) in lines.enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            guard let colon = line.firstIndex(of: ":") else {
                warnings.append("warning: \(path):\(i + 2): front matter line is not 'key: value'; ignored")
                continue
            }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            var value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, let f = value.first, f == "\"" || f == "'", value.last == f {
                value = String(value.dropFirst().dropLast())
            }
            fields.append((key, value, i + 2))
        }
        var meta = ArticleMetadata()
        for f in fields { apply(key: f.key, value: f.value, to: &meta, at: "\(path):\(f.line)", warnings: &warnings) }
        return (meta, String(rest))
    }

    /// Sets one key; a bad date is a warning naming `location` and leaves the date unset.
    static func apply(key: String, value: String, to meta: inout ArticleMetadata, at location: String,
                      warnings: inout [String]) {
        let v = value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !v.isEmpty else { return }
        switch key {
        case "title": meta.title = v
        case "source": meta.source = v
        case "url": meta.url = v
        case "date":
            if ArticleMetadata.isISO8601(v) { meta.date = v } else {
                warnings.append("warning: \(location): date '\(v)' is not ISO-8601 (YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ); ignored")
            }
        case "id", "text": break
        default: meta.extra[key] = v
        }
    }

    /// One article per line of a JSON Lines file. A line that is not a JSON object with a string `text` is
    /// skipped with a warning naming the file and line.
    static func jsonLines(_ text: String, path: String, fileId: String,
                          warnings: inout [String]) -> [(id: String, line: Int, source: SourceText)] {
        var out: [(id: String, line: Int, source: SourceText)] = []
        var lineNo = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNo += 1
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.allSatisfy(\.isWhitespace) { continue }
            let at = "\(path):\(lineNo)"
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)),
                  let dict = object as? [String: Any] else {
                warnings.append("warning: \(at): not a JSON object; line skipped")
                continue
            }
            guard let body = dict["text"] as? String, !body.allSatisfy(\.isWhitespace) else {
                warnings.append("warning: \(at): no \"text\" string; line skipped")
                continue
            }
            var meta = ArticleMetadata()
            for (key, value) in dict.sorted(by: { $0.key < $1.key }) where key != "text" && key != "id" {
                let s: String
                if let str = value as? String { s = str }
                else if value is NSNull { continue }
                else if let d = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed]) {
                    s = String(decoding: d, as: UTF8.self)
                } else { continue }
                if key == "date" && !(value is String) {
                    warnings.append("warning: \(at): date \(s) is not an ISO-8601 string; ignored")
                    continue
                }
                apply(key: key.lowercased(), value: s, to: &meta, at: at, warnings: &warnings)
            }
            let id: String
            if let s = dict["id"] as? String, !s.isEmpty { id = s }
            else if let n = dict["id"] as? NSNumber { id = n.stringValue }
            else { id = "\(fileId)-\(lineNo)" }
            out.append((id, lineNo, SourceText(id: id, text: body, path: path, metadata: meta)))
        }
        return out
    }
}
