// swift-tools-version: 6.0
// The Hummingbird 2 peer for scripts/bench-http: the same two routes and bytes as
// byline-http-bench. Its own package, never built by CI or scripts/test.
import PackageDescription

let package = Package(
    name: "hummingbird-peer",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", exact: "2.28.1"),
    ],
    targets: [
        .executableTarget(
            name: "hummingbird-peer",
            dependencies: [.product(name: "Hummingbird", package: "hummingbird")]
        ),
    ]
)
