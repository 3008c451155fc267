import Foundation

/// A compact binary form of `DocumentResult`, the per-article record a store keeps and decodes on every
/// `add` (the merge reads every stored analysis). Decoding it is several times faster than JSON: no keys,
/// no parse tree, and every string written once per record (a document id repeated in each mention, quote
/// and action is one table entry, and decodes to one shared `String`).
///
/// Layout: the magic `NGR` and a version byte, the string table (count, then each string as length and
/// UTF-8 bytes), then the fields of the result in declaration order. Integers are LEB128 varints (signed ones
/// zigzagged), a string is its table index, an optional string is 0 for nil or index + 1, other optionals
/// a 0/1 byte before the value, a Double its 8 little-endian bytes.
///
/// Every stored property of every type in a result is written; `PackedDocumentResultTests` counts the
/// properties, so a field added to the model without being added here fails a test instead of being lost.
public enum PackedDocumentResult {
    public static let version: UInt8 = 1
    static let magic: [UInt8] = [0x4E, 0x47, 0x52]  // "NGR"

    /// A record that is not a packed result of a version this reader knows, or is cut short.
    public struct Malformed: Error, CustomStringConvertible, Sendable {
        public var description: String
        init(_ description: String) { self.description = "packed document result: \(description)" }
    }

    /// True when `bytes` start like a packed record (a JSON record starts with `{`).
    public static func isPacked(_ bytes: Data) -> Bool {
        bytes.count >= 4 && bytes.prefix(3).elementsEqual(magic)
    }

    public static func pack(_ r: DocumentResult) -> Data {
        var w = PackWriter()
        w.document(r.document)
        w.count(r.entities.count)
        for e in r.entities { w.entity(e) }
        w.count(r.quotes.count)
        for q in r.quotes { w.quote(q) }
        w.count(r.actions.count)
        for a in r.actions { w.action(a) }
        w.count(r.roles.count)
        for x in r.roles { w.role(x) }
        return PackedRecord.finish(w, magic)
    }

    public static func unpack(_ data: Data) throws -> DocumentResult {
        try PackedRecord.read(data, magic) { r in
            var result = DocumentResult(document: try r.document())
            result.entities = try r.array { try $0.entity() }
            result.quotes = try r.array { try $0.quote() }
            result.actions = try r.array { try $0.action() }
            result.roles = try r.array { try $0.role() }
            return result
        }
    }
}

struct PackWriter {
    var body: [UInt8] = []
    /// Strings written in place (length + 1, then bytes; 0 for nil) instead of as table indices: for one
    /// merged row, where interning costs more than it saves.
    var inline = false
    var table: [ExactString: Int] = [:]
    var strings: [String] = []

    static func varint(_ v: UInt64, into out: inout [UInt8]) {
        var v = v
        while v >= 0x80 { out.append(UInt8(v & 0x7F) | 0x80); v >>= 7 }
        out.append(UInt8(v))
    }

    mutating func uint(_ v: UInt64) { Self.varint(v, into: &body) }
    mutating func count(_ n: Int) { uint(UInt64(n)) }
    mutating func int(_ v: Int) { uint(UInt64(bitPattern: Int64((v << 1) ^ (v >> (Int.bitWidth - 1))))) }
    mutating func bool(_ b: Bool) { body.append(b ? 1 : 0) }

    mutating func index(_ s: String) -> Int {
        let key = ExactString(value: s)
        if let i = table[key] { return i }
        let i = strings.count
        table[key] = i
        strings.append(s)
        return i
    }

    mutating func string(_ s: String) {
        if inline { count(s.utf8.count); body.append(contentsOf: s.utf8) } else { count(index(s)) }
    }

    mutating func string(_ s: String?) {
        guard let s else { uint(0); return }
        if inline { count(s.utf8.count + 1); body.append(contentsOf: s.utf8) } else { count(index(s) + 1) }
    }
    mutating func strings(_ a: [String]) { count(a.count); for s in a { string(s) } }
    mutating func int(_ v: Int?) { if let v { bool(true); int(v) } else { bool(false) } }
    mutating func double(_ d: Double?) {
        guard let d else { bool(false); return }
        bool(true)
        var bits = d.bitPattern.littleEndian
        withUnsafeBytes(of: &bits) { body.append(contentsOf: $0) }
    }

    mutating func document(_ d: DocumentInfo) {
        string(d.id); string(d.title); string(d.path); int(d.length); int(d.words); string(d.date); string(d.source)
        string(d.url)
        if let extra = d.extra {
            bool(true)
            count(extra.count)
            for key in extra.keys.sorted() { string(key); string(extra[key]!) }
        } else {
            bool(false)
        }
    }

    mutating func mention(_ m: Mention) {
        string(m.document); int(m.start); int(m.end); string(m.text); string(m.rule); string(m.lexicon); string(m.merge)
    }

    mutating func entity(_ e: LocalEntityRecord) {
        string(e.name); string(e.type.rawValue); strings(e.aliases); string(e.gender.rawValue); string(e.key)
        count(e.mentions.count)
        for m in e.mentions { mention(m) }
        int(e.gazetteerMentions)
        if let c = e.candidates { bool(true); strings(c) } else { bool(false) }
        if let l = e.looseMentions { bool(true); count(l.count); for i in l { int(i) } } else { bool(false) }
    }

    mutating func quote(_ q: Quote) {
        string(q.speaker); string(q.speakerText); string(q.text); strings(q.about); bool(q.direct); string(q.cue)
        string(q.document); int(q.start); int(q.end); string(q.evidence); int(q.evidenceStart); int(q.evidenceEnd)
        count(q.stances.count)
        for s in q.stances { string(s.about); string(s.stance.rawValue) }
        string(q.rule)
    }

    mutating func action(_ a: Action) {
        string(a.actor); string(a.verb); string(a.target); string(a.category); int(a.quadClass); double(a.goldstein)
        bool(a.negated); bool(a.hypothetical); string(a.document); int(a.start); int(a.end); string(a.evidence)
        int(a.evidenceStart); int(a.evidenceEnd); string(a.rule); bool(a.derived)
    }

    mutating func role(_ r: Role) {
        string(r.person); string(r.title); string(r.of); string(r.document); int(r.start); int(r.end)
        string(r.evidence); int(r.evidenceStart); int(r.evidenceEnd); string(r.rule)
    }
}

struct PackReader {
    let bytes: UnsafeRawBufferPointer
    var at: Int
    var strings: [String] = []
    /// Strings in place (see `PackWriter.inline`).
    var inline = false

    init(bytes: UnsafeRawBufferPointer, at: Int) {
        self.bytes = bytes
        self.at = at
    }

    typealias Malformed = PackedDocumentResult.Malformed

    mutating func byte() throws -> UInt8 {
        guard at < bytes.count else { throw Malformed("cut short") }
        defer { at += 1 }
        return bytes[at]
    }

    mutating func uint() throws -> UInt64 {
        var v: UInt64 = 0, shift: UInt64 = 0
        while true {
            let b = try byte()
            guard shift < 64 else { throw Malformed("integer too long") }
            v |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return v }
            shift += 7
        }
    }

    /// A count of things each at least one byte long: never more than the bytes left.
    mutating func count() throws -> Int {
        let n = try uint()
        guard n <= UInt64(bytes.count - at) else { throw Malformed("count \(n) beyond the record") }
        return Int(n)
    }

    mutating func int() throws -> Int {
        let u = try uint()
        return Int(Int64(bitPattern: (u >> 1) ^ (0 &- (u & 1))))
    }

    mutating func bool() throws -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        case let b: throw Malformed("flag \(b)")
        }
    }

    mutating func rawString() throws -> String {
        let n = try count()
        defer { at += n }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[at..<at + n]), as: UTF8.self)
    }

    mutating func string() throws -> String {
        if inline { return try rawString() }
        let i = try uint()
        guard i < UInt64(strings.count) else { throw Malformed("string \(i) not in the table") }
        return strings[Int(i)]
    }

    mutating func optionalString() throws -> String? {
        let i = try uint()
        if i == 0 { return nil }
        if inline {
            let n = Int(i - 1)
            guard n <= bytes.count - at else { throw Malformed("string beyond the record") }
            defer { at += n }
            return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[at..<at + n]), as: UTF8.self)
        }
        guard i <= UInt64(strings.count) else { throw Malformed("string \(i - 1) not in the table") }
        return strings[Int(i - 1)]
    }

    mutating func stringArray() throws -> [String] { try array { try $0.string() } }
    mutating func optionalInt() throws -> Int? { try bool() ? try int() : nil }

    mutating func optionalDouble() throws -> Double? {
        guard try bool() else { return nil }
        guard bytes.count - at >= 8 else { throw Malformed("cut short") }
        var bits: UInt64 = 0
        for i in 0..<8 { bits |= UInt64(bytes[at + i]) << (8 * UInt64(i)) }
        at += 8
        return Double(bitPattern: bits)
    }

    mutating func array<T>(_ element: (inout PackReader) throws -> T) throws -> [T] {
        let n = try count()
        var out: [T] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try element(&self)) }
        return out
    }

    mutating func raw<T: RawRepresentable>(_ type: T.Type) throws -> T where T.RawValue == String {
        let s = try string()
        guard let v = T(rawValue: s) else { throw Malformed("unknown \(T.self) '\(s)'") }
        return v
    }

    mutating func document() throws -> DocumentInfo {
        var d = DocumentInfo(id: try string())
        d.title = try optionalString(); d.path = try optionalString(); d.length = try optionalInt()
        d.words = try optionalInt(); d.date = try optionalString(); d.source = try optionalString()
        d.url = try optionalString()
        if try bool() {
            var extra: [String: String] = [:]
            for _ in 0..<(try count()) { extra[try string()] = try string() }
            d.extra = extra
        }
        return d
    }

    mutating func mention() throws -> Mention {
        Mention(document: try string(), start: try int(), end: try int(), text: try optionalString(),
                rule: try optionalString(), lexicon: try optionalString(), merge: try optionalString())
    }

    mutating func entity() throws -> LocalEntityRecord {
        let name = try string(), type = try raw(EntityType.self), aliases = try stringArray()
        let gender = try raw(Gender.self), key = try string()
        let mentions = try array { try $0.mention() }
        var e = LocalEntityRecord(name: name, type: type, aliases: aliases, gender: gender, key: key,
                                  mentions: mentions, gazetteerMentions: try int())
        if try bool() { e.candidates = try stringArray() }
        if try bool() { e.looseMentions = try array { try $0.int() } }
        return e
    }

    mutating func quote() throws -> Quote {
        let speaker = try optionalString(), speakerText = try optionalString(), text = try string()
        let about = try stringArray(), direct = try bool(), cue = try optionalString(), document = try string()
        let start = try int(), end = try int(), evidence = try optionalString()
        var q = Quote(speaker: speaker, speakerText: speakerText, text: text, about: about, direct: direct, cue: cue,
                      document: document, start: start, end: end, evidence: evidence)
        q.evidenceStart = try optionalInt()
        q.evidenceEnd = try optionalInt()
        q.stances = try array { StanceMark(about: try $0.string(), stance: try $0.raw(Stance.self)) }
        q.rule = try optionalString()
        return q
    }

    mutating func action() throws -> Action {
        let actor = try string(), verb = try string(), target = try optionalString(), category = try optionalString()
        let quadClass = try optionalInt(), goldstein = try optionalDouble(), negated = try bool()
        let hypothetical = try bool(), document = try string(), start = try int(), end = try int()
        var a = Action(actor: actor, verb: verb, target: target, category: category, quadClass: quadClass,
                       goldstein: goldstein, negated: negated, hypothetical: hypothetical, document: document,
                       start: start, end: end, evidence: try optionalString())
        a.evidenceStart = try optionalInt()
        a.evidenceEnd = try optionalInt()
        a.rule = try optionalString()
        a.derived = try bool()
        return a
    }

    mutating func role() throws -> Role {
        let person = try string(), title = try string(), of = try optionalString(), document = try string()
        var r = Role(person: person, title: title, of: of, document: document, start: try optionalInt(),
                     end: try optionalInt(), evidence: try optionalString())
        r.evidenceStart = try optionalInt()
        r.evidenceEnd = try optionalInt()
        r.rule = try optionalString()
        return r
    }
}

/// The packed form of one merged-graph row (an entity, a document, a quote, an action or a role), for the
/// SQLite store's tables: the same layout as `PackedDocumentResult` (magic, version, string table, fields),
/// a magic of its own per type (`NGE`, `NGD`, `NGQ`, `NGA`, `NGO`), and strings written in place (the
/// string table is empty).
public enum PackedRecord {
    static let entityMagic: [UInt8] = [0x4E, 0x47, 0x45]
    static let documentMagic: [UInt8] = [0x4E, 0x47, 0x44]
    static let quoteMagic: [UInt8] = [0x4E, 0x47, 0x51]
    static let actionMagic: [UInt8] = [0x4E, 0x47, 0x41]
    static let roleMagic: [UInt8] = [0x4E, 0x47, 0x4F]
    static let magics = [entityMagic, documentMagic, quoteMagic, actionMagic, roleMagic]

    public static func pack(_ e: Entity) -> Data {
        var w = PackWriter()
        w.inline = true
        w.string(e.id); w.string(e.name); w.string(e.type.rawValue); w.strings(e.aliases)
        w.count(e.mentions.count)
        for m in e.mentions { w.mention(m) }
        return finish(w, entityMagic)
    }

    public static func pack(_ d: DocumentInfo) -> Data {
        var w = PackWriter()
        w.inline = true
        w.document(d)
        return finish(w, documentMagic)
    }

    public static func pack(_ r: Role) -> Data {
        var w = PackWriter()
        w.inline = true
        w.role(r)
        return finish(w, roleMagic)
    }

    public static func entity(_ data: Data) throws -> Entity {
        try read(data, entityMagic) { r in
            Entity(id: try r.string(), name: try r.string(), type: try r.raw(EntityType.self), aliases: try r.stringArray(),
                   mentions: try r.array { try $0.mention() })
        }
    }

    public static func document(_ data: Data) throws -> DocumentInfo { try read(data, documentMagic) { try $0.document() } }
    public static func role(_ data: Data) throws -> Role { try read(data, roleMagic) { try $0.role() } }

    public static func pack(_ q: Quote) -> Data {
        var w = PackWriter()
        w.inline = true
        w.quote(q)
        return finish(w, quoteMagic)
    }

    public static func pack(_ a: Action) -> Data {
        var w = PackWriter()
        w.inline = true
        w.action(a)
        return finish(w, actionMagic)
    }

    /// True when `data` starts with the magic of a packed record (a JSON record starts with `{`).
    public static func isPacked(_ data: Data) -> Bool {
        data.count >= 4 && magics.contains { data.prefix(3).elementsEqual($0) }
    }

    public static func quote(_ data: Data) throws -> Quote { try read(data, quoteMagic) { try $0.quote() } }
    public static func action(_ data: Data) throws -> Action { try read(data, actionMagic) { try $0.action() } }

    static func finish(_ w: PackWriter, _ magic: [UInt8]) -> Data {
        var out: [UInt8] = magic + [PackedDocumentResult.version]
        out.reserveCapacity(w.body.count + w.strings.count * 16 + 8)
        PackWriter.varint(UInt64(w.strings.count), into: &out)
        for s in w.strings {
            PackWriter.varint(UInt64(s.utf8.count), into: &out)
            out.append(contentsOf: s.utf8)
        }
        out.append(contentsOf: w.body)
        return Data(out)
    }

    static func read<T>(_ data: Data, _ magic: [UInt8], _ body: (inout PackReader) throws -> T) throws -> T {
        try data.withUnsafeBytes { raw in
            guard raw.count >= 4, raw[0] == magic[0], raw[1] == magic[1], raw[2] == magic[2] else {
                throw PackedDocumentResult.Malformed("not a packed \(T.self)")
            }
            guard raw[3] == PackedDocumentResult.version else {
                throw PackedDocumentResult.Malformed("version \(raw[3]) is newer than this newsgraph reads")
            }
            var r = PackReader(bytes: raw, at: 4)
            r.inline = magic != PackedDocumentResult.magic
            let n = try r.count()
            var strings: [String] = []
            strings.reserveCapacity(n)
            for _ in 0..<n { strings.append(try r.rawString()) }
            r.strings = strings
            let value = try body(&r)
            guard r.at == raw.count else { throw PackedDocumentResult.Malformed("\(raw.count - r.at) bytes after the record") }
            return value
        }
    }
}
