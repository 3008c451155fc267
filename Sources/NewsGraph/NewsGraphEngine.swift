import Foundation
import NewsGraphExtraction
import NewsGraphModel
import NewsGraphStore

/// NewsGraph as a library: add articles, get the graph, ask who said what about whom. The CLI is a thin
/// shell over it.
///
///     let engine = try NewsGraphEngine(store: SQLiteStore(path: "news.sqlite"))
///     try engine.add([SourceText(id: "a1", text: "…", metadata: ArticleMetadata(date: "2016-03-01"))])
///     let rows = try engine.statements(StatementQuery(by: "Donald Trump", documents: DocumentFilter(since: "2016-03-01")))
///
/// Without a store the engine keeps the analyses in memory. With one, `add` analyzes only the articles the
/// store has not seen (same id and content hash), stores them and re-merges, in one transaction.
public final class NewsGraphEngine {
    /// The lexicons extraction uses; the shipped ones are loaded only when an article is analyzed.
    public var lexicons: Lexicons { givenLexicons ?? .shipped }
    private let givenLexicons: Lexicons?
    public let store: (any GraphStore)?
    /// The analyst's corrections, applied to the merged graph after every merge (see `Curation`).
    public let curation: Curation?
    private var memory: [String: (result: DocumentResult, hash: String)] = [:]
    private var cached: KnowledgeGraph?

    public init(lexicons: Lexicons? = nil, store: (any GraphStore)? = nil, curation: Curation? = nil) {
        self.givenLexicons = lexicons
        self.store = store
        self.curation = curation
    }

    /// Merges per-document results and applies the curation: the graph a store keeps and `graph()` gives.
    public static func merged(_ results: [DocumentResult], merger: CrossDocumentMerger, curation: Curation?) throws -> KnowledgeGraph {
        let g = merger.merge(results)
        return try curation?.apply(to: g) ?? g
    }

    /// What an `add` did.
    public struct AddReport: Sendable {
        public var added: [String] = []
        public var replaced: [String] = []
        public var unchanged: [String] = []
        public var diagnostics: [Diagnostic] = []
    }

    /// The content hash `add` compares: the text and every metadata field.
    public static func hash(_ s: SourceText) -> String {
        let m = s.metadata
        return ContentHash.of([s.text, m.title ?? "", m.date ?? "", m.source ?? "", m.url ?? "", s.path ?? ""]
            + m.extra.sorted { $0.key < $1.key }.flatMap { [$0.key, $0.value] })
    }

    /// Analyzes the articles not seen before (or changed) and merges them into the graph.
    @discardableResult
    public func add(_ sources: [SourceText]) throws -> AddReport {
        let known = try store?.hashes() ?? memory.mapValues(\.hash)
        var report = AddReport()
        var todo: [SourceText] = []
        var hashes: [String] = []
        for s in sources {
            let h = Self.hash(s)
            switch known[s.id] {
            case h?: report.unchanged.append(s.id)
            case nil: report.added.append(s.id); todo.append(s); hashes.append(h)
            default: report.replaced.append(s.id); todo.append(s); hashes.append(h)
            }
        }
        // With a curation file the graph is re-merged even when no article changed: the file may have.
        if todo.isEmpty && (curation == nil || store == nil) { return report }
        let analyzed = CorpusBuilder(lexicons: lexicons).results(todo)
        report.diagnostics = analyzed.flatMap(\.diagnostics)
        let new = zip(analyzed, hashes).map { (result: $0.0.result, hash: $0.1) }
        let merger = CrossDocumentMerger(lexicons: lexicons)
        if let store {
            let curation = self.curation
            try store.update(adding: new, merge: { try Self.merged($0, merger: merger, curation: curation) })
        } else {
            for n in new { memory[n.result.document.id] = n }
        }
        cached = nil
        return report
    }

    /// The merged graph of everything added so far.
    public func graph() throws -> KnowledgeGraph {
        if let store { return try store.graph() }
        if let cached { return cached }
        let g = try Self.merged(memory.keys.sorted().map { memory[$0]!.result }, merger: CrossDocumentMerger(lexicons: lexicons),
                                curation: curation)
        cached = g
        return g
    }

    /// Statements that pass `query`. From a store, only the speaker's statements are read when `by` is given.
    public func statements(_ query: StatementQuery, resolve: EntityResolving = EntityResolution.resolve) throws -> [StatementQuery.Row] {
        guard let store else { return try query.run(on: graph(), resolve: resolve) }
        return try withoutActuallyEscaping(resolve) { resolve in
            let resolve = EntityResolution.once(resolve)
            guard let by = query.by else { return try query.run(on: store.graph(.quotes), resolve: resolve) }
            // Only the speaker's statements, and only the entities they name, are read.
            let speaker = try Self.resolve(by, option: "--by", in: store, resolve)
            let subject = try query.about.map { try Self.resolve($0, option: "--about", in: store, resolve) }
            var g = KnowledgeGraph()
            g.documents = try store.documents()
            g.quotes = try store.quotes(bySpeakers: [speaker.id])
            var ids: Set<String> = [speaker.id]
            if let subject { ids.insert(subject.id) }
            for q in g.quotes {
                if let s = q.speaker { ids.insert(s) }
                ids.formUnion(q.about)
            }
            g.entities = try store.entities(.ids(ids))
            return try query.run(on: g, resolve: resolve)
        }
    }

    /// Actions that pass `query`. From a store, only the actor's actions are read when `actor` is given.
    public func actions(_ query: ActionQuery, resolve: EntityResolving = EntityResolution.resolve) throws -> [ActionQuery.Row] {
        guard let store else { return try query.run(on: graph(), resolve: resolve) }
        return try withoutActuallyEscaping(resolve) { resolve in
            let resolve = EntityResolution.once(resolve)
            guard let actorName = query.actor else { return try query.run(on: store.graph(.actions), resolve: resolve) }
            // Only the actor's actions (and its agencies', for a government), and the entities they name.
            let actor = try Self.resolve(actorName, option: "--actor", in: store, resolve)
            let target = try query.target.map { try Self.resolve($0, option: "--target", in: store, resolve) }
            var g = KnowledgeGraph()
            g.documents = try store.documents()
            // `withBodies` looks among the agencies for a government's; the query calls it again on `g`.
            let governments = [actor, target].contains { $0?.type == .government }
            g.entities = governments ? try store.entities(.type(.agency)) : []
            g.actions = try store.actions(byActors: ActionQuery.withBodies(of: actor, in: g))
            var ids = Set(g.entities.map(\.id)).union([actor.id])
            if let target { ids.insert(target.id) }
            for a in g.actions {
                ids.insert(a.actor)
                if let t = a.target { ids.insert(t) }
            }
            g.entities = try store.entities(.ids(ids))
            return try query.run(on: g, resolve: resolve)
        }
    }

    /// Resolves a typed name against a store, reading only the entities that can answer to it: those with the
    /// name's last word among the words of their folded names, and the one whose id it is. Every entity a
    /// name resolves to (by name, alias, surname or word) is among them, and the resolver ranks only the
    /// entities that answer, so the answer equals resolving against the whole entity table. When none
    /// answers, the whole table is read, for the suggestions of the error.
    static func resolve(_ name: String, option: String, in store: any GraphStore, _ resolve: EntityResolving) throws -> Entity {
        var key = NameNormalization.fold(name)
        if key.hasPrefix("the ") { key.removeFirst(4) }
        if let word = key.split(separator: " ").last.map(String.init) {
            var g = KnowledgeGraph()
            g.entities = try store.entities(.named(word: word, id: name))
            if case .unknown = NameResolver(graph: g).resolve(name) {} else { return try resolve(name, g, option) }
        }
        return try resolve(name, store.graph([]), option)
    }

    public func entities(_ query: EntityQuery) throws -> [EntityQuery.Row] {
        guard let store else { return try query.run(on: graph()) }
        return try query.run(on: store.graph([.mentions, .roles]))
    }

    /// Why each alias and mention belongs to the entity `name` resolves to.
    public func explain(_ name: String, resolve: EntityResolving = EntityResolution.resolve) throws -> EntityExplanation {
        let g = try store?.graph([.mentions]) ?? graph()
        return EntityExplanation(entity: try resolve(name, g, "--explain"))
    }

    public func timeline(_ query: TimelineQuery, resolve: EntityResolving = EntityResolution.resolve) throws -> [TimelineQuery.Row] {
        guard let store else { return try query.run(on: graph(), resolve: resolve) }
        return try withoutActuallyEscaping(resolve) { resolve in
            let resolve = EntityResolution.once(resolve)
            var g = try store.graph([])
            let actor = try resolve(query.by, g, "--by")
            g.quotes = try store.quotes(bySpeakers: [actor.id])
            g.actions = try store.actions(byActors: ActionQuery.withBodies(of: actor, in: g))
            return try query.run(on: g, resolve: resolve)
        }
    }
}
