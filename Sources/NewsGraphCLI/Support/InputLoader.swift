import Foundation
import NewsGraphExtraction

/// Finds the articles named on the command line and reads them.
///
/// INPUT may be files or directories (searched recursively for `*.txt` and `*.md`, in sorted order).
/// Text must be UTF-8; a file that is not is decoded as Windows-1252 (which covers Latin-1) with a
/// warning, since that is what such news files almost always are. Files that are empty or binary are
/// skipped with a warning when other inputs remain, and are an error when nothing is left.
public struct InputLoader {
    public static let extensions: Set<String> = ["txt", "md"]

    public struct Loaded {
        public var sources: [SourceText]
        public var warnings: [String]
    }

    public init() {}

    public func load(_ paths: [String]) throws -> Loaded {
        guard !paths.isEmpty else { throw CLIError("no input: give one or more files or directories") }
        var files: [URL] = []
        var warnings: [String] = []
        let fm = FileManager.default
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                throw CLIError("\(path): no such file or directory")
            }
            if isDir.boolValue {
                let found = try textFiles(in: URL(fileURLWithPath: path))
                if found.isEmpty {
                    let anything = ((try? fm.contentsOfDirectory(atPath: path)) ?? []).contains { !$0.hasPrefix(".") }
                    throw CLIError(anything
                        ? "\(path): directory has no text files (*.txt, *.md)"
                        : "\(path): directory is empty")
                }
                files += found
            } else {
                files.append(URL(fileURLWithPath: path))
            }
        }
        var sources: [SourceText] = []
        var seen: [String: String] = [:]
        var skipped: [String] = []
        for url in files {
            let id = url.deletingPathExtension().lastPathComponent
            if let other = seen[id] {
                throw CLIError("\(url.path): document id '\(id)' is already used by \(other); rename one of the files")
            }
            switch read(url) {
            case .text(let text, let warning):
                if let warning { warnings.append(warning) }
                seen[id] = url.path
                sources.append(SourceText(id: id, text: text, path: url.path))
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

    func textFiles(in dir: URL) throws -> [URL] {
        guard let e = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: [.isRegularFileKey],
                                                     options: [.skipsHiddenFiles]) else {
            throw CLIError("\(dir.path): cannot list the directory")
        }
        var out: [URL] = []
        for case let url as URL in e where Self.extensions.contains(url.pathExtension.lowercased()) {
            if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true { out.append(url) }
        }
        return out.sorted { $0.path < $1.path }
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
