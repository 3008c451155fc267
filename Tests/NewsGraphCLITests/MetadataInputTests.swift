import Foundation
import Testing
@testable import NewsGraphCLI
import NewsGraphModel

@Suite struct MetadataInputTests {
    func load(_ dir: URL, _ names: [String]? = nil) throws -> InputLoader.Loaded {
        try InputLoader().load(names.map { $0.map { dir.appendingPathComponent($0).path } } ?? [dir.path])
    }

    @Test func jsonLinesGiveOneArticleALineWithTheirKeys() throws {
        let dir = temporaryDirectory()
        write("""
            {"id": "a1", "title": "Port talks", "date": "2016-03-01", "source": "Wire", "url": "https://x.test/a1", "text": "Ana Lopez said the port would open.", "section": "world"}
            {"text": "Jon Bell praised the deal.", "date": "2016-03-02T10:00:00Z"}

            """, to: dir.appendingPathComponent("feed.jsonl"))
        let loaded = try load(dir)
        #expect(loaded.sources.map(\.id) == ["a1", "feed-2"])
        let a1 = try #require(loaded.sources.first)
        #expect(a1.text == "Ana Lopez said the port would open.")
        #expect(a1.metadata == ArticleMetadata(title: "Port talks", date: "2016-03-01", source: "Wire",
                                               url: "https://x.test/a1", extra: ["section": "world"]))
        #expect(loaded.sources[1].metadata.date == "2016-03-02T10:00:00Z")
        #expect(loaded.warnings.isEmpty)
    }

    @Test func badJSONLinesAreOneWarningEachNamingFileAndLine() throws {
        let dir = temporaryDirectory()
        let file = dir.appendingPathComponent("feed.jsonl")
        write("""
            {"id": "ok", "text": "Ana Lopez said the port would open.", "date": "2016-02-30"}
            {"id": "broken", "text": 
            {"id": "notext", "title": "x"}
            [1, 2]
            """, to: file)
        let loaded = try load(dir)
        #expect(loaded.sources.map(\.id) == ["ok"])
        #expect(loaded.sources[0].metadata.date == nil)
        #expect(loaded.warnings == [
            "warning: \(file.path):1: date '2016-02-30' is not ISO-8601 (YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ); ignored",
            "warning: \(file.path):2: not a JSON object; line skipped",
            "warning: \(file.path):3: no \"text\" string; line skipped",
            "warning: \(file.path):4: not a JSON object; line skipped",
        ])
    }

    @Test func frontMatterIsReadAndCutFromTheText() throws {
        let dir = temporaryDirectory()
        write("""
            ---
            title: "Port talks resume"
            date: 2016-03-01
            source: Wire
            url: https://x.test/a
            author: J. Doe
            ---
            Ana Lopez said the port would open.
            """, to: dir.appendingPathComponent("a.md"))
        let loaded = try load(dir)
        let a = try #require(loaded.sources.first)
        #expect(a.id == "a")
        #expect(a.text == "Ana Lopez said the port would open.")
        #expect(a.metadata == ArticleMetadata(title: "Port talks resume", date: "2016-03-01", source: "Wire",
                                              url: "https://x.test/a", extra: ["author": "J. Doe"]))
    }

    @Test func badFrontMatterIsOneWarningNamingFileAndLine() throws {
        let dir = temporaryDirectory()
        let bad = dir.appendingPathComponent("bad.txt"), open = dir.appendingPathComponent("open.txt")
        write("---\nsource: Wire\ndate: March 1st\n---\nAna Lopez spoke.\n", to: bad)
        write("---\nsource: Wire\nAna Lopez spoke.\n", to: open)
        let loaded = try load(dir)
        #expect(loaded.sources.map(\.id) == ["bad", "open"])
        #expect(loaded.sources[0].metadata.source == "Wire")
        #expect(loaded.sources[0].metadata.date == nil)
        #expect(loaded.sources[1].text.hasPrefix("---\n"))
        #expect(loaded.warnings == [
            "warning: \(bad.path):3: date 'March 1st' is not ISO-8601 (YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ); ignored",
            "warning: \(open.path):1: front matter opened with '---' is never closed; read the whole file as text",
        ])
    }

    @Test func fileNameGivesOutletAndDateWhenNothingElseDoes() throws {
        let dir = temporaryDirectory()
        write("Ana Lopez spoke.", to: dir.appendingPathComponent("breitbart_2015-11-11_the-ninth-circle.txt"))
        write("Ana Lopez spoke.", to: dir.appendingPathComponent("nyt_2015-13-11_bad-month.txt"))
        write("---\nsource: Reuters\n---\nAna Lopez spoke.", to: dir.appendingPathComponent("cnn_2016-01-02_x.txt"))
        let byId = Dictionary(uniqueKeysWithValues: try load(dir).sources.map { ($0.id, $0.metadata) })
        #expect(byId["breitbart_2015-11-11_the-ninth-circle"] == ArticleMetadata(date: "2015-11-11", source: "breitbart"))
        #expect(byId["nyt_2015-13-11_bad-month"] == ArticleMetadata())
        #expect(byId["cnn_2016-01-02_x"] == ArticleMetadata(date: "2016-01-02", source: "Reuters"))
    }

    @Test func isoDates() {
        for good in ["2016-03-01", "2016-02-29", "2016-03-01T10:00", "2016-03-01T10:00:59Z", "2016-03-01T10:00:00.123+01:00"] {
            #expect(ArticleMetadata.isISO8601(good), "\(good)")
        }
        for bad in ["2016-3-1", "2016-02-30", "2016-13-01", "March 1", "2016-03-01T25:00", "2016-03-01Tx", "2016-03-01T10:00Z+"] {
            #expect(!ArticleMetadata.isISO8601(bad), "\(bad)")
        }
    }

    @Test func utf16WithByteOrderMarkIsDecoded() throws {
        let dir = temporaryDirectory()
        let text = "Ana López said “yes”."
        var le = Data([0xFF, 0xFE]); le.append(text.data(using: .utf16LittleEndian)!)
        var be = Data([0xFE, 0xFF]); be.append(text.data(using: .utf16BigEndian)!)
        try le.write(to: dir.appendingPathComponent("le.txt"))
        try be.write(to: dir.appendingPathComponent("be.txt"))
        let loaded = try load(dir)
        #expect(loaded.sources.map(\.text) == [text, text])
        #expect(loaded.warnings.isEmpty)
    }

    @Test func symbolicLinksAreFollowedAndLoopsNamed() throws {
        let dir = temporaryDirectory(), other = temporaryDirectory("other"), third = temporaryDirectory("third")
        let fm = FileManager.default
        try fm.createDirectory(at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
        write("Ana Lopez spoke.", to: other.appendingPathComponent("linked.txt"))
        write("Jon Bell spoke.", to: third.appendingPathComponent("target.txt"))
        try fm.createSymbolicLink(at: dir.appendingPathComponent("sub/elsewhere"), withDestinationURL: other)
        try fm.createSymbolicLink(at: dir.appendingPathComponent("file.txt"),
                                  withDestinationURL: third.appendingPathComponent("target.txt"))
        try fm.createSymbolicLink(at: dir.appendingPathComponent("sub/loop"), withDestinationURL: dir)
        let loaded = try load(dir)
        #expect(loaded.sources.map(\.id) == ["file", "linked"])
        #expect(loaded.warnings == ["warning: skipped \(dir.path)/sub/loop: symbolic link loops back to a directory already read"])
    }

    @Test func everySkippedFileIsNamed() throws {
        let dir = temporaryDirectory()
        write("Ana Lopez spoke.", to: dir.appendingPathComponent("a.txt"))
        write("", to: dir.appendingPathComponent("empty.txt"))
        write("{}", to: dir.appendingPathComponent("notes.json"))
        let loaded = try load(dir)
        #expect(loaded.sources.map(\.id) == ["a"])
        #expect(loaded.warnings == [
            "warning: skipped \(dir.path)/notes.json: not an article file (*.txt, *.md, *.jsonl)",
            "warning: skipped \(dir.path)/empty.txt: file is empty",
        ])
    }

    @Test func unreadableDirectoryIsNamedAsUnreadable() throws {
        // Root reads any directory, so the check can only be made as an ordinary user.
        guard getuid() != 0 else {
            print("note: unreadableDirectoryIsNamedAsUnreadable needs a non-root user; skipped")
            return
        }
        let dir = temporaryDirectory()
        let locked = dir.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        write("Ana Lopez spoke.", to: locked.appendingPathComponent("a.txt"))
        chmod(locked.path, 0)
        defer { chmod(locked.path, 0o755) }
        #expect(throws: CLIError.self) { try InputLoader().load([locked.path]) }
        do { _ = try InputLoader().load([locked.path]) } catch let e as CLIError {
            #expect(e.message == "\(locked.path): cannot read the directory (permission denied)")
        }
    }
}
