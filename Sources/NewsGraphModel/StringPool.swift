import Synchronization

/// One shared copy of each string a decode meets, so a value a graph file repeats thousands of times (a document
/// id on every mention, a rule name, an entity id on every statement) is held in memory once. `GraphJSON.decode`
/// puts one in the decoder's `userInfo`; types that decode such strings pass them through `Decoder.shared(_:)`.
///
/// Strings are pooled by their UTF-8 bytes, not by `String` equality: two canonically equivalent spellings
/// ("é" as one scalar or as "e" + accent) are equal `String`s but stay distinct values here.
public final class StringPool: Sendable {
    private let strings = Mutex<Set<Bytes>>([])

    /// A string that is equal to another only when their UTF-8 bytes are.
    private struct Bytes: Hashable, Sendable {
        let value: String
        static func == (a: Bytes, b: Bytes) -> Bool { a.value.utf8.elementsEqual(b.value.utf8) }
        func hash(into hasher: inout Hasher) {
            var copy = value
            copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }

    public init() {}

    /// The pool's copy of `value`, added when it is the first.
    public func shared(_ value: String) -> String {
        strings.withLock { set in set.insert(Bytes(value: value)).memberAfterInsert.value }
    }

    static let key = CodingUserInfoKey(rawValue: "newsgraph.stringPool")!
}

extension Decoder {
    /// `value` from the decode's string pool, or `value` itself when the decode has none.
    func shared(_ value: String) -> String {
        (userInfo[StringPool.key] as? StringPool)?.shared(value) ?? value
    }

    func shared(_ value: String?) -> String? {
        value.map { shared($0) }
    }
}
