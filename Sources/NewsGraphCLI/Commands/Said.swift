import ArgumentParser

struct Said: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "(not yet available)")
    func run() throws { throw ValidationError("Said is not implemented yet") }
}
