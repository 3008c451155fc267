import ArgumentParser

public struct NewsGraphCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "newsgraph",
        abstract: "Turn news articles into a knowledge graph of who did and said what about whom."
    )
    public init() {}
}
