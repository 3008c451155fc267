import Foundation
import NewsGraphModel

/// Shapes and colours: one place, shared by the nodes, the edges and the legend so they cannot disagree.
public enum DiagramStyle {
    // MARK: Nodes

    public static func shape(for type: EntityType) -> String {
        switch type {
        case .person: "ellipse"
        case .government: "box"
        case .agency: "box"
        case .organization: "hexagon"
        case .location: "octagon"
        case .misc: "note"
        }
    }

    /// Graphviz `style`; agencies are rounded boxes to tell them from governments.
    public static func nodeStyle(for type: EntityType) -> String {
        type == .agency ? "filled,rounded" : "filled"
    }

    public static func fillColor(for type: EntityType) -> String {
        switch type {
        case .person: "#cfe2f3"
        case .government: "#f4cccc"
        case .agency: "#fce5cd"
        case .organization: "#d9d2e9"
        case .location: "#fff2cc"
        case .misc: "#eeeeee"
        }
    }

    /// How the legend names a shape.
    public static func shapeName(for type: EntityType) -> String {
        switch type {
        case .person: "oval"
        case .government: "box"
        case .agency: "rounded box"
        case .organization: "hexagon"
        case .location: "octagon"
        case .misc: "note"
        }
    }

    // MARK: Edges

    public static func color(for category: EdgeCategory) -> String {
        switch category {
        case .role: "#808080"
        case .quote: "#1f5fa8"
        case .action(.verbalCooperation?): "#6aa84f"
        case .action(.materialCooperation?): "#274e13"
        case .action(.verbalConflict?): "#e69138"
        case .action(.materialConflict?): "#cc0000"
        case .action(nil): "#666666"
        }
    }

    /// Graphviz `style`: roles dashed, quotes dotted, actions solid.
    public static func lineStyle(for category: EdgeCategory) -> String {
        switch category {
        case .role: "dashed"
        case .quote: "dotted"
        case .action: "solid"
        }
    }

    public static func arrowhead(for category: EdgeCategory) -> String {
        switch category {
        case .role: "onormal"
        case .quote: "vee"
        case .action: "normal"
        }
    }

    /// The class an edge carries after `edge` and its kind ("verbal-conflict").
    public static func className(for quadClass: QuadClass?) -> String {
        quadClass?.name ?? "unclassified"
    }

    public static func legendText(for category: EdgeCategory) -> String {
        switch category {
        case .role: "role (person → of)"
        case .quote: "statement (speaker → about)"
        case .action(let q?): "action: " + q.name.replacingOccurrences(of: "-", with: " ")
        case .action(nil): "action: unclassified"
        }
    }

    /// 1 for a single relation, growing with the logarithm of the count, at most `maxPenwidth`.
    public static func penwidth(count: Int) -> Double {
        min(maxPenwidth, 1 + log2(Double(max(1, count))))
    }

    public static let maxPenwidth = 5.0
}
