import Foundation
@testable import NewsGraphCLI

/// A fresh temporary directory for one test.
func temporaryDirectory(_ name: String = #function) -> URL {
    let safe = name.filter { $0.isLetter || $0.isNumber }
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("newsgraph-tests-\(safe)-\(UUID().uuidString.prefix(8))")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// The project's seeds/ folder.
let seedsDirectory: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("seeds")

/// Parses and runs a command line in process; returns the error message if it failed.
func runCommand(_ arguments: [String]) -> String? {
    do {
        var command = try NewsGraphCommand.parseAsRoot(arguments)
        try command.run()
        return nil
    } catch {
        return NewsGraphCommand.message(for: error)
    }
}

func write(_ text: String, to url: URL) {
    try! Data(text.utf8).write(to: url)
}
