// swift-tools-version: 6.2
import PackageDescription

// Module graph (one direction of dependency):
//   BylineHTTP        the engine: sockets, parser, messages, router, server. Knows nothing of news.
//   BylineModel       Article, Entity, Quote, Mention: the API.md values.
//   BylineExtraction  raw text -> model. Pure, no I/O beyond what it is handed.
//   BylineCorpus      folders -> immutable repository with indexes.
//   BylineAPI         endpoints on BylineHTTP over a BylineCorpus repository.
//   BylineLogging     the service's log lines (text or JSON, one per event), for byline and the benchmark.
//   byline            the executable: `serve`, `extract`, config, logging, signals.
let package = Package(
    name: "byline",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "byline", targets: ["byline"]),
        .library(name: "BylineHTTP", targets: ["BylineHTTP"]),
        .library(name: "BylineExtraction", targets: ["BylineExtraction"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-configuration.git", from: "1.4.0"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
    ],
    targets: [
        .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CCurl", providers: [.apt(["libcurl4-openssl-dev"])]),
        // epoll and eventfd headers for the HTTP engine's event loops (Glibc's module omits them).
        .systemLibrary(name: "CLinux"),

        .target(
            name: "BylineHTTP",
            dependencies: [
                "CZlib",
                "CLinux",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(name: "BylineModel"),
        .target(
            name: "BylineExtraction",
            dependencies: ["BylineModel"],
            resources: [.copy("Resources")]
        ),
        .target(
            name: "BylineCorpus",
            dependencies: [
                "BylineModel",
                "BylineExtraction",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "BylineAPI",
            dependencies: [
                "BylineHTTP",
                "BylineModel",
                "BylineCorpus",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            resources: [.copy("Public")]
        ),
        .target(
            name: "BylineLogging",
            dependencies: ["BylineHTTP", .product(name: "Logging", package: "swift-log")]
        ),
        .executableTarget(
            name: "byline",
            dependencies: [
                "BylineHTTP",
                "BylineLogging",
                "BylineModel",
                "BylineExtraction",
                "BylineCorpus",
                "BylineAPI",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Configuration", package: "swift-configuration"),
            ]
        ),

        // A tiny server for scripts/bench-http (/healthz and a 12 KiB JSON body).
        .executableTarget(
            name: "byline-http-bench",
            dependencies: ["BylineHTTP", .product(name: "Logging", package: "swift-log")]
        ),

        // Load benchmark (scripts/bench-extract): not part of the product.
        .executableTarget(
            name: "BylineBench",
            dependencies: ["BylineCorpus", "BylineLogging", .product(name: "Logging", package: "swift-log")],
            path: "benchmarks/BylineBench"
        ),
        // Cleaning-stage benchmark and output digest (ArticleCleaner only): not part of the product.
        .executableTarget(
            name: "BylineCleanBench",
            dependencies: ["BylineExtraction"],
            path: "benchmarks/BylineCleanBench"
        ),

        // Test-only helpers (a libcurl client) shared by the integration tests.
        .target(name: "BylineTestSupport", dependencies: ["CCurl"], exclude: ["README.md"]),

        .testTarget(name: "BylineHTTPTests", dependencies: ["BylineHTTP", "BylineTestSupport"]),
        .testTarget(name: "BylineModelTests", dependencies: ["BylineModel", "BylineTestSupport"]),
        .testTarget(name: "BylineExtractionTests", dependencies: ["BylineExtraction", "BylineModel", "BylineTestSupport"]),
        .testTarget(name: "BylineLoggingTests", dependencies: ["BylineLogging", "BylineTestSupport"]),
        .testTarget(name: "BylineCorpusTests", dependencies: ["BylineCorpus", "BylineExtraction", "BylineModel", "BylineTestSupport"]),
        .testTarget(
            name: "BylineAPITests",
            dependencies: ["byline", "BylineAPI", "BylineHTTP", "BylineCorpus", "BylineModel", "BylineTestSupport"],
            resources: [.copy("Fixtures")]
        ),
    ]
)
