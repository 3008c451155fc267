import Foundation

/// Writes files all-or-nothing: to a temporary file in the same directory, then renamed into place,
/// so an interrupted or failed run never leaves a half-written output.
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

    public static func write(_ data: Data, to url: URL) throws {
        let dir = url.deletingLastPathComponent()
        let tmp = dir.appendingPathComponent(".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try data.write(to: tmp)
        } catch {
            try? FileManager.default.removeItem(at: tmp)
            throw CLIError("\(url.path): cannot write (\(dir.path) not writable?)")
        }
        if rename(tmp.path, url.path) != 0 {
            try? FileManager.default.removeItem(at: tmp)
            throw CLIError("\(url.path): cannot move the finished file into place")
        }
    }

    /// Writes several files; if any write fails, none of the new files is left behind.
    public static func writeAll(_ files: [(URL, Data)]) throws {
        var staged: [(tmp: URL, final: URL)] = []
        let pid = ProcessInfo.processInfo.processIdentifier
        do {
            for (url, data) in files {
                let tmp = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp-\(pid)")
                do { try data.write(to: tmp) } catch { throw CLIError("\(url.path): cannot write (directory not writable?)") }
                staged.append((tmp, url))
            }
        } catch {
            for s in staged { try? FileManager.default.removeItem(at: s.tmp) }
            throw error
        }
        for s in staged where rename(s.tmp.path, s.final.path) != 0 {
            for t in staged { try? FileManager.default.removeItem(at: t.tmp) }
            throw CLIError("\(s.final.path): cannot move the finished file into place")
        }
    }
}
