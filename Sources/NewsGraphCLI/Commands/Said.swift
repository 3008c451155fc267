import ArgumentParser
import Foundation
import NewsGraphModel

/// `newsgraph said`: who said what about whom, with the document and offsets each statement came from.
struct Said: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the statements of a graph: who said what about whom, with provenance.",
        discussion: """
            Quotes and reported speech, grouped by speaker. Names are matched like a person types them: case- and
            accent-insensitive, by full name, surname, alias or title ("sheinbaum", "Lopez Obrador", "FAA").
            Each statement shows its document and character offsets; json, markdown and csv also carry the
            sentence it came from.
              newsgraph said output/graph.json --by Sheinbaum --about Trump
            """
    )

    @Argument(help: "A graph.json written by `newsgraph build`.")
    var graph: String

    @Option(help: "Only statements by this speaker.")
    var by: String?

    @Option(help: "Only statements about this entity.")
    var about: String?

    @Option(help: "Only statements from this document (id = file name without extension).")
    var document: String?

    @Flag(help: "Only direct quotations (words in quotation marks).")
    var direct = false

    @Flag(help: "Only reported speech.")
    var indirect = false

    @Option(help: "Only statements with this stance (critical, supportive or neutral) toward the --about entity, or toward any entity they are about.")
    var stance: String?

    @Flag(help: "Show the rule that found each statement.")
    var explain = false

    @Option(help: "Output format: table, json, markdown or csv.")
    var format: OutputFormat = .table

    @Option(help: "Show at most N statements (0 = all; default: a page on a terminal, all otherwise).")
    var limit: Int?

    func validate() throws {
        if direct && indirect { throw ValidationError("--direct and --indirect exclude each other; give at most one") }
        if let stance, Stance(rawValue: stance.lowercased()) == nil {
            throw ValidationError("--stance '\(stance)': use critical, supportive or neutral")
        }
    }

    /// One statement as the query prints it.
    struct Row: Encodable, Equatable {
        var speaker: String
        var speakerId: String?
        var text: String
        var about: [String]
        var direct: Bool
        var cue: String?
        var document: String
        var start: Int
        var end: Int
        var evidence: String?
        /// Stance toward each about-entity, in the order of `about` ("neutral" when none was recorded).
        var stances: [String] = []
        var rule: String?

        enum CodingKeys: String, CodingKey {
            case speaker, text, about, direct, cue, document, start, end, evidence, stances, rule
            case speakerId = "speaker_id"
        }
    }

    func run() throws {
        let g = try GraphFile.load(graph)
        let (rows, note) = ListingLimit.apply(try select(from: g), limit: ListingLimit.resolve(limit), noun: "statements")
        print(render(rows), terminator: "")
        note.map(printError)
    }

    /// The statements that pass the filters, grouped by speaker (then document and position).
    func select(from g: KnowledgeGraph) throws -> [Row] {
        let speaker = try by.map { try resolveEntity($0, in: g, option: "--by") }
        let subject = try about.map { try resolveEntity($0, in: g, option: "--about") }
        if let document, !g.documents.contains(where: { $0.id == document }) {
            throw CLIError("--document '\(document)': no such document in \(graph)")
        }
        let byId = g.entityIndex()
        var rows: [Row] = []
        for q in g.quotes {
            if let speaker, q.speaker != speaker.id { continue }
            if let subject, !q.about.contains(subject.id) { continue }
            if let document, q.document != document { continue }
            if direct && !q.direct || indirect && q.direct { continue }
            if let wanted = stance.flatMap({ Stance(rawValue: $0.lowercased()) }) {
                let ids = subject.map { [$0.id] } ?? q.about
                guard ids.contains(where: { (q.stance(toward: $0) ?? .neutral) == wanted }) else { continue }
            }
            let aboutIds = q.about.filter { byId[$0] != nil }
            let name = q.speaker.flatMap { byId[$0]?.name } ?? q.speakerText.map { "\($0) (unnamed)" } ?? "(unknown)"
            rows.append(Row(speaker: name, speakerId: q.speaker, text: q.text,
                            about: aboutIds.compactMap { byId[$0]?.name }, direct: q.direct, cue: q.cue,
                            document: q.document, start: q.start, end: q.end, evidence: q.evidence,
                            stances: aboutIds.map { (q.stance(toward: $0) ?? .neutral).rawValue },
                            rule: q.rule))
        }
        rows.sort { ($0.speaker.lowercased(), $0.document, $0.start) < ($1.speaker.lowercased(), $1.document, $1.start) }
        return rows
    }

    func render(_ rows: [Row], width: Int = TerminalWidth.current) -> String {
        switch format {
        case .json:
            if rows.isEmpty { return "[]\n" }
            return (try? encodeJSON(rows)) ?? "[]\n"
        case .table:
            if rows.isEmpty { return "No statements match.\n" }
            // The speaker is written once per group; the statement column (with whom it is about) wraps to the
            // terminal width; the source is the document and the statement's offsets in it.
            var previous: String?
            let table = TextTable(headers: ["speaker", "statement", "source"] + (explain ? ["rule"] : []), rows: rows.map { r in
                let speaker = r.speaker == previous ? "" : r.speaker
                previous = r.speaker
                let about = r.about.isEmpty ? "" : " — about " + Self.aboutWithStance(r).joined(separator: ", ")
                return [speaker, Self.statement(r) + about, "\(r.document) [\(r.start)-\(r.end)]"]
                    + (explain ? [r.rule ?? "–"] : [])
            })
            return table.render(.table, maxWidth: width)
        case .markdown, .csv:
            let table = TextTable(
                headers: ["speaker", "statement", "direct", "cue", "about", "document", "start", "end", "sentence"]
                    + (explain ? ["rule"] : []),
                rows: rows.map { r in
                    [r.speaker, r.text, r.direct ? "yes" : "no", r.cue ?? "", Self.aboutWithStance(r).joined(separator: "; "),
                     r.document, String(r.start), String(r.end), r.evidence ?? ""] + (explain ? [r.rule ?? ""] : [])
                })
            return table.render(format)
        }
    }

    /// "Trump (critical)": each about-entity with its stance when it is not neutral.
    static func aboutWithStance(_ r: Row) -> [String] {
        r.about.indices.map { i in
            let s = i < r.stances.count ? r.stances[i] : "neutral"
            return s == "neutral" ? r.about[i] : "\(r.about[i]) (\(s))"
        }
    }

    /// Quotation marks around direct quotes; the cue before reported speech ("said: …").
    static func statement(_ r: Row) -> String {
        let text = r.text.replacingOccurrences(of: "\n", with: " ")
        if r.direct { return "“\(text)”" }
        return r.cue.map { "\($0): \(text)" } ?? text
    }
}
