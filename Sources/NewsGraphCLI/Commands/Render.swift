import ArgumentParser

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "(not yet available)")
    func run() throws { throw ValidationError("Render is not implemented yet") }
}
