import ArgumentParser

/// A problem that stops a command: one message naming the file and the problem, exit status 1.
public struct CLIError: Error, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

extension CLIError {
    /// The error as argument-parser reports it (message on stderr, non-zero exit).
    var asExit: ValidationError { ValidationError(message) }
}
