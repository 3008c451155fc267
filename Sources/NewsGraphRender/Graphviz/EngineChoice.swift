/// Which layout engine to use when none is asked for.
///
/// `dot` draws the most readable diagrams, but its cost depends on the graph's shape far more than on its size:
/// it turns every edge spanning k ranks into k−1 virtual nodes (2k−1 with edge labels, which double the ranks),
/// and its crossing minimisation and positioning grow faster than linearly in those. Measured in process on
/// Graphviz 2.42 (labelled edges, a shared 2-core machine): a 100-node star 0.02 s, 100 nodes attached
/// preferentially 0.05 s, 50 random nodes 0.15 s — but 75 random nodes 0.9 s, 100 random nodes 2.6 s,
/// 150 random nodes 7–14 s, and a 50-node ring with a hub 3 s. `sfdp` does any of these in under 0.1 s.
///
/// So the choice estimates dot's working size — nodes plus virtual nodes, from a longest-path layering of the
/// graph with cycles broken by depth-first search — and uses dot while that stays within `dotSizeBudget`
/// (all the fast cases above are under 1,500, all the slow ones over 2,600).
public struct EngineChoice: Hashable, Sendable, CustomStringConvertible {
    public var engine: LayoutEngine
    public var nodes: Int
    /// Nodes plus estimated virtual nodes of a `dot` layout.
    public var estimatedDotSize: Int

    /// The largest estimated dot size laid out with `dot`.
    public static let dotSizeBudget = 2_000
    /// Above this many nodes, `sfdp` whatever the estimate.
    public static let dotNodeLimit = 300

    public init(for diagram: Diagram) {
        nodes = diagram.nodes.count
        estimatedDotSize = Self.estimateDotSize(diagram)
        engine = nodes <= Self.dotNodeLimit && estimatedDotSize <= Self.dotSizeBudget ? .dot : .sfdp
    }

    public var description: String {
        let comparison = engine == .dot ? "≤" : ">"
        return "\(nodes) nodes, estimated dot size \(estimatedDotSize) \(comparison) \(Self.dotSizeBudget): using \(engine.rawValue)"
    }

    /// Nodes plus the virtual nodes `dot` would add: Σ (span − 1) over edges, or Σ (2·span − 1) with edge labels.
    static func estimateDotSize(_ diagram: Diagram) -> Int {
        var index: [String: Int] = [:]
        for (i, node) in diagram.nodes.enumerated() { index[node.id] = i }
        let n = diagram.nodes.count
        var successors = [[Int]](repeating: [], count: n)
        for edge in diagram.edges {
            guard let a = index[edge.source], let b = index[edge.target], a != b else { continue }
            successors[a].append(b)
        }

        // Depth-first search in node order; back edges are reversed, as dot's acyclic pass does.
        var state = [UInt8](repeating: 0, count: n)  // 0 new, 1 on the stack, 2 done
        var dag: [(Int, Int)] = []
        for root in 0..<n where state[root] == 0 {
            var stack = [(node: root, next: 0)]
            state[root] = 1
            while let top = stack.last {
                if top.next < successors[top.node].count {
                    stack[stack.count - 1].next += 1
                    let w = successors[top.node][top.next]
                    switch state[w] {
                    case 0:
                        state[w] = 1
                        stack.append((w, 0))
                        dag.append((top.node, w))
                    case 1: dag.append((w, top.node))
                    default: dag.append((top.node, w))
                    }
                } else {
                    state[top.node] = 2
                    stack.removeLast()
                }
            }
        }

        // Longest-path ranks in topological order.
        var indegree = [Int](repeating: 0, count: n)
        var dagSuccessors = [[Int]](repeating: [], count: n)
        for (a, b) in dag {
            dagSuccessors[a].append(b)
            indegree[b] += 1
        }
        var rank = [Int](repeating: 0, count: n)
        var ready = (0..<n).filter { indegree[$0] == 0 }
        while let v = ready.popLast() {
            for w in dagSuccessors[v] {
                rank[w] = max(rank[w], rank[v] + 1)
                indegree[w] -= 1
                if indegree[w] == 0 { ready.append(w) }
            }
        }

        let labelled = CGraphBuilder.edgeLabelAttribute(for: diagram) == "label"
        let virtual = dag.reduce(0) { sum, e in
            let span = max(1, abs(rank[e.1] - rank[e.0]))
            return sum + (labelled ? 2 * span - 1 : span - 1)
        }
        return n + virtual
    }
}
