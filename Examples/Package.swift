// swift-tools-version: 6.1
import PackageDescription

// An example of apiref's build plugin: the Bookshelf target holds an API reference in the
// os-api-ref format (api-ref/source, its parameters file and its samples), and the plugin
// generates its request and response types, its service protocol and its routes while the
// target builds. bookshelf-demo serves a few requests through the generated router.
let package = Package(
    name: "Examples",
    dependencies: [
        .package(name: "apiref", path: "..")
    ],
    targets: [
        .target(
            name: "Bookshelf",
            plugins: [.plugin(name: "APIRefGenerate", package: "apiref")]
        ),
        .executableTarget(
            name: "bookshelf-demo",
            dependencies: ["Bookshelf"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
