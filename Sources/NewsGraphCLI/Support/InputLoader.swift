import Foundation
import NewsGraphExtraction
import NewsGraphModel

/// Finds the articles named on the command line and reads them.
///
/// INPUT may be files or directories (searched recursively for `*.txt`, `*.md` and `*.jsonl`, in sorted
/// order; symbolic links to files and directories are followed, a link back into a directory being read is
/// not). A `.jsonl` file holds one article a line (`id`, `title`, `date`, `source`, `url`, `text`; other keys
/// kept); a `.txt`/`.md` file may start with a front-matter block (`---` … `---`) with the same keys, and
/// otherwise a file name `outlet_YYYY-MM-DD_slug.txt` gives the outlet and date.
/// Text is UTF-8, or UTF-16 with a byte-order mark; a file that is neither is decoded as Windows-1252 (which
/// covers Latin-1) with a warning, since that is what such news files almost always are. Every file that is
/// skipped (empty, binary, unreadable, not an article extension) is named in a warning; when nothing is left
/// it is an error.
public struct InputLoader {
    public static let extensions: Set<String> = ["txt", "md", "jsonl"]

    public struct Loaded {
        public var sources: [SourceText]
        public var warnings: [String]
    }

    public init() {}

    public func load(_ paths: [String]) throws -> Loaded {
        guard !paths.isEmpty else { throw CLIError("no input: give one or more files or directories") }
        var files: [URL] = []
        var warnings: [String] = []
        var skipped: [String] = []
        let fm = FileManager.default
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                throw CLIError("\(path): no such file or directory")
            }
            if isDir.boolValue {
                var walk = Walk()
                walk.collect(URL(fileURLWithPath: path))
                if walk.unreadable.contains(path) || walk.unreadable.contains(URL(fileURLWithPath: path).path) {
                    throw CLIError("\(path): cannot read the directory (permission denied)")
                }
                warnings += walk.unreadable.map { "warning: skipped \($0): cannot read the directory (permission denied)" }
                warnings += walk.loops.map { "warning: skipped \($0): symbolic link loops back to a directory already read" }
                skipped += walk.otherFiles.map { "\($0): not an article file (*.txt, *.md, *.jsonl)" }
                if walk.files.isEmpty {
                    let anything = !walk.otherFiles.isEmpty || walk.sawSubdirectory
                    throw CLIError(anything
                        ? "\(path): directory has no text files (*.txt, *.md, *.jsonl)"
                        : "\(path): directory is empty")
                }
                files += walk.files
            } else {
                files.append(URL(fileURLWithPath: path))
            }
        }
        var sources: [SourceText] = []
        var seen: [String: String] = [:]
        func accept(_ source: SourceText, at location: String) throws {
            if let other = seen[source.id] {
                throw CLIError("\(location): document id '\(source.id)' is already used by \(other); rename one of them")
            }
            seen[source.id] = location
            sources.append(source)
        }
        for url in files {
            let fileId = url.deletingPathExtension().lastPathComponent
            switch read(url) {
            case .text(let text, let warning):
                if let warning { warnings.append(warning) }
                if url.pathExtension.lowercased() == "jsonl" {
                    let articles = MetadataReader.jsonLines(text, path: url.path, fileId: fileId, warnings: &warnings)
                    if articles.isEmpty { skipped.append("\(url.path): no article lines (JSON objects with \"text\")") }
                    for a in articles { try accept(a.source, at: "\(url.path):\(a.line)") }
                    continue
                }
                var metadata = MetadataReader.fromFileName(fileId)
                var body = text
                if let (front, rest) = MetadataReader.frontMatter(text, path: url.path, warnings: &warnings) {
                    body = rest
                    metadata.title = front.title ?? metadata.title
                    metadata.date = front.date ?? metadata.date
                    metadata.source = front.source ?? metadata.source
                    metadata.url = front.url
                    metadata.extra = front.extra
                    if body.allSatisfy(\.isWhitespace) {
                        skipped.append("\(url.path): no text after the front matter")
                        continue
                    }
                }
                try accept(SourceText(id: fileId, text: body, path: url.path, metadata: metadata), at: url.path)
            case .skip(let why):
                skipped.append(why)
            }
        }
        if sources.isEmpty {
            throw CLIError(skipped.count == 1 ? skipped[0] : "no readable articles:\n  " + skipped.joined(separator: "\n  "))
        }
        warnings += skipped.map { "warning: skipped \($0)" }
        return Loaded(sources: sources, warnings: warnings)
    }

    /// A recursive directory walk that follows symbolic links and refuses to enter a directory twice.
    struct Walk {
        var files: [URL] = []
        var otherFiles: [String] = []
        var unreadable: [String] = []
        var loops: [String] = []
        var sawSubdirectory = false
        private var visiting: Set<String> = []

        mutating func collect(_ dir: URL) {
            let real = dir.resolvingSymlinksInPath().path
            guard !visiting.contains(real) else { loops.append(dir.path); return }
            visiting.insert(real)
            defer { visiting.remove(real) }
            let fm = FileManager.default
            guard let names = try? fm.contentsOfDirectory(atPath: dir.path) else { unreadable.append(dir.path); return }
            for name in names.sorted() where !name.hasPrefix(".") {
                let url = dir.appendingPathComponent(name)
                var isDir: ObjCBool = false
                guard fm.fileExists(atPath: url.path, isDirectory: &isDir) else {
                    otherFiles.append("\(url.path) (broken symbolic link)")
                    continue
                }
                if isDir.boolValue {
                    sawSubdirectory = true
                    collect(url)
                } else if InputLoader.extensions.contains(url.pathExtension.lowercased()) {
                    files.append(url)
                } else {
                    otherFiles.append(url.path)
                }
            }
        }
    }

    enum ReadResult {
        case text(String, warning: String?)
        case skip(String)
    }

    func read(_ url: URL) -> ReadResult {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            return .skip("\(url.path): cannot read the file (permission denied or not a regular file)")
        }
        if data.isEmpty { return .skip("\(url.path): file is empty") }
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            let little = data.starts(with: [0xFF, 0xFE])
            guard data.count % 2 == 0,
                  let text = String(data: data.dropFirst(2), encoding: little ? .utf16LittleEndian : .utf16BigEndian) else {
                return .skip("\(url.path): starts with a UTF-16 byte-order mark but is not valid UTF-16")
            }
            if text.allSatisfy({ $0.isWhitespace }) { return .skip("\(url.path): file has only whitespace") }
            return .text(text, warning: nil)
        }
        if data.contains(0) { return .skip("\(url.path): binary file (contains NUL bytes), not text") }
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if let text = String(validatingUTF8Data: bytes) {
            if text.allSatisfy({ $0.isWhitespace }) { return .skip("\(url.path): file has only whitespace") }
            return .text(text, warning: nil)
        }
        let text = Self.decodeWindows1252(bytes)
        return .text(text, warning: "warning: \(url.path): not valid UTF-8; read as Windows-1252 (Latin-1)")
    }

    /// Windows-1252: Latin-1 plus typographic punctuation in 0x80–0x9F.
    static func decodeWindows1252(_ data: Data) -> String {
        let high: [UInt32] = [0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
                              0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
                              0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178]
        var view = String.UnicodeScalarView()
        for b in data {
            let v: UInt32 = (b >= 0x80 && b < 0xA0) ? high[Int(b) - 0x80] : UInt32(b)
            view.append(Unicode.Scalar(v)!)
        }
        return String(view)
    }
}

extension String {
    init?(validatingUTF8Data data: Data) {
        var valid = true
        let s = data.withUnsafeBytes { raw -> String in
            let buf = raw.bindMemory(to: UInt8.self)
            if case .none = String(validating: buf, as: UTF8.self) { valid = false; return "" }
            return String(decoding: buf, as: UTF8.self)
        }
        guard valid else { return nil }
        self = s
    }
}
