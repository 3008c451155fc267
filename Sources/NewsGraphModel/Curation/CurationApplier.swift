extension Curation {
    /// Applies the file's corrections to a merged graph. The result does not depend on the order of the
    /// lines: every name is resolved against `graph` as merged (or, failing that, against the names the
    /// file's splits create), and the operations run in a fixed order — splits, merges, renames and retypes,
    /// drops. Throws one `CurationError` (the first problem by line) and changes nothing on error.
    public func apply(to graph: KnowledgeGraph) throws -> KnowledgeGraph {
        if lines.isEmpty { return graph }
        var applier = CurationApplier(curation: self, graph: graph)
        return try applier.run()
    }
}

/// The work of `Curation.apply`, linear in the size of the graph plus the file.
struct CurationApplier {
    let curation: Curation
    let original: KnowledgeGraph
    let resolver: NameResolver
    /// Current entities by id.
    var entities: [String: Entity]
    /// The graph's entities by id, as merged.
    let originalIndex: [String: Entity]
    /// Entities made by splits, by folded name, and their ids.
    var created: [String: String] = [:]
    var createdIds = Set<String>()
    /// Entities a split left without mentions, and the line that emptied them.
    var emptied: [String: Int] = [:]

    init(curation: Curation, graph: KnowledgeGraph) {
        self.curation = curation
        self.original = graph
        self.resolver = NameResolver(graph: graph)
        self.entities = graph.entityIndex()
        self.originalIndex = entities
    }

    func fail(_ line: Int, _ message: String) -> CurationError {
        CurationError(file: curation.file, line: line, message)
    }

    /// The entity a name in the file means: a split's new entity by exact name or id, else the graph's
    /// entity by id, name or alias (`NameResolver`); unknown and ambiguous names are errors.
    func resolve(_ name: String, line: Int, allowCreated: Bool = true) throws -> String {
        if allowCreated {
            if let id = created[NameNormalization.fold(name)] { return id }
            if createdIds.contains(name) { return name }
        }
        switch resolver.resolve(name) {
        case .found(let e):
            if allowCreated, let by = emptied[e.id] {
                throw fail(line, "'\(name)' (\(e.id)) has no mentions left after the split on line \(by)")
            }
            return e.id
        case .ambiguous(let candidates):
            let list = candidates.prefix(5).map { "\($0.name) (\($0.id), \($0.mentions.count) mentions)" }
            throw fail(line, "'\(name)' is ambiguous: \(list.joined(separator: "; ")); write the id or the full name")
        case .unknown(let suggestions):
            let hint = suggestions.isEmpty ? "" : "; did you mean \(suggestions.map { "'\($0)'" }.joined(separator: ", "))?"
            throw fail(line, "no entity '\(name)' in the graph\(hint)")
        }
    }

    mutating func run() throws -> KnowledgeGraph {
        let lines = curation.lines.sorted { $0.number < $1.number }
        let owners = try split(lines)
        let survivor = try merge(lines)
        try renameAndRetype(lines, survivor: survivor)
        let dropped = try drop(lines, survivor: survivor)
        return repoint(owners: owners, survivor: survivor, dropped: dropped)
    }

    // MARK: - Splits

    /// Where the mentions of one split source went, per document.
    struct Moves {
        /// Moved mentions with their new entity, by document, in text order.
        var moved: [String: [(mention: Mention, to: String)]] = [:]
        /// Mentions that stayed, by document.
        var stayed: [String: [Mention]] = [:]
    }

    /// Applies the splits; returns, per split source, where its mentions went (facts follow them).
    mutating func split(_ lines: [Curation.Line]) throws -> [String: Moves] {
        struct Plan { var line: Int; var source: String; var take: [Mention]; var into: String }
        var plans: [Plan] = []
        var claimed: [Mention: Int] = [:]
        var byName: [String: [Entity]] = [:]
        for e in original.entities { byName[NameNormalization.fold(e.name), default: []].append(e) }
        var newNames: [String: (name: String, type: EntityType, line: Int)] = [:]
        for line in lines {
            let source: String, target: String, take: [Mention], what: String
            switch line.operation {
            case .splitDocuments(let e, let docs, let name):
                source = try resolve(e, line: line.number, allowCreated: false)
                let present = Set(entities[source]!.mentions.map(\.document))
                if let missing = docs.first(where: { !present.contains($0) }) {
                    throw fail(line.number, "split: '\(e)' has no mentions in document '\(missing)'")
                }
                let wanted = Set(docs)
                (target, what) = (name, "documents")
                take = entities[source]!.mentions.filter { wanted.contains($0.document) }
            case .splitAlias(let e, let alias, let name):
                source = try resolve(e, line: line.number, allowCreated: false)
                let key = NameNormalization.fold(alias)
                (target, what) = (name ?? alias, "alias")
                take = entities[source]!.mentions.filter { NameNormalization.fold($0.text ?? "") == key }
                if take.isEmpty { throw fail(line.number, "split: '\(e)' has no mention written '\(alias)'") }
            default:
                continue
            }
            if let other = take.lazy.compactMap({ claimed[$0] }).first {
                throw fail(line.number, "split: takes mentions that the split on line \(other) takes too")
            }
            for m in take { claimed[m] = line.number }
            let folded = NameNormalization.fold(target)
            let existing = originalIndex[target].map { [$0] } ?? byName[folded] ?? []
            if existing.count > 1 {
                throw fail(line.number, "split \(what): '\(target)' names several entities (\(existing.map(\.id).joined(separator: ", "))); write the id")
            }
            if let e = existing.first {
                if e.id == source { throw fail(line.number, "split: '\(target)' is the entity being split") }
                plans.append(Plan(line: line.number, source: source, take: take, into: e.id))
            } else {
                if newNames[folded] == nil { newNames[folded] = (target, entities[source]!.type, line.number) }
                plans.append(Plan(line: line.number, source: source, take: take, into: "?" + folded))
            }
        }
        if plans.isEmpty { return [:] }
        // New entities, ids in name order so that they do not depend on the order of lines.
        var used = Set(entities.keys)
        for folded in newNames.keys.sorted() {
            let n = newNames[folded]!
            let base = NameNormalization.identifier(name: n.name, type: n.type)
            var id = base, k = 2
            while used.contains(id) { id = base + "_\(k)"; k += 1 }
            used.insert(id)
            created[folded] = id
            createdIds.insert(id)
            entities[id] = Entity(id: id, name: n.name, type: n.type, aliases: [n.name], mentions: [])
        }
        var moves: [String: Moves] = [:]
        var takenFrom: [String: Set<Mention>] = [:]
        for plan in plans {
            let to = plan.into.hasPrefix("?") ? created[String(plan.into.dropFirst())]! : plan.into
            takenFrom[plan.source, default: []].formUnion(plan.take)
            for var m in plan.take {
                moves[plan.source, default: Moves()].moved[m.document, default: []].append((m, to))
                m.merge = "curation line \(plan.line): split"
                entities[to]!.mentions.append(m)
                if let t = m.text { entities[to]!.aliases.append(t) }
            }
        }
        for (source, taken) in takenFrom {
            var e = entities[source]!
            let movedTexts = Set(taken.compactMap(\.text))
            e.mentions.removeAll { taken.contains($0) }
            let keptTexts = Set(e.mentions.compactMap(\.text))
            e.aliases.removeAll { movedTexts.contains($0) && !keptTexts.contains($0) && $0 != e.name }
            for m in e.mentions { moves[source]!.stayed[m.document, default: []].append(m) }
            for d in moves[source]!.moved.keys { moves[source]!.moved[d]!.sort { $0.mention < $1.mention } }
            if e.mentions.isEmpty {
                emptied[source] = plans.filter { $0.source == source }.map(\.line).min()!
                entities[source] = nil
            } else {
                entities[source] = e
            }
        }
        return moves
    }

    // MARK: - Merges

    /// Joins the entities each merge line names (transitively); the one with the most mentions survives
    /// (the smaller id on a tie). Returns each joined entity's survivor.
    mutating func merge(_ lines: [Curation.Line]) throws -> [String: String] {
        var parent: [String: String] = [:]
        func find(_ x: String) -> String {
            var r = x
            while let p = parent[r], p != r { r = p }
            return r
        }
        var firstLine: [String: Int] = [:]
        for line in lines {
            guard case .merge(let names) = line.operation else { continue }
            let ids = try names.map { try resolve($0, line: line.number) }
            for id in ids where firstLine[id] == nil { firstLine[id] = line.number }
            for id in ids where parent[id] == nil { parent[id] = id }
            for id in ids.dropFirst() {
                let a = find(ids[0]), b = find(id)
                if a != b { parent[max(a, b)] = min(a, b) }
            }
        }
        var groups: [String: [String]] = [:]
        for id in parent.keys { groups[find(id), default: []].append(id) }
        var survivor: [String: String] = [:]
        for members in groups.values where members.count > 1 {
            let best = members.max { (entities[$0]!.mentions.count, $1) < (entities[$1]!.mentions.count, $0) }!
            var e = entities[best]!
            for id in members.sorted() where id != best {
                let other = entities.removeValue(forKey: id)!
                let rule = "curation line \(firstLine[id]!): merge"
                e.mentions += other.mentions.map { var m = $0; m.merge = rule; return m }
                e.aliases += other.aliases + [other.name]
                survivor[id] = best
            }
            survivor[best] = best
            entities[best] = e
        }
        return survivor
    }

    // MARK: - Renames and retypes

    mutating func renameAndRetype(_ lines: [Curation.Line], survivor: [String: String]) throws {
        var names: [String: (String, Int)] = [:]
        var types: [String: (EntityType, Int)] = [:]
        for line in lines {
            switch line.operation {
            case .rename(let entity, let name):
                let id = try survivor[resolve(entity, line: line.number)] ?? resolve(entity, line: line.number)
                if let (other, at) = names[id], other != name {
                    throw fail(line.number, "rename: line \(at) renames the same entity to '\(other)'")
                }
                names[id] = (name, line.number)
            case .retype(let entity, let type):
                let id = try survivor[resolve(entity, line: line.number)] ?? resolve(entity, line: line.number)
                if let (other, at) = types[id], other != type {
                    throw fail(line.number, "retype: line \(at) retypes the same entity as \(other.rawValue)")
                }
                types[id] = (type, line.number)
            default:
                continue
            }
        }
        for (id, (name, _)) in names {
            entities[id]!.aliases += [entities[id]!.name, name]
            entities[id]!.name = name
        }
        for (id, (type, _)) in types { entities[id]!.type = type }
        renamedOrRetyped = Set(names.keys).union(types.keys).reduce(into: [:]) { out, id in
            out[id] = min(names[id]?.1 ?? Int.max, types[id]?.1 ?? Int.max)
        }
    }

    var renamedOrRetyped: [String: Int] = [:]

    // MARK: - Drops

    mutating func drop(_ lines: [Curation.Line], survivor: [String: String]) throws -> Set<String> {
        var dropped = Set<String>()
        for line in lines {
            guard case .drop(let entity) = line.operation else { continue }
            let id = try resolve(entity, line: line.number)
            if survivor[id] != nil {
                throw fail(line.number, "drop: '\(entity)' is also merged; drop the merged entity or remove the merge")
            }
            if let at = renamedOrRetyped[id] {
                throw fail(line.number, "drop: line \(at) renames or retypes the same entity")
            }
            dropped.insert(id)
        }
        for id in dropped { entities[id] = nil }
        return dropped
    }

    // MARK: - Facts

    /// Points every fact at the entities as curated: facts of a split entity follow its mentions, merged
    /// entities become their survivor, and facts that need a dropped entity go (a statement only loses a
    /// dropped about-entity and its stance; a role loses a dropped `of`).
    func repoint(owners: [String: Moves], survivor: [String: String], dropped: Set<String>) -> KnowledgeGraph {
        func final(_ id: String) -> String? {
            let id = survivor[id] ?? id
            return dropped.contains(id) ? nil : id
        }
        // The entity a reference to a split source means, at `span` of `document`.
        func owner(_ id: String, _ document: String, _ span: Range<Int>, speakerText: String? = nil) -> String {
            guard let moves = owners[id], let moved = moves.moved[document], !moved.isEmpty else { return id }
            let stayed = moves.stayed[document] ?? []
            if let text = speakerText.map(NameNormalization.fold) {
                if let hit = moved.first(where: { NameNormalization.fold($0.mention.text ?? "") == text }),
                   !stayed.contains(where: { NameNormalization.fold($0.text ?? "") == text }) {
                    return hit.to
                }
            }
            let inside = moved.first { span.contains($0.mention.start) }
            if let inside, !stayed.contains(where: { span.contains($0.start) }) { return inside.to }
            if stayed.isEmpty { return (moved.last { $0.mention.start <= span.lowerBound } ?? moved[0]).to }
            return id
        }
        func map(_ id: String, _ document: String, _ span: Range<Int>, speakerText: String? = nil) -> String? {
            final(owner(id, document, span, speakerText: speakerText))
        }
        var g = original
        g.entities = entities.values.map { e in
            var e = e
            e.aliases = Array(Set(e.aliases)).sorted()
            return e
        }
        g.quotes = original.quotes.compactMap { q in
            var q = q
            let span = min(q.start, q.evidenceStart ?? q.start)..<max(q.end, q.evidenceEnd ?? q.end)
            if let s = q.speaker {
                guard let id = map(s, q.document, span, speakerText: q.speakerText) else { return nil }
                q.speaker = id
            }
            let textSpan = q.start..<max(q.end, q.start + 1)
            var about: [String: String] = [:]
            for a in q.about { if let id = map(a, q.document, textSpan) { about[a] = id } }
            q.about = Array(Set(about.values)).sorted()
            q.stances = q.stances.filter { about[$0.about] != nil }
            q.remapStances { about[$0]! }
            return q
        }
        g.actions = original.actions.compactMap { a in
            var a = a
            let span = a.start..<max(a.end, a.start + 1)
            guard let actor = map(a.actor, a.document, span) else { return nil }
            a.actor = actor
            if let t = a.target {
                guard let target = map(t, a.document, span) else { return nil }
                a.target = target
            }
            return a
        }
        g.roles = original.roles.compactMap { r in
            var r = r
            let start = r.start ?? r.evidenceStart ?? 0
            let span = start..<max(r.end ?? r.evidenceEnd ?? start, start + 1)
            guard let person = map(r.person, r.document, span) else { return nil }
            r.person = person
            r.of = r.of.flatMap { map($0, r.document, span) }
            return r
        }
        return g.canonicalized()
    }
}
