import Synchronization

/// One shared copy of each string a decode meets, so a value a graph file repeats thousands of times (a document
/// id on every mention, a rule name, an entity id on every statement) is held in memory once. `GraphJSON.decode`
/// puts one in the decoder's `userInfo`; types that decode such strings pass them through `Decoder.shared(_:)`.
///
/// Strings are pooled by their UTF-8 bytes, not by `String` equality: two canonically equivalent spellings
/// ("é" as one scalar or as "e" + accent) are equal `String`s but stay distinct values here.
public final class StringPool: Sendable {
    private let strings = Mutex<Set<ExactString>>([])

    public init() {}

    /// The pool's copy of `value`, added when it is the first.
    public func shared(_ value: String) -> String {
        strings.withLock { set in set.insert(ExactString(value: value)).memberAfterInsert.value }
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

/// A string compared by its UTF-8 bytes: Swift's `==` holds canonically equivalent strings equal ("Ã" and
/// "A" + combining tilde), and a pooled string or a packed record must give back exactly the bytes it was given.
struct ExactString: Hashable, Sendable {
    let value: String
    static func == (a: ExactString, b: ExactString) -> Bool { a.value.utf8.elementsEqual(b.value.utf8) }
    func hash(into hasher: inout Hasher) {
        var s = value
        s.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
