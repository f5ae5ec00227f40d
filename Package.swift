// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "veerkracht",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "veerkracht", targets: ["veerkracht"])
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.122.3"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.13.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/JohnSundell/Plot.git", from: "0.14.0"),
        .package(url: "https://github.com/yaslab/CSV.swift.git", from: "2.5.2"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.20"),
        // ID tokens of an organisation's own identity provider (OpenID Connect) are checked with it.
        .package(url: "https://github.com/vapor/jwt-kit.git", from: "5.7.1"),
        // Tests make RSA keys of their own (CryptoExtras), as a provider does at start.
        .package(url: "https://github.com/apple/swift-crypto.git", from: "4.5.2"),
        // Page snapshots in review: a change to a page shows as a diff of its HTML.
        .package(url: "https://github.com/pointfreeco/swift-snapshot-testing.git", from: "1.19.7")
    ],
    targets: [
        // The model of the texts: pure Swift, no web or database framework.
        .target(name: "VeerkrachtCore"),
        .target(
            name: "App",
            dependencies: [
                "VeerkrachtCore",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "Plot", package: "Plot"),
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "JWTKit", package: "jwt-kit")
            ],
            // The API's OpenAPI document, served as it is at /api/v1/openapi.json.
            resources: [.copy("Shared/API/openapi.json")]
        ),
        .executableTarget(name: "veerkracht", dependencies: ["App"]),
        // Measured, not asserted: `swift run -c release -Xswiftc -enable-testing import-benchmark`.
        .executableTarget(name: "import-benchmark", dependencies: ["App"], path: "Benchmarks/ImportBenchmark"),
        // Like pgbench beside PostgreSQL: `veerkracht-bench ingest --url URL --concurrency C --responses N`.
        .executableTarget(
            name: "veerkracht-bench",
            dependencies: ["App", .product(name: "AsyncHTTPClient", package: "async-http-client")],
            path: "Benchmarks/IngestBenchmark"
        ),
        .testTarget(name: "VeerkrachtCoreTests", dependencies: ["VeerkrachtCore"]),
        .testTarget(
            name: "AppTests",
            dependencies: [
                "App",
                .product(name: "VaporTesting", package: "vapor"),
                // Tests sign ID tokens with keys they make, as a provider would.
                .product(name: "JWTKit", package: "jwt-kit"),
                .product(name: "CryptoExtras", package: "swift-crypto"),
                .product(name: "SnapshotTesting", package: "swift-snapshot-testing")
            ]
        )
    ]
)
