import Foundation
import Testing
@testable import NewsGraphCLI

/// Each bad input gets one clear message naming the file and the problem, and nothing half-written.
@Suite struct BadInputTests {
    @Test func missingPath() {
        let out = temporaryDirectory()
        let message = runCommand(["build", "/no/such/place.txt", "--output", out.path])
        #expect(message == "/no/such/place.txt: no such file or directory")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("graph.json").path))
    }

    @Test func emptyDirectory() {
        let dir = temporaryDirectory()
        #expect(runCommand(["build", dir.path, "-o", temporaryDirectory().path]) == "\(dir.path): directory is empty")
    }

    @Test func directoryWithoutTextFiles() {
        let dir = temporaryDirectory()
        write("a,b\n", to: dir.appendingPathComponent("data.csv"))
        #expect(runCommand(["build", dir.path, "-o", temporaryDirectory().path])
            == "\(dir.path): directory has no text files (*.txt, *.md, *.jsonl)")
    }

    @Test func binaryFile() throws {
        let dir = temporaryDirectory()
        let file = dir.appendingPathComponent("image.txt")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]).write(to: file)
        #expect(runCommand(["build", file.path, "-o", temporaryDirectory().path])
            == "\(file.path): binary file (contains NUL bytes), not text")
    }

    @Test func emptyFile() {
        let dir = temporaryDirectory()
        let file = dir.appendingPathComponent("empty.txt")
        write("", to: file)
        #expect(runCommand(["build", file.path, "-o", temporaryDirectory().path]) == "\(file.path): file is empty")
    }

    @Test func emptyFileAmongGoodOnesIsSkipped() throws {
        let dir = temporaryDirectory()
        write("", to: dir.appendingPathComponent("empty.txt"))
        write("Mexican President Claudia Sheinbaum spoke on Monday.", to: dir.appendingPathComponent("good.txt"))
        let out = temporaryDirectory()
        #expect(runCommand(["build", dir.path, "-o", out.path]) == nil)
        let graph = try GraphFile.load(out.appendingPathComponent("graph.json").path)
        #expect(graph.documents.map(\.id) == ["good"])
    }

    @Test func latin1FileIsDecodedAsWindows1252() throws {
        let dir = temporaryDirectory()
        let file = dir.appendingPathComponent("latin1.txt")
        // "Nicolás Maduro said “no”." in Windows-1252.
        try Data([0x4E, 0x69, 0x63, 0x6F, 0x6C, 0xE1, 0x73, 0x20, 0x4D, 0x61, 0x64, 0x75, 0x72, 0x6F, 0x20, 0x73, 0x61,
                  0x69, 0x64, 0x20, 0x93, 0x6E, 0x6F, 0x94, 0x2E]).write(to: file)
        let loaded = try InputLoader().load([file.path])
        #expect(loaded.sources[0].text == "Nicolás Maduro said “no”.")
        #expect(loaded.warnings == ["warning: \(file.path): not valid UTF-8; read as Windows-1252 (Latin-1)"])
    }

    @Test func outputThatIsAFile() {
        let dir = temporaryDirectory()
        let blocker = dir.appendingPathComponent("output")
        write("x", to: blocker)
        let message = runCommand(["build", seedsDirectory.path, "-o", blocker.path])
        #expect(message == "\(blocker.path): exists and is not a directory")
    }

    @Test func outputUnderAFileCannotBeCreated() {
        let dir = temporaryDirectory()
        let blocker = dir.appendingPathComponent("file")
        write("x", to: blocker)
        let target = blocker.appendingPathComponent("out")
        #expect(runCommand(["build", seedsDirectory.path, "-o", target.path])
            == "\(target.path): cannot create the output directory (permission denied?)")
    }

    @Test func duplicateDocumentIds() {
        let a = temporaryDirectory(), b = temporaryDirectory()
        write("Text one.", to: a.appendingPathComponent("same.txt"))
        write("Text two.", to: b.appendingPathComponent("same.md"))
        let message = runCommand(["build", a.path, b.path, "-o", temporaryDirectory().path])
        #expect(message?.contains("document id 'same' is already used by") == true)
    }

    @Test func graphFilesThatAreNotOurs() {
        let dir = temporaryDirectory()
        let notJSON = dir.appendingPathComponent("a.json")
        write("hello", to: notJSON)
        #expect(runCommand(["entities", notJSON.path])?.hasPrefix("\(notJSON.path): not valid JSON") == true)
        let foreign = dir.appendingPathComponent("b.json")
        write("{\"entities\": []}", to: foreign)
        #expect(runCommand(["render", foreign.path])?.hasPrefix("\(foreign.path): not a NewsGraph graph file") == true)
        #expect(runCommand(["said", dir.appendingPathComponent("missing.json").path])
            == "\(dir.appendingPathComponent("missing.json").path): no such file")
    }

    @Test func badLexiconFile() {
        let dir = temporaryDirectory()
        let lex = dir.appendingPathComponent("mine.tsv")
        write("Acme\torganization\n", to: lex)
        let message = runCommand(["build", seedsDirectory.path, "-o", temporaryDirectory().path, "--lexicon", lex.path])
        #expect(message == "\(lex.path): not a lexicon file: the first line must be `# newsgraph-lexicon NAME vN`")
    }
}
