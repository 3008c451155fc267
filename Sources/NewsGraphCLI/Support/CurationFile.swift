import Foundation
import NewsGraphModel

/// Reads the `--curation FILE` of `build` and `add`; every problem is one message naming the file and line.
enum CurationFile {
    static func load(_ path: String?) throws -> Curation? {
        guard let path else { return nil }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw CLIError("\(path): cannot read the curation file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CLIError("\(path): the curation file is not UTF-8 text")
        }
        do {
            return try Curation.parse(text, file: path)
        } catch let e as CurationError {
            throw CLIError(e.description)
        }
    }
}
