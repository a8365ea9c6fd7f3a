// swift-tools-version: 6.1
import PackageDescription

/// Settings every target shares: Swift 6 language mode with strict concurrency.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "Adimple",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "BrazilKit", targets: ["BrazilKit"]),
        .library(name: "BoletoKit", targets: ["BoletoKit"]),
        .library(name: "PixKit", targets: ["PixKit"]),
        .library(name: "DocumentKit", targets: ["DocumentKit"]),
        .library(name: "CNABKit", targets: ["CNABKit"]),
        .executable(name: "adimple", targets: ["adimple"]),
        .executable(name: "adimple-bench", targets: ["adimple-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-configuration.git", from: "1.4.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/vapor/sql-kit.git", from: "3.36.0"),
        .package(url: "https://github.com/yaslab/CSV.swift.git", from: "2.5.2"),
        .package(url: "https://github.com/vapor/sqlite-kit.git", from: "4.5.2"),
        .package(url: "https://github.com/vapor/sqlite-nio.git", from: "1.13.2"),
        .package(url: "https://github.com/vapor/postgres-kit.git", from: "2.17.0"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-openapi-generator.git", from: "1.14.3"),
        .package(url: "https://github.com/apple/swift-openapi-runtime.git", from: "1.13.4"),
        .package(url: "https://github.com/hummingbird-project/swift-openapi-hummingbird.git", from: "2.1.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/jpsim/Yams.git", "5.0.1"..<"7.0.0"),
    ],
    targets: [
        // Rails library: pure Swift, no I/O.
        .target(name: "BrazilKit", swiftSettings: strictSettings),
        // Rails library: FEBRABAN barcode and linha digitável, per-bank campo livre.
        .target(name: "BoletoKit", dependencies: ["BrazilKit"], swiftSettings: strictSettings),
        // Rails library: Pix BR Code (EMV-MPM) with CRC16.
        .target(name: "PixKit", dependencies: ["BrazilKit"], swiftSettings: strictSettings),
        // Rails library: QR code, ITF barcode, a small PDF writer, boleto and carnê layouts.
        .target(name: "DocumentKit", swiftSettings: strictSettings),
        // Rails library: CNAB 240/400/150 layouts, remessa writers, retorno readers; OFX statements.
        .target(name: "CNABKit", dependencies: ["BrazilKit"], swiftSettings: strictSettings),

        // Domain: types, rules, state machines and ports. No SQL, HTTP or NIO.
        .target(name: "AdimpleCore", dependencies: ["BrazilKit", "BoletoKit", "PixKit", "CNABKit"], swiftSettings: strictSettings),

        // SQLKit implementations of the ports, for SQLite and PostgreSQL.
        .target(
            name: "AdimpleStore",
            dependencies: [
                "AdimpleCore", "BrazilKit", "BoletoKit",
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "SQLiteKit", package: "sqlite-kit"),
                .product(name: "SQLiteNIO", package: "sqlite-nio"),
                .product(name: "PostgresKit", package: "postgres-kit"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),

        // HTTP routes (health, metrics; the API and pages arrive with their issues).
        .target(
            name: "AdimpleWeb",
            dependencies: [
                "AdimpleCore", "BrazilKit",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            swiftSettings: strictSettings
        ),

        // Boleto and carnê PDFs from stored boletos (sheet building and rendering).
        .target(
            name: "AdimpleDocuments",
            dependencies: ["AdimpleCore", "BrazilKit", "BoletoKit", "DocumentKit"],
            swiftSettings: strictSettings
        ),

        // CSV import and export of customers and charges, as finance teams have them.
        .target(
            name: "AdimpleImport",
            dependencies: ["AdimpleCore", "BrazilKit", .product(name: "CSV", package: "CSV.swift")],
            swiftSettings: strictSettings
        ),

        // The REST API: the OpenAPI contract (openapi.yaml), the server stubs generated from it
        // at build time, their implementation, API keys, idempotency and rate limits.
        .target(
            name: "AdimpleAPI",
            dependencies: [
                "AdimpleCore", "BrazilKit", "AdimpleWeb", "AdimpleImport", "AdimpleDocuments", "BoletoKit", "CNABKit",
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "OpenAPIHummingbird", package: "swift-openapi-hummingbird"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Yams", package: "Yams"),
            ],
            resources: [.embedInCode("openapi.yaml")],
            swiftSettings: strictSettings,
            plugins: [.plugin(name: "OpenAPIGenerator", package: "swift-openapi-generator")]
        ),

        // Outbound integrations: webhook delivery over HTTP (banks, PSPs and message
        // providers arrive with their issues).
        .target(
            name: "AdimpleIntegrations",
            dependencies: [
                "AdimpleCore", "BrazilKit",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),

        // Composition root: configuration, wiring, services, demo company.
        .target(
            name: "AdimpleApp",
            dependencies: [
                "AdimpleCore", "AdimpleStore", "AdimpleWeb", "AdimpleAPI", "AdimpleIntegrations", "AdimpleImport",
                "BrazilKit",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Configuration", package: "swift-configuration"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),

        .executableTarget(
            name: "adimple",
            dependencies: [
                "AdimpleApp", "AdimpleCore", "AdimpleStore", "AdimpleImport", "AdimpleAPI", "BrazilKit",
                "AdimpleDocuments", "BoletoKit", "PixKit", "CNABKit",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "adimple-bench",
            dependencies: [
                "AdimpleApp", "AdimpleCore", "AdimpleStore", "AdimpleAPI", "AdimpleIntegrations", "BrazilKit",
                "AdimpleDocuments", "BoletoKit", "PixKit", "DocumentKit", "CNABKit",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),

        .testTarget(name: "BrazilKitTests", dependencies: ["BrazilKit"], swiftSettings: strictSettings),
        .testTarget(name: "BoletoKitTests", dependencies: ["BoletoKit", "BrazilKit"], swiftSettings: strictSettings),
        .testTarget(name: "PixKitTests", dependencies: ["PixKit", "BrazilKit"], swiftSettings: strictSettings),
        .testTarget(name: "DocumentKitTests", dependencies: ["DocumentKit"], swiftSettings: strictSettings),
        .testTarget(name: "CNABKitTests", dependencies: ["CNABKit", "BrazilKit"], swiftSettings: strictSettings),
        .testTarget(name: "AdimpleCoreTests", dependencies: ["AdimpleCore", "BrazilKit"], swiftSettings: strictSettings),
        .testTarget(
            name: "AdimpleStoreTests",
            dependencies: [
                "AdimpleStore", "AdimpleCore", "BrazilKit", "AdimpleApp", "BoletoKit", "PixKit", "CNABKit",
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "AdimpleAppTests",
            dependencies: [
                "AdimpleApp", "AdimpleCore", "AdimpleStore", "AdimpleWeb", "AdimpleAPI", "AdimpleIntegrations",
                "AdimpleImport", "BrazilKit", "BoletoKit",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "AdimpleIntegrationsTests",
            dependencies: [
                "AdimpleIntegrations", "AdimpleCore", "AdimpleStore", "BrazilKit",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            swiftSettings: strictSettings
        ),
    ]
)
