import Foundation
import Testing
import NewsGraphModel
@testable import NewsGraphCLI

@Suite struct ActionsTests {
    /// The seeds built once per test into a temporary folder; returns the graph.json path.
    func seedsGraph() throws -> String {
        let out = temporaryDirectory()
        #expect(runCommand(["build", seedsDirectory.path, "--output", out.path, "--no-diagram"]) == nil)
        return out.appendingPathComponent("graph.json").path
    }

    func rows(_ arguments: [String]) throws -> [Actions.Row] {
        let command = try Actions.parse(arguments)
        return try command.rows(in: GraphFile.load(command.graph))
    }

    @Test func unitedStatesActionsOnTheSeedsListTheCaptureOfMaduroWithItsSentence() throws {
        let graph = try seedsGraph()
        let found = try rows([graph, "--actor", "United States"])
        let captures = found.filter { $0.verb == "capture" && $0.target == "Nicolás Maduro" }
        #expect(!captures.isEmpty)
        #expect(captures.allSatisfy { $0.category == "17" && $0.quadClass == "material-conflict" })
        #expect(captures.contains { $0.evidence?.contains("captured Venezuelan President Nicolás Maduro") == true })
        #expect(runCommand(["actions", graph, "--actor", "United States"]) == nil)
    }

    @Test func filtersByTargetCategoryAndClass() throws {
        let graph = try seedsGraph()
        let onMaduro = try rows([graph, "--target", "Maduro"])
        #expect(!onMaduro.isEmpty && onMaduro.allSatisfy { $0.target == "Nicolás Maduro" })
        let rejections = try rows([graph, "--category", "12"])
        #expect(!rejections.isEmpty && rejections.allSatisfy { $0.category == "12" && $0.quadClass == "verbal-conflict" })
        #expect(try rows([graph, "--category", "120"]).count == rejections.count)
        let cooperation = try rows([graph, "--class", "verbal-cooperation"])
        #expect(!cooperation.isEmpty && cooperation.allSatisfy { ["01", "02", "03", "04", "05"].contains($0.category ?? "") })
        #expect(try rows([graph]).count == GraphFile.load(graph).actions.count)
    }

    @Test func everyFormatRuns() throws {
        let graph = try seedsGraph()
        for format in ["table", "json", "markdown", "csv"] {
            #expect(runCommand(["actions", graph, "--actor", "Sheinbaum", "--format", format]) == nil)
        }
    }

    @Test func badOptionsGiveOneClearMessage() throws {
        let graph = try seedsGraph()
        #expect(runCommand(["actions", graph, "--category", "99"])?.contains("not a CAMEO root code") == true)
        #expect(runCommand(["actions", graph, "--class", "hostile"])?.contains("unknown class") == true)
        #expect(runCommand(["actions", graph, "--category", "12", "--class", "verbal-conflict"])?.contains("not both") == true)
        #expect(runCommand(["actions", graph, "--actor", "Zorblax"])?.contains("no entity by that name") == true)
        #expect(runCommand(["actions", "/nonexistent/graph.json"])?.contains("no such file") == true)
    }

    @Test func categoryCodesNormalizeToTheirRoot() {
        #expect(Actions.normalizedCategory("1") == "01")
        #expect(Actions.normalizedCategory("17") == "17")
        #expect(Actions.normalizedCategory("173") == "17")
        #expect(Actions.normalizedCategory("0841") == "08")
        #expect(Actions.normalizedCategory("21") == nil)
        #expect(Actions.normalizedCategory("x1") == nil)
    }
}
