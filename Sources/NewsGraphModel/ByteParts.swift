import Foundation

/// An output's bytes as consecutive pieces, so a large file (a corpus's graph.json) is written piece by piece
/// and never joined into one more copy in memory.
public struct ByteParts: Sendable {
    enum Piece: Sendable {
        case data(Data)
        case bytes(ArraySlice<UInt8>)
    }

    private(set) var pieces: [Piece] = []

    public init() {}

    public init(_ data: Data) { pieces = [.data(data)] }

    public mutating func append(_ data: Data) { pieces.append(.data(data)) }

    public mutating func append(_ bytes: ArraySlice<UInt8>) { pieces.append(.bytes(bytes)) }

    public var count: Int {
        pieces.reduce(0) { total, piece in
            switch piece {
            case .data(let d): total + d.count
            case .bytes(let b): total + b.count
            }
        }
    }

    /// Calls `body` with each piece's bytes in order; stops at the first piece it returns false for.
    public func forEachBuffer(_ body: (UnsafeRawBufferPointer) -> Bool) {
        for piece in pieces {
            let go = switch piece {
            case .data(let d): d.withUnsafeBytes { body($0) }
            case .bytes(let b): b.withUnsafeBytes { body($0) }
            }
            if !go { return }
        }
    }

    /// All the pieces as one `Data`.
    public func joined() -> Data {
        var out = Data(capacity: count)
        forEachBuffer { out.append(contentsOf: $0); return true }
        return out
    }
}
