import Foundation

/// A direct JSON writer for `Encodable` values that gives the same bytes as Foundation's `JSONEncoder` with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` (keys in UTF-8 byte order, two-space indents,
/// `"key" : value`, empty containers as `[\n\n]`/`{\n\n}`), without first building a tree of boxed values:
/// each value is written straight into the output, and only an object's fields wait in a reused scratch
/// buffer until the object is complete and its keys can be put in order.
///
/// Nested containers (`nestedContainer`, `nestedUnkeyedContainer`, `superEncoder`) and non-finite numbers
/// are not supported: `encode` throws `Unsupported`, and the caller falls back to `JSONEncoder`.
public enum CanonicalJSONEncoder {
    public struct Unsupported: Error {}

    /// The bytes of `value` written as a JSON value nested `level` containers deep (its inner lines indented
    /// accordingly, its first line not).
    public static func encode<T: Encodable>(_ value: T, level: Int = 0) throws -> [UInt8] {
        try encode(value, level: level, pretty: true, capacity: 1 << 20)
    }

    /// The bytes of `value` as compact JSON with sorted keys (no spaces or line breaks; slashes unescaped):
    /// what `JSONEncoder` with `.sortedKeys` decodes to the same value. For the store's records.
    public static func compact<T: Encodable>(_ value: T) throws -> [UInt8] {
        try encode(value, level: 0, pretty: false, capacity: 512)
    }

    static func encode<T: Encodable>(_ value: T, level: Int, pretty: Bool, capacity: Int) throws -> [UInt8] {
        let state = EncoderState()
        state.pretty = pretty
        let out = ByteBuffer()
        out.pretty = pretty
        out.bytes.reserveCapacity(capacity)
        try state.encodeValue(value, into: out, level: level)
        if state.failed { throw Unsupported() }
        return out.bytes
    }

    /// The fields of `value`, whose JSON is an object, each as its own bytes (a value at level 1), in key order:
    /// `{\n` + for each field `  "key" : ` + bytes, joined by `,\n` + `\n}` gives `encode(value)`. A large value's
    /// fields are thereby never copied into one buffer. Nil when `value` is not written as a non-empty object.
    public static func encodeFields<T: Encodable>(_ value: T) throws -> [(key: String, bytes: [UInt8])]? {
        let state = EncoderState()
        state.collectTopFields = true
        try state.encodeValue(value, into: ByteBuffer(), level: 0)
        if state.failed { throw Unsupported() }
        guard let fields = state.topFields, !fields.isEmpty else { return nil }
        return fields
    }
}

final class ByteBuffer {
    var bytes: [UInt8] = []
    /// Line breaks and indents (off: compact JSON).
    var pretty = true

    @inline(__always) func newline() { if pretty { bytes.append(0x0A) } }

    @inline(__always) func colon() { if pretty { append(" : ") } else { bytes.append(0x3A) } }

    @inline(__always) func append(_ s: StaticString) {
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    func indent(_ level: Int) {
        guard pretty else { return }
        for _ in 0..<level { bytes.append(0x20); bytes.append(0x20) }
    }

    func string(_ s: String) {
        bytes.append(0x22)
        var s = s
        s.withUTF8 { u in
            var mark = 0
            for i in 0..<u.count {
                let c = u[i]
                guard c < 0x20 || c == 0x22 || c == 0x5C else { continue }
                if i > mark { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: u[mark..<i])) }
                mark = i + 1
                bytes.append(0x5C)
                switch c {
                case 0x22: bytes.append(0x22)
                case 0x5C: bytes.append(0x5C)
                case 0x08: bytes.append(UInt8(ascii: "b"))
                case 0x0C: bytes.append(UInt8(ascii: "f"))
                case 0x0A: bytes.append(UInt8(ascii: "n"))
                case 0x0D: bytes.append(UInt8(ascii: "r"))
                case 0x09: bytes.append(UInt8(ascii: "t"))
                default:
                    let hex: [UInt8] = Array("0123456789abcdef".utf8)
                    bytes.append(contentsOf: [UInt8(ascii: "u"), 0x30, 0x30, hex[Int(c >> 4)], hex[Int(c & 15)]])
                }
            }
            if u.count > mark { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: u[mark...])) }
        }
        bytes.append(0x22)
    }

    func integer<I: BinaryInteger>(_ v: I) {
        bytes.append(contentsOf: String(v).utf8)
    }

    func double(_ v: Double) throws {
        guard v.isFinite else { throw CanonicalJSONEncoder.Unsupported() }
        var s = v.description
        if s.hasSuffix(".0") { s.removeLast(2) }
        bytes.append(contentsOf: s.utf8)
    }
}

/// The shared state of one encoding: a pool of scratch buffers for objects' fields.
final class EncoderState {
    private var free: [ByteBuffer] = []
    /// Set when a value asked for something this writer does not do (the output is then not used).
    var failed = false
    /// When set, the first object writer (the top-level object's) keeps its fields apart in `topFields`.
    var collectTopFields = false
    var topFields: [(key: String, bytes: [UInt8])]?
    /// Whether buffers write line breaks and indents.
    var pretty = true

    func take() -> ByteBuffer {
        if let b = free.popLast() { b.bytes.removeAll(keepingCapacity: true); return b }
        let b = ByteBuffer()
        b.pretty = pretty
        b.bytes.reserveCapacity(1024)
        return b
    }

    func give(_ b: ByteBuffer) { free.append(b) }

    /// Writes `value` (a JSON value at indent `level`) at the end of `out`.
    func encodeValue<T: Encodable>(_ value: T, into out: ByteBuffer, level: Int) throws {
        if let s = value as? String { out.string(s); return }
        if let i = value as? Int { out.integer(i); return }
        if let b = value as? Bool { out.append(b ? "true" : "false"); return }
        if let d = value as? Double { try out.double(d); return }
        // Foundation gives these types encodings of their own.
        if value is Date || value is Data || value is URL || value is Decimal || value is Float { throw CanonicalJSONEncoder.Unsupported() }
        let encoder = ValueEncoder(state: self, out: out, level: level)
        try value.encode(to: encoder)
        try encoder.finish()
    }
}

/// What an `Encoder` produced: nothing yet, a single value, an array being written, or an object.
private enum Produced {
    case nothing
    case single
    case array(ArrayWriter)
    case object(ObjectWriter)
}

final class ValueEncoder: Encoder, SingleValueEncodingContainer {
    let state: EncoderState
    let out: ByteBuffer
    let level: Int
    private var produced = Produced.nothing

    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(state: EncoderState, out: ByteBuffer, level: Int) {
        self.state = state
        self.out = out
        self.level = level
    }

    func finish() throws {
        switch produced {
        case .nothing:
            out.append("{"); out.newline(); out.newline(); out.indent(level); out.append("}")
        case .single:
            break
        case .array(let a):
            a.finish()
        case .object(let o):
            o.finish()
        }
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let writer: ObjectWriter
        switch produced {
        case .object(let o): writer = o
        case .nothing:
            writer = ObjectWriter(state: state, out: out, level: level)
            produced = .object(writer)
        default:
            writer = ObjectWriter(state: state, out: out, level: level)
            writer.state.failed = true
        }
        return KeyedEncodingContainer(ObjectContainer<Key>(writer: writer))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        switch produced {
        case .array(let a): return a
        case .nothing:
            let a = ArrayWriter(state: state, out: out, level: level)
            produced = .array(a)
            return a
        default:
            let a = ArrayWriter(state: state, out: ByteBuffer(), level: level)
            a.state.failed = true
            produced = .array(a)
            return a
        }
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { self }

    // MARK: single value

    private func single() throws {
        guard case .nothing = produced else { throw CanonicalJSONEncoder.Unsupported() }
        produced = .single
    }

    func encodeNil() throws { try single(); out.append("null") }
    func encode(_ value: Bool) throws { try single(); out.append(value ? "true" : "false") }
    func encode(_ value: String) throws { try single(); out.string(value) }
    func encode(_ value: Double) throws { try single(); try out.double(value) }
    func encode(_ value: Float) throws { throw CanonicalJSONEncoder.Unsupported() }
    func encode(_ value: Int) throws { try single(); out.integer(value) }
    func encode(_ value: Int8) throws { try single(); out.integer(value) }
    func encode(_ value: Int16) throws { try single(); out.integer(value) }
    func encode(_ value: Int32) throws { try single(); out.integer(value) }
    func encode(_ value: Int64) throws { try single(); out.integer(value) }
    func encode(_ value: UInt) throws { try single(); out.integer(value) }
    func encode(_ value: UInt8) throws { try single(); out.integer(value) }
    func encode(_ value: UInt16) throws { try single(); out.integer(value) }
    func encode(_ value: UInt32) throws { try single(); out.integer(value) }
    func encode(_ value: UInt64) throws { try single(); out.integer(value) }
    func encode<T: Encodable>(_ value: T) throws {
        try single()
        try state.encodeValue(value, into: out, level: level)
    }
}

/// An array: elements go straight to the output, in order.
final class ArrayWriter: UnkeyedEncodingContainer {
    let state: EncoderState
    let out: ByteBuffer
    let level: Int
    var count = 0

    var codingPath: [any CodingKey] { [] }

    init(state: EncoderState, out: ByteBuffer, level: Int) {
        self.state = state
        self.out = out
        self.level = level
        out.append("["); out.newline()
    }

    func finish() {
        out.newline(); out.indent(level); out.append("]")
    }

    private func next() throws {
        if state.failed { throw CanonicalJSONEncoder.Unsupported() }
        if count > 0 { out.append(","); out.newline() }
        count += 1
        out.indent(level + 1)
    }

    func encodeNil() throws { try next(); out.append("null") }
    func encode(_ value: Bool) throws { try next(); out.append(value ? "true" : "false") }
    func encode(_ value: String) throws { try next(); out.string(value) }
    func encode(_ value: Double) throws { try next(); try out.double(value) }
    func encode(_ value: Float) throws { throw CanonicalJSONEncoder.Unsupported() }
    func encode(_ value: Int) throws { try next(); out.integer(value) }
    func encode(_ value: Int8) throws { try next(); out.integer(value) }
    func encode(_ value: Int16) throws { try next(); out.integer(value) }
    func encode(_ value: Int32) throws { try next(); out.integer(value) }
    func encode(_ value: Int64) throws { try next(); out.integer(value) }
    func encode(_ value: UInt) throws { try next(); out.integer(value) }
    func encode(_ value: UInt8) throws { try next(); out.integer(value) }
    func encode(_ value: UInt16) throws { try next(); out.integer(value) }
    func encode(_ value: UInt32) throws { try next(); out.integer(value) }
    func encode(_ value: UInt64) throws { try next(); out.integer(value) }
    func encode<T: Encodable>(_ value: T) throws {
        try next()
        try state.encodeValue(value, into: out, level: level + 1)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        state.failed = true
        let w = ObjectWriter(state: state, out: ByteBuffer(), level: level)
        w.state.failed = true
        return KeyedEncodingContainer(ObjectContainer<NestedKey>(writer: w))
    }

    func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        state.failed = true
        let a = ArrayWriter(state: state, out: ByteBuffer(), level: level)
        a.state.failed = true
        return a
    }

    func superEncoder() -> any Encoder {
        state.failed = true
        return ValueEncoder(state: state, out: ByteBuffer(), level: level)
    }
}

/// An object: each field's value is written to a scratch buffer; `finish` writes the fields in key order.
final class ObjectWriter {
    let state: EncoderState
    let out: ByteBuffer
    let level: Int
    let scratch: ByteBuffer
    var fields: [(key: String, start: Int, end: Int)] = []
    /// The top-level object's fields when `EncoderState.collectTopFields` asked for them apart.
    private var apart: [(key: String, bytes: [UInt8])]?

    init(state: EncoderState, out: ByteBuffer, level: Int) {
        self.state = state
        self.out = out
        self.level = level
        scratch = state.take()
        if state.collectTopFields {
            state.collectTopFields = false
            apart = []
        }
    }

    func field(_ key: String, _ write: (ByteBuffer) throws -> Void) throws {
        if state.failed { throw CanonicalJSONEncoder.Unsupported() }
        if apart != nil {
            let own = ByteBuffer()
            own.pretty = state.pretty
            own.bytes.reserveCapacity(1 << 16)
            try write(own)
            apart?.append((key, own.bytes))
            return
        }
        let start = scratch.bytes.count
        try write(scratch)
        fields.append((key, start, scratch.bytes.count))
    }

    func finish() {
        defer { state.give(scratch) }
        if let apart {
            let keys = apart.map { (key: $0.key, start: 0, end: 0) }
            state.topFields = Self.keyOrder(keys).map { apart[$0] }
            return
        }
        out.append("{"); out.newline()
        if fields.isEmpty {
            out.newline(); out.indent(level); out.append("}")
            return
        }
        var first = true
        for i in Self.keyOrder(fields) {
            if !first { out.append(","); out.newline() }
            first = false
            out.indent(level + 1)
            out.string(fields[i].key)
            out.colon()
            scratch.bytes.withUnsafeBufferPointer { out.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[fields[i].start..<fields[i].end])) }
        }
        out.newline(); out.indent(level); out.append("}")
    }

    /// The indices of `fields` in key order, each key once: of two fields with one key the later one wins (as in
    /// a dictionary), so the sort is stable.
    static func keyOrder(_ fields: [(key: String, start: Int, end: Int)]) -> [Int] {
        var order = Array(fields.indices)
        if !zip(fields, fields.dropFirst()).allSatisfy({ less($0.key, $1.key) }) {
            order.sort { a, b in less(fields[a].key, fields[b].key) || (fields[a].key == fields[b].key && a < b) }
        }
        return order.indices.compactMap { n in
            n + 1 < order.count && fields[order[n + 1]].key == fields[order[n]].key ? nil : order[n]
        }
    }

    /// Byte order of the UTF-8 forms (Foundation's order for sorted keys).
    static func less(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        return a.withUTF8 { ua in
            b.withUTF8 { ub in
                let n = min(ua.count, ub.count)
                for i in 0..<n where ua[i] != ub[i] { return ua[i] < ub[i] }
                return ua.count < ub.count
            }
        }
    }
}

struct ObjectContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let writer: ObjectWriter
    var codingPath: [any CodingKey] { [] }

    private var level: Int { writer.level + 1 }

    mutating func encodeNil(forKey key: Key) throws { try writer.field(key.stringValue) { $0.append("null") } }
    mutating func encode(_ value: Bool, forKey key: Key) throws {
        try writer.field(key.stringValue) { $0.append(value ? "true" : "false") }
    }
    mutating func encode(_ value: String, forKey key: Key) throws { try writer.field(key.stringValue) { $0.string(value) } }
    mutating func encode(_ value: Double, forKey key: Key) throws { try writer.field(key.stringValue) { try $0.double(value) } }
    mutating func encode(_ value: Float, forKey key: Key) throws { throw CanonicalJSONEncoder.Unsupported() }
    mutating func encode(_ value: Int, forKey key: Key) throws { try writer.field(key.stringValue) { $0.integer(value) } }
    mutating func encode(_ value: Int8, forKey key: Key) throws { try writer.field(key.stringValue) { $0.integer(value) } }
    mutating func encode(_ value: Int16, forKey key: Key) throws { try writer.field(key.stringValue) { $0.integer(value) } }
    mutating func encode(_ value: Int32, forKey key: Key) throws { try writer.field(key.stringValue) { $0.integer(value) } }
    mutating func encode(_ value: Int64, forKey key: Key) throws { try writer.field(key.stringValue) { $0.integer(value) } }
    mutating func encode(_ value: UInt, forKey key: Key) throws { try writer.field(key.stringValue) { $0.integer(value) } }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { try writer.field(key.stringValue) { $0.integer(value) } }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { try writer.field(key.stringValue) { $0.integer(value) } }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { try writer.field(key.stringValue) { $0.integer(value) } }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { try writer.field(key.stringValue) { $0.integer(value) } }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        let level = self.level
        try writer.field(key.stringValue) { try writer.state.encodeValue(value, into: $0, level: level) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        writer.state.failed = true
        let w = ObjectWriter(state: writer.state, out: ByteBuffer(), level: level)
        w.state.failed = true
        return KeyedEncodingContainer(ObjectContainer<NestedKey>(writer: w))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        writer.state.failed = true
        let a = ArrayWriter(state: writer.state, out: ByteBuffer(), level: level)
        a.state.failed = true
        return a
    }

    mutating func superEncoder() -> any Encoder {
        writer.state.failed = true
        return ValueEncoder(state: writer.state, out: ByteBuffer(), level: level)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        writer.state.failed = true
        return ValueEncoder(state: writer.state, out: ByteBuffer(), level: level)
    }
}
