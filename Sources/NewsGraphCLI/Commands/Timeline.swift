import ArgumentParser
import Foundation
import NewsGraph
import NewsGraphModel

/// `newsgraph timeline --by X [--about Y] --per week`: statements and actions per period.
struct Timeline: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Count an actor's statements and actions per day, week or month (optionally about one entity).",
        discussion: """
            Statements are those by --by (about --about when given); actions are those by --by (aimed at
            --about when given). A period is named by its first day (weeks start on Monday); articles without
            a date are counted as "undated".
              newsgraph timeline --store news.sqlite --by Trump --about Clinton --per month
            """
    )

    @Argument(help: "A graph.json written by `newsgraph build` (or give --store).")
    var graph: String?

    @OptionGroup var from: QuerySourceOptions

    @Option(help: "The actor.")
    var by: String

    @Option(help: "Only statements about / actions aimed at this entity.")
    var about: String?

    @Option(help: "Period: day, week or month.")
    var per: String = "week"

    @Option(help: "Output format: table, json, markdown or csv.")
    var format: OutputFormat = .table

    func validate() throws {
        if TimelineQuery.Period(rawValue: per) == nil { throw ValidationError("--per '\(per)': use day, week or month") }
    }

    func run() throws {
        print(render(try rows()), terminator: "")
    }

    func rows() throws -> [TimelineQuery.Row] {
        let query = TimelineQuery(by: by, about: about, per: TimelineQuery.Period(rawValue: per) ?? .week,
                                  documents: try from.filter())
        return try asCLI {
            if let engine = try from.engine(graph: graph) { return try engine.timeline(query, resolve: resolveEntity) }
            return try query.run(on: GraphFile.load(graph), resolve: resolveEntity)
        }
    }

    func render(_ rows: [TimelineQuery.Row]) -> String {
        if format == .json { return (try? encodeJSON(rows)) ?? "[]\n" }
        if rows.isEmpty && format == .table { return "Nothing matches.\n" }
        return TextTable(headers: [per, "statements", "actions"],
                         rows: rows.map { [$0.period, String($0.statements), String($0.actions)] }).render(format)
    }
}
