// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Nusqa",
    products: [
        .library(name: "NusqaKit", targets: ["NusqaKit"]),
        .library(name: "NusqaCLI", targets: ["NusqaCLI"]),
        .executable(name: "nusqa", targets: ["nusqa"]),
    ],
    targets: [
        .target(name: "NusqaKit", path: "Sources/NusqaKit"),
        .target(name: "NusqaExport", dependencies: ["NusqaKit"], path: "Sources/NusqaExport"),
        .target(name: "NusqaCLI", dependencies: ["NusqaKit", "NusqaExport"], path: "Sources/NusqaCLI"),
        .executableTarget(name: "nusqa", dependencies: ["NusqaCLI"], path: "Sources/nusqa"),
        .target(name: "NusqaToolSupport", path: "Tools/Support"),
        .executableTarget(name: "nusqa-corpus-gen", dependencies: ["NusqaKit", "NusqaToolSupport"], path: "Tools/CorpusGenerator"),
        .target(name: "NusqaEvaluation", dependencies: ["NusqaCLI"], path: "Tools/Evaluation/Scoring"),
        .executableTarget(name: "nusqa-eval", dependencies: ["NusqaEvaluation"], path: "Tools/Evaluation/Command"),
        .executableTarget(name: "nusqa-bench", dependencies: ["NusqaKit", "NusqaToolSupport"], path: "Tools/Benchmark"),
        .testTarget(
            name: "NusqaKitTests", dependencies: ["NusqaKit", "nusqa-corpus-gen", "NusqaToolSupport"], path: "Tests/NusqaKitTests",
            exclude: ["Fixtures"]),
        .testTarget(
            name: "NusqaCLITests", dependencies: ["NusqaCLI", "NusqaKit", "NusqaExport", "NusqaEvaluation"], path: "Tests/NusqaCLITests",
            exclude: ["Fixtures"]),
    ]
)
