import Synchronization

/// One shared copy of each string a decode meets, so a value a graph file repeats thousands of times (a document
/// id on every mention, a rule name, an entity id on every statement) is held in memory once. `GraphJSON.decode`
/// puts one in the decoder's `userInfo`; types that decode such strings pass them through `Decoder.shared(_:)`.
public final class StringPool: Sendable {
    private let strings = Mutex<Set<String>>([])

    public init() {}

    /// The pool's copy of `value`, added when it is the first.
    public func shared(_ value: String) -> String {
        strings.withLock { set in
            if let existing = set.firstIndex(of: value) { return set[existing] }
            set.insert(value)
            return value
        }
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
