import ArgumentParser

/// A problem that stops a command: one message naming the file and the problem, exit status 1.
public struct CLIError: Error, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

extension CLIError {
    /// The error as argument-parser reports it: "Error: <message>" on stderr and exit status 1, without the
    /// usage text that a `ValidationError` (a mistake in the arguments themselves) would add.
    var asExit: CLIError { self }
}
