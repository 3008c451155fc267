import ArgumentParser
import Foundation
import NewsGraph
import NewsGraphModel
import NewsGraphPostgres
import NewsGraphStore

/// The options every query shares: where the graph comes from (a graph.json or `--store`) and which
/// articles count (`--since`, `--until`, `--source`).
struct QuerySourceOptions: ParsableArguments {
    @Option(help: "Answer from this store (written by `newsgraph add`) instead of a graph.json.")
    var store: String?

    @Option(help: "Only articles published on or after this day (YYYY-MM-DD).")
    var since: String?

    @Option(help: "Only articles published on or before this day (YYYY-MM-DD).")
    var until: String?

    @Option(help: "Only articles from this outlet (as in the input's `source`, or the file name's outlet_ prefix).")
    var source: String?

    func filter() throws -> DocumentFilter {
        do { return try DocumentFilter(since: since, until: until, source: source) } catch let e as QueryError {
            throw ValidationError(e.description)
        }
    }

    /// The engine over `--store`, or nil when the query reads a graph.json; errors when neither or both are given.
    func engine(graph: String?) throws -> NewsGraphEngine? {
        switch (graph, store) {
        case (nil, nil): throw CLIError("give a graph.json (written by `newsgraph build`) or --store FILE")
        case (_?, _?): throw CLIError("give either a graph.json or --store, not both")
        case (nil, let path?): return NewsGraphEngine(store: try StoreOptions.open(path, create: false))
        case (_?, nil): return nil
        }
    }

    /// The whole graph (from the graph.json or the store), cut down to the articles `--since`, `--until` and
    /// `--source` admit — what `render`, `report` and `export` draw and write.
    func load(graph: String?) throws -> KnowledgeGraph {
        let filter = try filter()
        let g = try asCLI { try engine(graph: graph)?.graph() } ?? GraphFile.load(graph)
        return filter.apply(to: g)
    }

    /// The folder default outputs go to: the graph.json's, else the SQLite store's, else the current one.
    func defaultFolder(graph: String?) -> URL {
        let anchor = graph ?? store.flatMap { $0.contains("://") ? nil : $0 }
        return anchor.map { URL(fileURLWithPath: $0).deletingLastPathComponent() }
            ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }
}

enum StoreOptions {
    /// Opens a store; a store that must already exist is named when it does not.
    /// `postgres://…` opens the PostgreSQL store; anything else is an SQLite file.
    static func open(_ path: String, create: Bool) throws -> any GraphStore {
        if path.hasPrefix("postgres://") || path.hasPrefix("postgresql://") {
            do { return try PostgresStore(url: path) } catch let e as StoreError { throw CLIError(e.description) }
        }
        if !create && !FileManager.default.fileExists(atPath: path) {
            throw CLIError("\(path): no such store; create it with `newsgraph add --store \(path) INPUT…`")
        }
        do { return try SQLiteStore(path: path) } catch let e as StoreError { throw CLIError(e.description) }
    }
}

extension GraphFile {
    static func load(_ path: String?) throws -> KnowledgeGraph {
        guard let path else { throw CLIError("give a graph.json (written by `newsgraph build`) or --store FILE") }
        return try load(path)
    }
}

/// Runs a library call, turning its query and store errors into the CLI's one-message errors.
func asCLI<T>(_ body: () throws -> T) throws -> T {
    do { return try body() } catch let e as QueryError { throw CLIError(e.description) } catch let e as StoreError {
        throw CLIError(e.description)
    } catch let e as CurationError {
        throw CLIError(e.description)
    }
}
