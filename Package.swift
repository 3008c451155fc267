// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "NewsGraph",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "newsgraph", targets: ["newsgraph"]),
        .library(name: "NewsGraphModel", targets: ["NewsGraphModel"]),
        .library(name: "NewsGraphExtraction", targets: ["NewsGraphExtraction"]),
        .library(name: "NewsGraphRender", targets: ["NewsGraphRender"]),
        .library(name: "NewsGraphExport", targets: ["NewsGraphExport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // libgraphviz (libgvc + libcgraph + libcdt), linked in process. Only NewsGraphRender imports it.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        // Small C helpers for safe output writing (an atomic directory swap).
        .target(name: "CNewsGraphSupport"),
        // Value types: documents, entities, quotes, actions, roles, the graph and its JSON form.
        .target(name: "NewsGraphModel"),
        // The extraction pipeline: text -> sentences -> tokens -> mentions -> entities -> quotes/actions.
        .target(
            name: "NewsGraphExtraction",
            dependencies: ["NewsGraphModel"],
            resources: [.copy("Resources/lexicons")]
        ),
        // Graph -> diagram -> cgraph -> layout -> SVG/DOT. All C interop lives here.
        .target(
            name: "NewsGraphRender",
            dependencies: ["NewsGraphModel", "CGraphviz"]
        ),
        // Graph -> files: one exporter per format (JSON, CSV, GraphML, GEXF, Cypher, DOT/SVG/PNG/PDF, HTML report)
        // over the graph and its shared projection (NewsGraphModel/Projection).
        .target(
            name: "NewsGraphExport",
            dependencies: ["NewsGraphModel", "NewsGraphRender"]
        ),
        // Commands (build, render, entities, said, actions) as a library so tests can drive them.
        .target(
            name: "NewsGraphCLI",
            dependencies: [
                "NewsGraphModel", "NewsGraphExtraction", "NewsGraphRender", "NewsGraphExport", "CNewsGraphSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "newsgraph", dependencies: ["NewsGraphCLI"]),
        .testTarget(name: "NewsGraphModelTests", dependencies: ["NewsGraphModel"]),
        .testTarget(name: "NewsGraphExtractionTests", dependencies: ["NewsGraphExtraction", "NewsGraphModel"]),
        .testTarget(
            name: "NewsGraphRenderTests",
            dependencies: ["NewsGraphRender", "NewsGraphModel"],
            resources: [.copy("Golden")]
        ),
        .testTarget(
            name: "NewsGraphExportTests",
            dependencies: ["NewsGraphExport", "NewsGraphModel", "NewsGraphRender"],
            resources: [.copy("Golden")]
        ),
        .testTarget(name: "NewsGraphCLITests", dependencies: ["NewsGraphCLI", "NewsGraphModel"]),
    ],
    swiftLanguageModes: [.v6]
)
