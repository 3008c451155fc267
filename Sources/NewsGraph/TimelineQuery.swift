import Foundation
import NewsGraphModel

/// Statements and actions of one actor (optionally about / aimed at a second entity) counted per day, week
/// or month of publication. Articles without a date are counted under "undated".
public struct TimelineQuery: Sendable {
    public enum Period: String, Sendable, CaseIterable { case day, week, month }

    public var by: String
    public var about: String?
    public var per: Period
    public var documents: DocumentFilter

    public init(by: String, about: String? = nil, per: Period = .week, documents: DocumentFilter = try! DocumentFilter()) {
        self.by = by
        self.about = about
        self.per = per
        self.documents = documents
    }

    public struct Row: Encodable, Equatable, Sendable {
        /// The first day of the period (`2016-03-07` for the week of Monday 7 March), or "undated".
        public var period: String
        public var statements: Int
        public var actions: Int
    }

    public func run(on g: KnowledgeGraph, resolve: EntityResolving = EntityResolution.resolve) throws -> [Row] {
        let quotes = try StatementQuery(by: by, about: about, documents: documents).quotes(in: g, resolve: resolve)
        let actions = try ActionQuery(actor: by, target: about, documents: documents).actions(in: g, resolve: resolve)
        let days = Dictionary(g.documents.map { ($0.id, $0.day) }, uniquingKeysWith: { a, _ in a })
        var counts: [String: (Int, Int)] = [:]
        for q in quotes { counts[bucket(days[q.document] ?? nil), default: (0, 0)].0 += 1 }
        for a in actions { counts[bucket(days[a.document] ?? nil), default: (0, 0)].1 += 1 }
        return counts.map { Row(period: $0.key, statements: $0.value.0, actions: $0.value.1) }
            .sorted { $0.period < $1.period }
    }

    /// The period a day falls in, named by its first day.
    public func bucket(_ day: String?) -> String {
        guard let day, day.count == 10 else { return "undated" }
        switch per {
        case .day: return day
        case .month: return String(day.prefix(7)) + "-01"
        case .week:
            var calendar = Calendar(identifier: .iso8601)
            calendar.timeZone = TimeZone(identifier: "UTC")!
            let parts = day.split(separator: "-").compactMap { Int($0) }
            guard parts.count == 3,
                  let date = calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2])),
                  let start = calendar.dateInterval(of: .weekOfYear, for: date)?.start else { return day }
            let c = calendar.dateComponents([.year, .month, .day], from: start)
            return String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
        }
    }
}
