import Foundation
import NewsGraph
import NewsGraphExtraction
import NewsGraphModel
import Testing

/// Small synthetic articles written for these tests: people, governments and organizations who speak and act.
enum SyntheticCorpus {
    static let people = ["Maria Fernandez", "John Okafor", "Laura Chen", "Peter Novak", "Amina Diallo", "Carlos Ruiz"]
    static let places = ["Mexico", "Canada", "Brazil", "Japan", "Kenya", "Germany"]
    static let outlets = ["wire", "daily", "herald"]

    static func article(_ i: Int) -> SourceText {
        let a = people[i % people.count], b = people[(i * 5 + 1) % people.count]
        let p = places[i % places.count], q = places[(i + 2) % places.count]
        let day = String(format: "2016-%02d-%02d", 1 + i % 12, 1 + i % 28)
        let text = """
            \(a) criticizes \(p) over trade, talk \(i)

            \(a), the foreign minister of \(q), said on Tuesday that \(p) had broken its promises. "We will not accept this," \(a) told reporters.
            \(b) said the talks would continue next week. \(q) condemned the decision of \(p), and \(b) praised \(a) for the statement.
            The Global Trade Council said it would meet \(b) in \(p) on Friday.
            """
        return SourceText(id: "syn_\(String(format: "%03d", i))", text: text, path: "syn/\(i).txt",
                          metadata: ArticleMetadata(date: day, source: outlets[i % outlets.count]))
    }

    static func articles(_ range: Range<Int>) -> [SourceText] { range.map(article) }

    /// The PolNeAR training texts when ../shared is there (840 articles), else `fallback` synthetic ones.
    static func large(fallback: Int = 60) -> [SourceText] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/corpus/polnear-train")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: root.path), !names.isEmpty else {
            print("note: ../shared/corpus/polnear-train not found; the large store test uses \(fallback) synthetic articles")
            return articles(1000..<(1000 + fallback))
        }
        return names.filter { $0.hasSuffix(".txt") }.sorted().compactMap { name in
            let url = root.appendingPathComponent(name)
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
            return SourceText(id: String(name.dropLast(4)), text: text, path: url.path)
        }
    }
}

/// Every name in `names` resolves from a store's name index exactly as against the whole graph: the same
/// statements and actions, or the same failure message (shared by the SQLite and PostgreSQL store tests).
func expectStoreAnswersLikeTheGraph(_ engine: NewsGraphEngine, _ graph: KnowledgeGraph, names: Set<String>) throws {
    for name in names.sorted() {
        let said = StatementQuery(by: name)
        #expect(queryOutcome { try engine.statements(said) } == queryOutcome { try said.run(on: graph) }, "--by \(name)")
        let acts = ActionQuery(actor: name)
        #expect(queryOutcome { try engine.actions(acts).map(\.start) } == queryOutcome { try acts.run(on: graph).map(\.start) }, "--actor \(name)")
    }
}

/// A query's answer or its failure, so that two ways of answering can be compared (failures by their message).
func queryOutcome<T: Equatable>(_ body: () throws -> T) -> Result<T, QueryError> {
    do { return .success(try body()) } catch let e as QueryError { return .failure(e) } catch {
        return .failure(QueryError("unexpected \(error)"))
    }
}
