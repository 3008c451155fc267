import Foundation

/// Finds the shipped lexicons wherever the binary is, so `newsgraph` works when installed or copied
/// anywhere (it used to die with "could not load resource bundle" away from its build folder).
///
/// In order:
/// 1. `$NEWSGRAPH_LEXICONS`: a folder of lexicon files;
/// 2. next to the executable: `NewsGraph_NewsGraphExtraction.resources/lexicons` (a SwiftPM build),
///    `../share/newsgraph/lexicons` (an installed layout: `make install PREFIX=…`);
/// 3. embedded in the executable: `make install` appends a lexicon pack to the binary it installs
///    (`scripts/pack-lexicons.py`), so a copy of that one file carries its lexicons along;
/// 4. the documented data folders `/usr/local/share/newsgraph/lexicons`, `/usr/share/newsgraph/lexicons`;
/// 5. the source tree the binary was built from (development builds).
public enum LexiconLocator {
    /// Where the lexicons come from: a folder, or files embedded in the executable.
    public enum Source: Sendable {
        case directory(URL)
        case embedded([String: Data])
    }

    /// Trailer of an embedded pack: 8-byte little-endian payload length, then this magic.
    static let magic = Array("NGLEXPK1".utf8)

    public static func locate() throws -> Source {
        let fm = FileManager.default
        func isDir(_ u: URL) -> Bool {
            var d: ObjCBool = false
            return fm.fileExists(atPath: u.path, isDirectory: &d) && d.boolValue
        }
        if let env = ProcessInfo.processInfo.environment["NEWSGRAPH_LEXICONS"], !env.isEmpty {
            let u = URL(fileURLWithPath: env)
            guard isDir(u) else {
                throw LexiconTable.Problem.unreadable(file: env, reason: "NEWSGRAPH_LEXICONS is not a folder")
            }
            return .directory(u)
        }
        var searched: [String] = []
        let exe = executableURL()
        if let exeDir = exe?.deletingLastPathComponent() {
            for rel in ["NewsGraph_NewsGraphExtraction.resources/lexicons", "../share/newsgraph/lexicons"] {
                let u = exeDir.appendingPathComponent(rel).standardizedFileURL
                if isDir(u) { return .directory(u) }
                searched.append(u.path)
            }
        }
        if let exe, let files = embedded(in: exe) { return .embedded(files) }
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Resources/lexicons")
        for u in [URL(fileURLWithPath: "/usr/local/share/newsgraph/lexicons"), URL(fileURLWithPath: "/usr/share/newsgraph/lexicons"), source] {
            if isDir(u) { return .directory(u) }
            searched.append(u.path)
        }
        throw LexiconTable.Problem.unreadable(
            file: "lexicons", reason: "not found (set NEWSGRAPH_LEXICONS, or install with `make install`); looked in " + searched.joined(separator: ", "))
    }

    /// The running executable (resolving symlinks).
    static func executableURL() -> URL? {
        #if os(Linux)
        if let p = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: p)
        }
        #endif
        return Bundle.main.executableURL?.resolvingSymlinksInPath()
    }

    /// The lexicon files packed at the end of `file`, if it carries a pack.
    static func embedded(in file: URL) -> [String: Data]? {
        guard let h = try? FileHandle(forReadingFrom: file) else { return nil }
        defer { try? h.close() }
        guard let size = try? h.seekToEnd(), size >= 16 else { return nil }
        try? h.seek(toOffset: size - 16)
        guard let trailer = try? h.read(upToCount: 16), trailer.count == 16, Array(trailer.suffix(8)) == magic else { return nil }
        let length = trailer.prefix(8).enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
        guard length <= size - 16 else { return nil }
        try? h.seek(toOffset: size - 16 - length)
        guard let payload = try? h.read(upToCount: Int(length)), payload.count == Int(length) else { return nil }
        return unpack(payload)
    }

    /// Payload: repeated [4-byte name length][name][8-byte data length][data], little-endian.
    static func unpack(_ payload: Data) -> [String: Data]? {
        let bytes = [UInt8](payload)
        var i = 0
        func int(_ n: Int) -> Int? {
            guard i + n <= bytes.count else { return nil }
            var v = 0
            for k in 0..<n { v |= Int(bytes[i + k]) << (8 * k) }
            i += n
            return v
        }
        var files: [String: Data] = [:]
        while i < bytes.count {
            guard let nl = int(4), nl <= bytes.count - i else { return nil }
            let name = String(decoding: bytes[i..<(i + nl)], as: UTF8.self)
            i += nl
            guard let dl = int(8), dl >= 0, dl <= bytes.count - i else { return nil }
            files[name] = Data(bytes[i..<(i + dl)])
            i += dl
        }
        return files
    }
}
