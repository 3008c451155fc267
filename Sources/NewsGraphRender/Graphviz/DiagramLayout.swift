import CGraphviz
import Foundation

/// Where a layout put things: the drawing's size and each node's box (sized to its label), in points.
/// It answers the questions a page asks of a diagram — how wide is it for its height, and do any two labels
/// overlap — on the positions Graphviz computed, not by looking at a picture.
public struct DiagramLayout: Sendable {
    /// A node's box: its centre and size, in points.
    public struct Box: Hashable, Sendable {
        public var id: String
        public var x: Double
        public var y: Double
        public var width: Double
        public var height: Double

        public init(id: String, x: Double, y: Double, width: Double, height: Double) {
            self.id = id
            self.x = x
            self.y = y
            self.width = width
            self.height = height
        }

        /// True when the two boxes share more than a point of area (touching edges do not count).
        public func overlaps(_ other: Box) -> Bool {
            abs(x - other.x) * 2 < (width + other.width) - 1 && abs(y - other.y) * 2 < (height + other.height) - 1
        }
    }

    public var width: Double
    public var height: Double
    /// Every node (the legend included), in the graph's node order.
    public var boxes: [Box]
    /// The engine that made the layout.
    public var engine: LayoutEngine

    /// Width over height.
    public var aspectRatio: Double { height > 0 ? width / height : .infinity }

    /// Pairs of node boxes that overlap, each as (earlier, later) in `boxes` order. A sweep over the boxes sorted
    /// by their left edge: cost grows with the node count and the number of overlaps, not with its square.
    public func overlappingPairs() -> [(Box, Box)] {
        let order = boxes.indices.sorted { (boxes[$0].x - boxes[$0].width / 2, $0) < (boxes[$1].x - boxes[$1].width / 2, $1) }
        var pairs: [(Int, Int)] = []
        var open: [Int] = []
        for i in order {
            let left = boxes[i].x - boxes[i].width / 2
            open.removeAll { boxes[$0].x + boxes[$0].width / 2 <= left }
            for j in open where boxes[i].overlaps(boxes[j]) { pairs.append((min(i, j), max(i, j))) }
            open.append(i)
        }
        return pairs.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map { (boxes[$0.0], boxes[$0.1]) }
    }

    /// Lays `diagram` out as `GraphvizRenderer.render` would (same engine choice, same page-fitting) and reads the
    /// positions back through cgraph.
    public static func of(_ diagram: Diagram, engine: LayoutEngine? = nil) throws -> DiagramLayout {
        let rendered = try GraphvizRenderer.render(diagram, format: .dot, engine: engine)
        let text = String(decoding: rendered.data, as: UTF8.self)
        return try GraphvizRuntime.shared.withLock { session in
            guard let g = agmemread(text) else {
                throw GraphvizError.invalidDOT(messages: session.drainMessages().map(\.text))
            }
            defer { agclose(g) }
            func attribute(_ object: UnsafeMutableRawPointer, _ name: String) -> String? {
                name.withCString { key in
                    agget(object, UnsafeMutablePointer(mutating: key)).map { String(cString: $0) }
                }
            }
            let bb = (attribute(UnsafeMutableRawPointer(g), "bb") ?? "").split(separator: ",").compactMap { Double($0) }
            guard bb.count == 4 else { throw GraphvizError.invalidDOT(messages: ["the laid-out graph has no bounding box"]) }
            var boxes: [Box] = []
            var node = agfstnode(g)
            while let n = node {
                let raw = UnsafeMutableRawPointer(n)
                let pos = (attribute(raw, "pos") ?? "").split(separator: ",").compactMap { Double($0) }
                let name = String(cString: agnameof(raw))
                guard pos.count >= 2, let w = attribute(raw, "width").flatMap(Double.init),
                      let h = attribute(raw, "height").flatMap(Double.init) else {
                    throw GraphvizError.invalidDOT(messages: ["node \(name) has no position"])
                }
                boxes.append(Box(id: name, x: pos[0], y: pos[1], width: w * 72, height: h * 72))
                node = agnxtnode(g, n)
            }
            return DiagramLayout(width: bb[2] - bb[0], height: bb[3] - bb[1], boxes: boxes, engine: rendered.engine)
        }
    }
}
