import ArgumentParser

struct Entities: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "(not yet available)")
    func run() throws { throw ValidationError("Entities is not implemented yet") }
}
