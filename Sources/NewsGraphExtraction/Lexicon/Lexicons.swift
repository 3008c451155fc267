import Foundation
import NewsGraphModel

/// All lexicons, parsed once into lookup tables. The shipped data lives in `Resources/lexicons`;
/// users add rows with their own files (`--lexicon FILE`) whose header names the lexicon they extend.
public final class Lexicons: Sendable {
    /// A named thing the gazetteer knows: a country (by name, alias, demonym), a city, a region, a place
    /// or an organization.
    public struct Place: Sendable, Hashable {
        /// `member`: a word for a party's members or its adjective ("Democrats", "Democratic", "Tory").
        public enum Kind: String, Sendable { case country, countryAlias, demonym, capital, city, region, place, organization, member }
        public var canonical: String
        public var type: EntityType
        public var kind: Kind
        /// The country a city, region, demonym or national body belongs to.
        public var country: String?

        /// The lexicon row the entry comes from, as `file:name` (provenance for `entities --explain`).
        public var lexiconRow: String {
            switch kind {
            case .country, .countryAlias, .demonym: "countries:\(canonical)"
            case .capital, .city, .region: "countries:\(country ?? canonical)"
            case .place: "places:\(canonical)"
            case .organization, .member: "organizations:\(canonical)"
            }
        }
    }

    public struct Title: Sendable, Hashable {
        public var title: String
        public var titleClass: String
        public var gender: Gender
        public var makesPerson: Bool
        /// The title spelled out, for an abbreviation ("Sen." → "Senator"); nil when written in full.
        public var full: String? = nil
    }

    public struct FirstName: Sendable, Hashable {
        public var gender: Gender
        public var ambiguous: Bool
    }

    public struct OrgHead: Sendable, Hashable {
        public var type: EntityType
        /// "end", "start" or "any".
        public var position: String
    }

    public struct Cue: Sendable, Hashable {
        public var lemma: String
        /// speech | written | stance | report | noun | prep
        public var kind: String
        public var takesObject: Bool
        public var thatClause: Bool
        /// A noun naming a document, survey or statement that can stand as the source ("the poll shows").
        public var isSource: Bool = false
        /// A verb of saying, writing or reporting (kinds speech, written, report), whose "by" names a source
        /// ("cited by", "described by"); not a stance verb, noun or prepositional cue.
        public var isVerbOfSaying: Bool {
            switch kind {
            case "speech", "written", "report": true
            default: false
            }
        }
    }

    public struct CameoVerb: Sendable, Hashable {
        public var phrase: String
        /// verb | noun | phrasal
        public var pos: String
        public var code: String
        public var goldstein: Double?
        public var targetPreposition: String?
    }

    public let gazetteer: PhraseTable<Place>
    public let titles: PhraseTable<Title>
    /// Abbreviated titles spelled out, by lowercase abbreviation ("sen." → "Senator", "lt. gen." → "Lieutenant General").
    public let titleFullForms: [String: String]
    /// Lowercase honorifics that only mark a gender ("mr.", "mrs.", "ms.", "miss"): they give no role.
    public let courtesyTitles: Set<String>
    /// Lowercase relation nouns written before a name ("wife", "husband", "daughter"): a relative named in passing.
    public let relationTitles: Set<String>
    /// Lowercase honorifics ("Mr.", "Dr.", "Sir"): they name no office.
    public let honorificTitles: Set<String>
    /// Lowercased modifier → kind (temporal | rank | portfolio).
    public let titleModifiers: [String: String]
    /// First names as written ("Claudia", "Andrés").
    public let firstNames: [String: FirstName]
    public let commonWords: Set<String>
    /// Lowercased names of peoples, faiths and ethnic groups ("kurds", "muslims", "latin american"): not actors.
    public let groupWords: Set<String>
    /// Lowercased word → classes (pronoun-f, determiner, month …).
    public let functionWords: [String: Set<String>]
    /// Lowercased word → usage-list classes of function_words.tsv (copula, time-deictic, dash …): read through
    /// `isFunctionWord(_:_:)` like the other classes, but a word listed only there is no function word.
    public let usageLists: [String: Set<String>]
    /// The classes of function_words.tsv that are usage lists (see its header), not closed word classes.
    static let usageListClasses: Set<String> = [
        "copula", "plural-opener", "time-deictic", "adverbial-preposition", "time-preposition", "past-marker", "dash",
    ]
    /// Head words as written ("Department", "Cartel").
    public let orgHeads: [String: OrgHead]
    public let cues: PhraseTable<Cue>
    public let cameo: PhraseTable<CameoVerb>
    /// Lowercased abbreviations without the final period ("mr", "jan", "corp").
    public let abbreviations: Set<String>
    /// Abbreviations that precede a name ("mr", "sen", "gen") and never end a sentence.
    public let titleAbbreviations: Set<String>
    /// Country name → its short written form for compounds ("United States" → "U.S.", "Mexico" → "Mexican").
    public let countryShortForms: [String: String]
    /// Demonym → country ("Mexican" → "Mexico").
    public let demonyms: [String: String]
    /// Versions of the loaded lexicons, for the export's provenance.
    public let versions: [String: Int]
    /// Word valence and stance cues (valence.tsv; see ValenceLexicon.swift).
    public let valence: ValenceLexicon
    /// Sense-deciding words for events (event_senses.tsv; see EventSenseLexicon.swift).
    public let eventSenses: EventSenseLexicon

    /// Lexicon names this build understands, with the highest version it reads.
    public static let known: [String: Int] = [
        "abbreviations": 1, "countries": 1, "places": 1, "organizations": 1, "org_heads": 1, "titles": 1,
        "title_modifiers": 1, "first_names": 1, "common_words": 1, "function_words": 1, "group_words": 1,
        "reporting_cues": 1, "cameo_verbs": 1,
        "valence": 1, "event_senses": 1,
    ]

    /// The shipped lexicons, read once per process.
    public static let shipped: Lexicons = {
        do { return try Lexicons(tables: shippedTables()) } catch {
            fatalError("the lexicons shipped with newsgraph are damaged: \(error)")
        }
    }()

    /// The shipped lexicons extended by user files.
    public static func load(userFiles: [URL]) throws -> Lexicons {
        if userFiles.isEmpty {
            _ = try LexiconLocator.locate()  // a clear error, not a crash in `shipped`, when they cannot be found
            return shipped
        }
        var tables = try shippedTables()
        for url in userFiles {
            let table = try LexiconTable.load(url)
            guard let supported = known[table.name] else {
                throw LexiconTable.Problem.unknownLexicon(file: url.path, name: table.name, known: known.keys.sorted())
            }
            guard table.version <= supported else {
                throw LexiconTable.Problem.newerVersion(file: url.path, name: table.name, version: table.version, supported: supported)
            }
            tables[table.name, default: LexiconTable(name: table.name, version: table.version, rows: [])].rows += table.rows
        }
        return try Lexicons(tables: tables)
    }

    static func shippedTables() throws -> [String: LexiconTable] {
        var tables: [String: LexiconTable] = [:]
        let dir: URL
        switch try LexiconLocator.locate() {
        case .directory(let d): dir = d
        case .embedded(let files):
            for name in known.keys {
                for ext in ["tsv", "txt"] {
                    guard let data = files["\(name).\(ext)"] else { continue }
                    tables[name] = try LexiconTable.parse(String(decoding: data, as: UTF8.self), file: "(embedded) \(name).\(ext)")
                }
            }
            return tables
        }
        for name in known.keys {
            for ext in ["tsv", "txt"] {
                let url = dir.appendingPathComponent("\(name).\(ext)")
                if FileManager.default.fileExists(atPath: url.path) {
                    tables[name] = try LexiconTable.load(url)
                }
            }
        }
        return tables
    }

    public init(tables: [String: LexiconTable]) throws {
        func rows(_ name: String) -> [[String]] { tables[name]?.rows ?? [] }
        versions = tables.mapValues(\.version)

        var abbreviations = Set<String>()
        var titleAbbreviations = Set<String>()
        for row in rows("abbreviations") {
            let a = Tokenizer.lower(row.column(0)).trimmingCharacters(in: CharacterSet(charactersIn: "."))
            guard !a.isEmpty else { continue }
            abbreviations.insert(a)
            if row.column(1) == "title" { titleAbbreviations.insert(a) }
        }
        // Titles written with a period ("Sen.", "Lt.") are abbreviations too.
        for row in rows("titles") {
            let t = row.column(0)
            if t.hasSuffix("."), !t.dropLast().contains(".") {
                let a = Tokenizer.lower(String(t.dropLast()).split(separator: " ").last.map(String.init) ?? "")
                if !a.isEmpty { abbreviations.insert(a); titleAbbreviations.insert(a) }
            }
        }
        self.abbreviations = abbreviations
        self.titleAbbreviations = titleAbbreviations
        let tokenizer = Tokenizer(abbreviations: abbreviations)
        func split(_ phrase: String) -> [String] {
            // Most entries are one plain word: no need to run the tokenizer.
            if phrase.unicodeScalars.allSatisfy({ Tokenizer.isWordScalar($0) }) { return [phrase] }
            return tokenizer.tokenize(Array(phrase.unicodeScalars)).0.map { (t: Token) in t.text }
        }

        var shortForms: [String: String] = [:]
        var demonyms: [String: String] = [:]
        for row in rows("countries") where !row.column(0).isEmpty {
            let dotted = row.values(1).first { $0.contains(".") }
            let demonym = row.values(2).first
            shortForms[row.column(0)] = dotted ?? demonym ?? row.column(0)
            for d in row.values(2) { demonyms[d] = row.column(0) }
        }
        countryShortForms = shortForms
        self.demonyms = demonyms

        var gazetteer = PhraseTable<Place>()
        func add(_ surface: String, _ place: Place) {
            let toks = split(surface)
            if !toks.isEmpty { gazetteer.insert(surface: toks, value: place) }
        }
        for row in rows("countries") {
            let name = row.column(0)
            guard !name.isEmpty else { continue }
            add(name, Place(canonical: name, type: .government, kind: .country, country: name))
            for a in row.values(1) { add(a, Place(canonical: name, type: .government, kind: .countryAlias, country: name)) }
            for d in row.values(2) { add(d, Place(canonical: name, type: .government, kind: .demonym, country: name)) }
            for c in row.values(3) { add(c, Place(canonical: c, type: .location, kind: .capital, country: name)) }
            for c in row.values(4) { add(c, Place(canonical: c, type: .location, kind: .city, country: name)) }
            for r in row.values(5) {
                // "Calif.=California": the abbreviation is found and names the region written in full.
                let parts = r.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                let (surface, canonical) = parts.count == 2 && !parts[0].isEmpty && !parts[1].isEmpty ? (parts[0], parts[1]) : (r, r)
                add(surface, Place(canonical: canonical, type: .location, kind: .region, country: name))
            }
        }
        for row in rows("places") {
            let name = row.column(0)
            guard !name.isEmpty else { continue }
            add(name, Place(canonical: name, type: .location, kind: .place, country: nil))
            for a in row.values(1) { add(a, Place(canonical: name, type: .location, kind: .place, country: nil)) }
        }
        for row in rows("organizations") {
            let name = row.column(0)
            guard !name.isEmpty else { continue }
            let type = EntityType(rawValue: row.column(1)) ?? .organization
            let country = row.column(3).isEmpty ? nil : row.column(3)
            add(name, Place(canonical: name, type: type, kind: .organization, country: country))
            for a in row.values(2) { add(a, Place(canonical: name, type: type, kind: .organization, country: country)) }
            for f in row.values(4) { add(f, Place(canonical: name, type: type, kind: .member, country: country)) }
        }
        gazetteer.finalize()
        self.gazetteer = gazetteer

        var titles = PhraseTable<Title>()
        var titleFullForms: [String: String] = [:]
        var courtesyTitles = Set<String>()
        var relationTitles = Set<String>()
        var honorificTitles = Set<String>()
        for row in rows("titles") {
            let t = row.column(0)
            guard !t.isEmpty else { continue }
            let gender: Gender = row.column(2) == "m" ? .male : row.column(2) == "f" ? .female : .unknown
            let full = row.column(4)
            titles.insert(surface: split(t), value: Title(title: t, titleClass: row.column(1), gender: gender,
                                                         makesPerson: row.column(3) != "no",
                                                         full: full.isEmpty || full == "-" ? nil : full))
            if !full.isEmpty && full != "-" { titleFullForms[Tokenizer.lower(t)] = full }
            // Courtesy titles that only mark a gender ("Mr.", "Mrs.", "Ms."): not a role.
            if row.column(1) == "honorific" && gender != .unknown { courtesyTitles.insert(Tokenizer.lower(t)) }
            if row.column(1) == "relation" { relationTitles.insert(Tokenizer.lower(t)) }
            if row.column(1) == "honorific" { honorificTitles.insert(Tokenizer.lower(t)) }
        }
        titles.finalize()
        self.titles = titles
        self.titleFullForms = titleFullForms
        self.courtesyTitles = courtesyTitles
        self.relationTitles = relationTitles
        self.honorificTitles = honorificTitles

        var modifiers: [String: String] = [:]
        for row in rows("title_modifiers") where !row.column(0).isEmpty {
            modifiers[Tokenizer.lower(row.column(0))] = row.column(1)
        }
        titleModifiers = modifiers

        var firstNames: [String: FirstName] = [:]
        for row in rows("first_names") where !row.column(0).isEmpty {
            let g: Gender = row.column(1) == "m" ? .male : row.column(1) == "f" ? .female : .unknown
            firstNames[row.column(0)] = FirstName(gender: g, ambiguous: row.column(2) == "yes")
        }
        self.firstNames = firstNames

        var common = Set<String>()
        for row in rows("common_words") where !row.column(0).isEmpty { common.insert(row.column(0)) }
        commonWords = common
        var groups = Set<String>()
        for row in rows("group_words") where !row.column(0).isEmpty { groups.insert(Tokenizer.lower(row.column(0))) }
        groupWords = groups

        var function: [String: Set<String>] = [:]
        var usage: [String: Set<String>] = [:]
        for row in rows("function_words") where !row.column(0).isEmpty {
            let cls = row.column(1)
            if Self.usageListClasses.contains(cls) {
                usage[Tokenizer.lower(row.column(0)), default: []].insert(cls)
            } else {
                function[Tokenizer.lower(row.column(0)), default: []].insert(cls)
            }
        }
        functionWords = function
        usageLists = usage

        var heads: [String: OrgHead] = [:]
        for row in rows("org_heads") where !row.column(0).isEmpty {
            heads[row.column(0)] = OrgHead(type: EntityType(rawValue: row.column(1)) ?? .organization,
                                           position: row.column(2).isEmpty ? "end" : row.column(2))
        }
        orgHeads = heads

        var cues = PhraseTable<Cue>()
        for row in rows("reporting_cues") where !row.column(0).isEmpty {
            let cue = Cue(lemma: row.column(0), kind: row.column(2), takesObject: row.column(3) == "yes",
                          thatClause: row.column(4) == "yes", isSource: row.column(5) == "yes")
            let forms = row.values(1).isEmpty ? [row.column(0)] : row.values(1)
            for f in forms { cues.insert(surface: split(f), value: cue) }
        }
        cues.finalize()
        self.cues = cues

        var cameo = PhraseTable<CameoVerb>()
        for row in rows("cameo_verbs") where !row.column(0).isEmpty {
            let v = CameoVerb(phrase: row.column(0), pos: row.column(1), code: row.column(3),
                              goldstein: Double(row.column(4)),
                              targetPreposition: row.column(5).isEmpty ? nil : row.column(5))
            let forms = row.values(2).isEmpty ? [row.column(0)] : row.values(2)
            for f in forms { cameo.insert(surface: split(f), value: v) }
        }
        cameo.finalize()
        self.cameo = cameo
        valence = ValenceLexicon(rows: rows("valence"))
        eventSenses = EventSenseLexicon(rows: rows("event_senses"))
    }

    /// True when `lower` belongs to the given function-word class.
    public func isFunctionWord(_ lower: String, _ cls: String) -> Bool {
        (functionWords[lower]?.contains(cls) ?? false) || (usageLists[lower]?.contains(cls) ?? false)
    }

    /// The office a title names, by its head word: "Former President" → "president", "Sen." → "senator",
    /// "then-Secretary of State" → "secretary"; nil for honorifics ("Mr.", "Dr.") and relations ("wife").
    public func officeHead(ofTitle title: String) -> String? {
        let words = title.split(separator: " ").map { Tokenizer.lower(String($0)) }
        let core = words.firstIndex(of: "of").map { Array(words[..<$0]) } ?? words
        guard var head = core.last else { return nil }
        if honorificTitles.contains(head) || relationTitles.contains(head) { return nil }
        if let full = titleFullForms[head], let last = full.split(separator: " ").last { head = Tokenizer.lower(String(last)) }
        if let dash = head.lastIndex(of: "-") { head = String(head[head.index(after: dash)...]) }
        while head.hasSuffix(".") { head.removeLast() }
        if relationTitles.contains(head) || head.isEmpty { return nil }
        return head
    }

    /// True when `lower` is any function word.
    public func isFunctionWord(_ lower: String) -> Bool { functionWords[lower] != nil }

    /// Words that typically open a sentence (for the sentence splitter).
    public var sentenceOpeners: Set<String> {
        var s = Set<String>()
        for (w, classes) in functionWords where !classes.isDisjoint(with: [
            "pronoun-m", "pronoun-f", "pronoun-pl", "pronoun-n", "pronoun-1", "pronoun-2", "determiner",
            "conjunction", "sentence-adverb", "discourse-start", "preposition",
        ]) { s.insert(w) }
        return s
    }
}
