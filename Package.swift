// swift-tools-version: 6.1
import PackageDescription

let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "apiref",
    products: [
        .executable(name: "apiref", targets: ["apiref"]),
        .library(name: "APIRefCore", targets: ["APIRefCore"]),
        .plugin(name: "APIRefCheck", targets: ["APIRefCheck"]),
        .plugin(name: "APIRefGenerate", targets: ["APIRefGenerate"]),
    ],
    targets: [
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .target(
            name: "APIRefCore",
            dependencies: ["CLibYAML"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "APIRefDisk",
            dependencies: ["APIRefCore"],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "apiref",
            dependencies: ["APIRefCore", "APIRefDisk"],
            swiftSettings: strictSettings
        ),
        .plugin(
            name: "APIRefCheck",
            capability: .command(
                intent: .custom(verb: "apiref-check", description: "Run apiref check on the package's api-ref documentation")
            ),
            dependencies: ["apiref"]
        ),
        .plugin(
            name: "APIRefGenerate",
            capability: .buildTool(),
            dependencies: ["apiref"]
        ),
        .testTarget(
            name: "APIRefCoreTests",
            dependencies: ["APIRefCore", "APIRefDisk"],
            swiftSettings: strictSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
