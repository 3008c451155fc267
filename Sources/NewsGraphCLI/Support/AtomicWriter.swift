import CNewsGraphSupport
import Foundation
import NewsGraphModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes outputs all-or-nothing.
///
/// - Every temporary is created exclusively (`O_CREAT|O_EXCL|O_NOFOLLOW`) under an unpredictable name in
///   the target's directory, so a symlink planted at a temporary name is never followed.
/// - `writeAll` replaces a set of outputs as one unit: when the output directory holds nothing but these
///   outputs, the new set is written into a fresh sibling directory and swapped in with one atomic
///   exchange (Linux `renameat2(RENAME_EXCHANGE)`), so a reader or a crash sees the old set or the new
///   one, never a mix. A directory that also holds other files is updated file by file (each file atomic).
/// - Temporaries are removed on every failure and on SIGINT/SIGTERM; a full disk is named as such.
public enum AtomicWriter {
    public static func ensureWritableDirectory(_ dir: URL) throws {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: dir.path, isDirectory: &isDir) {
            guard isDir.boolValue else { throw CLIError("\(dir.path): exists and is not a directory") }
        } else {
            do { try fm.createDirectory(at: dir, withIntermediateDirectories: true) } catch {
                throw CLIError("\(dir.path): cannot create the output directory (permission denied?)")
            }
        }
        guard fm.isWritableFile(atPath: dir.path) else {
            throw CLIError("\(dir.path): output directory is not writable")
        }
    }

    /// Writes one file atomically.
    public static func write(_ data: Data, to url: URL) throws {
        let tmp = try createExclusive(near: url, contents: ByteParts(data))
        if rename(tmp, url.path) != 0 {
            let e = errno
            TemporaryRegistry.shared.remove(tmp)
            throw CLIError("\(url.path): cannot move the finished file into place (\(String(cString: strerror(e))))")
        }
        TemporaryRegistry.shared.forget(tmp)
    }

    /// Writes several files into one directory as a unit (see the type's description).
    /// `beforeSwap` is a test hook run when everything is staged, just before the set is swapped in.
    public static func writeAll(_ files: [(URL, Data)], beforeSwap: () throws -> Void = {}) throws {
        try writeAll(files.map { ($0.0, ByteParts($0.1)) }, beforeSwap: beforeSwap)
    }

    /// `writeAll` of files given as pieces (a large graph.json), each written piece by piece.
    public static func writeAll(_ files: [(URL, ByteParts)], beforeSwap: () throws -> Void = {}) throws {
        guard let first = files.first else { return }
        let dir = first.0.deletingLastPathComponent().standardizedFileURL
        let names = Set(files.map { $0.0.lastPathComponent })
        precondition(files.allSatisfy { $0.0.deletingLastPathComponent().standardizedFileURL == dir },
                     "writeAll: one directory")
        if isDedicated(dir, to: names) {
            try swapInDirectory(dir, files: files, beforeSwap: beforeSwap)
        } else {
            try writeFileByFile(files, beforeSwap: beforeSwap)
        }
    }

    /// The files `build` writes as one set: a new build replaces an older one's, diagrams included.
    static let buildSet: Set<String> = ["graph.json", "graph.dot", "graph.svg"]

    /// True when `dir` is a real directory (not a symlink) holding only the files being written (or leftovers
    /// of earlier runs' temporaries of them), so swapping the whole directory loses nothing. A `build` set also
    /// replaces the rest of an older build's set; nothing else ever counts as replaceable — a diagram or report
    /// written beside graph.json must leave graph.json where it is.
    static func isDedicated(_ dir: URL, to names: Set<String>) -> Bool {
        var st = stat()
        guard lstat(dir.path, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR else { return false }
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else { return false }
        let ours = names.contains("graph.json") ? names.union(buildSet) : names
        return entries.allSatisfy { entry in
            ours.contains(entry) || ours.contains { entry.hasPrefix(".\($0).tmp-") }
        }
    }

    private static func swapInDirectory(_ dir: URL, files: [(URL, ByteParts)], beforeSwap: () throws -> Void) throws {
        let parent = dir.deletingLastPathComponent()
        var template = Array(parent.appendingPathComponent(".\(dir.lastPathComponent).new-XXXXXXXX").path.utf8CString)
        let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        guard made != nil else {
            let e = errno
            throw CLIError("\(parent.path): cannot create a temporary directory (\(describe(e)))")
        }
        let staging = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        TemporaryRegistry.shared.add(staging)
        chmod(staging, 0o755)
        do {
            for (url, data) in files {
                let tmp = try createExclusive(near: URL(fileURLWithPath: staging).appendingPathComponent(url.lastPathComponent),
                                              contents: data, finalName: url.lastPathComponent)
                TemporaryRegistry.shared.forget(tmp)  // inside the staging directory, removed with it
            }
            try beforeSwap()
            if ng_rename_exchange(staging, dir.path) != 0 {
                let e = errno
                // No atomic swap on this file system: fall back to one rename per file.
                guard e == ENOSYS || e == EINVAL || e == ENOTSUP else {
                    throw CLIError("\(dir.path): cannot swap in the new outputs (\(describe(e)))")
                }
                for (url, _) in files where rename(staging + "/" + url.lastPathComponent, url.path) != 0 {
                    let e = errno
                    throw CLIError("\(url.path): cannot move the finished file into place (\(describe(e)))")
                }
            }
        } catch {
            TemporaryRegistry.shared.remove(staging)
            throw error
        }
        // The old set now sits at the staging name.
        TemporaryRegistry.shared.remove(staging)
    }

    private static func writeFileByFile(_ files: [(URL, ByteParts)], beforeSwap: () throws -> Void) throws {
        var staged: [(tmp: String, final: URL)] = []
        do {
            for (url, data) in files { staged.append((try createExclusive(near: url, contents: data), url)) }
            try beforeSwap()
            for s in staged where rename(s.tmp, s.final.path) != 0 {
                let e = errno
                throw CLIError("\(s.final.path): cannot move the finished file into place (\(describe(e)))")
            }
        } catch {
            for s in staged { TemporaryRegistry.shared.remove(s.tmp) }
            throw error
        }
        for s in staged { TemporaryRegistry.shared.forget(s.tmp) }
    }

    /// Creates `.<name>.tmp-<random>` beside `url` exclusively (never following a symlink), writes and
    /// syncs `contents`; returns its path, registered for removal on a signal.
    static func createExclusive(near url: URL, contents: ByteParts, finalName: String? = nil) throws -> String {
        let dir = url.deletingLastPathComponent().path
        var fd: Int32 = -1
        var path = ""
        for _ in 0..<16 {
            var rng = SystemRandomNumberGenerator()
            // In a fresh staging directory the final name is used as it is; elsewhere a random one.
            path = finalName != nil ? url.path : dir + "/.\(url.lastPathComponent).tmp-\(String(rng.next(), radix: 36))"
            fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
            if fd >= 0 || errno != EEXIST || finalName != nil { break }
        }
        guard fd >= 0 else {
            let e = errno
            throw CLIError("\(url.path): cannot create a temporary file (\(describe(e)))")
        }
        TemporaryRegistry.shared.add(path)
        var failure: Int32 = 0
        contents.forEachBuffer { (raw: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < raw.count {
                let n = systemWrite(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return false
                }
                offset += n
            }
            return true
        }
        if failure == 0 && fsync(fd) != 0 { failure = errno }
        if close(fd) != 0 && failure == 0 { failure = errno }
        if failure != 0 {
            TemporaryRegistry.shared.remove(path)
            throw CLIError("\(url.path): cannot write (\(describe(failure)))")
        }
        return path
    }

    static func describe(_ e: Int32) -> String {
        if e == ENOSPC { return "disk full" }
        if e == EDQUOT { return "disk quota exceeded" }
        if e == EACCES || e == EPERM { return "permission denied" }
        return String(cString: strerror(e))
    }
}

/// Temporaries in flight, removed if the process is interrupted (SIGINT/SIGTERM) before they are renamed.
final class TemporaryRegistry: @unchecked Sendable {
    static let shared = TemporaryRegistry()
    private let lock = NSLock()
    private var paths: Set<String> = []
    private var sources: [any DispatchSourceSignal] = []

    private init() {
        for sig in [SIGINT, SIGTERM] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler { [weak self] in
                self?.removeAll()
                signal(sig, SIG_DFL)
                kill(getpid(), sig)
            }
            source.resume()
            sources.append(source)
        }
    }

    func add(_ path: String) { lock.withLock { _ = paths.insert(path) } }
    func forget(_ path: String) { lock.withLock { _ = paths.remove(path) } }

    /// Removes a temporary file or directory (recursively, without following symlinks) and forgets it.
    func remove(_ path: String) {
        forget(path)
        try? FileManager.default.removeItem(atPath: path)
    }

    func removeAll() {
        let all = lock.withLock { paths }
        for p in all { remove(p) }
    }
}

private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.write(fd, buffer, count)
    #else
    return Darwin.write(fd, buffer, count)
    #endif
}
