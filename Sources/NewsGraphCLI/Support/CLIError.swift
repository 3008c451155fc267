/// A problem that stops a command: one message naming the file and the problem. Argument-parser prints it
/// as "Error: <message>" and exits with status 1, without the usage text a `ValidationError` (a mistake
/// in the arguments themselves) adds.
public struct CLIError: Error, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
