import ArgumentParser

struct Actions: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "(not yet available)")
    func run() throws { throw ValidationError("Actions is not implemented yet") }
}
