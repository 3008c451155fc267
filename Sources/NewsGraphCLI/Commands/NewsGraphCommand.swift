import ArgumentParser

public struct NewsGraphCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "newsgraph",
        abstract: "Turn news articles into a knowledge graph of who did and said what about whom.",
        discussion: """
            Build a graph from articles, then query it or draw parts of it:
              newsgraph build seeds --output output
              newsgraph said output/graph.json --by Sheinbaum --about Trump
              newsgraph render output/graph.json --focus Sheinbaum --depth 1 --output sheinbaum.svg
            """,
        version: "0.1.0",
        subcommands: [Build.self, Add.self, Render.self, Export.self, Report.self, Entities.self, Said.self, Actions.self,
                      Timeline.self]
    )
    public init() {}
}
