import ArgumentParser
import Foundation
import NewsGraph
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

    @Argument(help: "A graph.json written by `newsgraph build` (or give --store).")
    var graph: String?

    @OptionGroup var from: QuerySourceOptions

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
    typealias Row = StatementQuery.Row

    func run() throws {
        var rows: [Row]
        if let engine = try from.engine(graph: graph) {
            rows = try asCLI { try engine.statements(query(), resolve: resolveEntity) }
        } else {
            rows = try select(from: GraphFile.load(graph))
        }
        let note: String?
        (rows, note) = ListingLimit.apply(rows, limit: ListingLimit.resolve(limit), noun: "statements")
        print(render(rows), terminator: "")
        note.map(printError)
    }

    func query() throws -> StatementQuery {
        StatementQuery(by: by, about: about, document: document, kind: direct ? .direct : indirect ? .indirect : .any,
                       stance: stance.flatMap { Stance(rawValue: $0.lowercased()) },
                       documents: try from.filter())
    }

    /// The statements that pass the filters, grouped by speaker (then document and position).
    func select(from g: KnowledgeGraph) throws -> [Row] {
        try asCLI { try query().run(on: g, resolve: resolveEntity) }
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
        // Each line feed a space (scalar by scalar, as Foundation's replacement did: "\r\n" keeps its "\r").
        let text = r.text.utf8.contains(0x0A)
            ? String(String.UnicodeScalarView(r.text.unicodeScalars.map { $0 == "\n" ? " " : $0 })) : r.text
        if r.direct { return "“\(text)”" }
        return r.cue.map { "\($0): \(text)" } ?? text
    }
}
