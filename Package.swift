// swift-tools-version:6.0
import PackageDescription
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

let package = Package(
    name: "study",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "study", targets: ["study"]),
        .library(name: "StudyKit", targets: ["StudyKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // The engine: text in, knowledge model out. No terminal I/O, no globals.
        .target(
            name: "StudyKit",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")],
            exclude: ["Seed/README.md"],
            resources: [.embedInCode("Seed/albright-iraq-2007.txt"),
                        // The sentence-role weights, written by `make train`.
                        .embedInCode("Argument/Learned/component-model.tsv"),
                        // Their paragraph chain and thesis pair weights, written with them.
                        .embedInCode("Argument/Learned/paragraph-chain.tsv"),
                        // What the analysis asks of WordNet, written by `make lexicon-table`.
                        .embedInCode("Lexicon/lexicon-table.tsv")]
        ),
        // libedit, through its readline compatibility layer.
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        // The interactive shell: command table, line reading, rendering.
        .target(name: "StudyShell", dependencies: ["StudyKit", "CEditLine"]),
        // The executable: argument parsing only.
        .executableTarget(
            name: "study",
            dependencies: ["StudyShell", "StudyKit", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(name: "StudyKitTests", dependencies: ["StudyKit"]),
        .testTarget(name: "StudyShellTests", dependencies: ["StudyShell"]),
        .testTarget(name: "EndToEndTests", dependencies: ["StudyKit"]),
    ]
)

// `make fuzz` only: the libFuzzer executable (built with -sanitize=fuzzer and -parse-as-library, where libFuzzer
// supplies main). Left out of plain `swift build` and `swift test`, where it would have no main.
if getenv("STUDY_FUZZ").map({ String(cString: $0) }) == "1" {
    package.products.append(.executable(name: "StudyFuzz", targets: ["StudyFuzz"]))
    package.targets.append(.executableTarget(name: "StudyFuzz", dependencies: ["StudyKit", "StudyShell"]))
}
