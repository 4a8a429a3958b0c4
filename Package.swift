// swift-tools-version:6.0
import PackageDescription

/// Every target: Swift 6 language mode (complete strict concurrency) and imports that say what a file uses.
let settings: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("StrictConcurrency"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

/// A library stage under `Sources/`, each depending only on the stages before it (see the DocC landing page).
func stage(_ name: String, _ dependencies: [Target.Dependency] = []) -> Target {
    .target(name: name, dependencies: dependencies, path: "Sources/\(name)", swiftSettings: settings)
}

let package = Package(
    name: "Nusqa",
    products: [
        .library(name: "NusqaKit", targets: ["NusqaKit"]),
        .library(name: "NusqaCLI", targets: ["NusqaCLI"]),
        .executable(name: "nusqa", targets: ["nusqa"]),
    ],
    targets: [
        stage("NusqaCore"),
        stage("NusqaLanguage", ["NusqaCore"]),
        stage("NusqaText", ["NusqaCore"]),
        stage("NusqaParse", ["NusqaCore", "NusqaLanguage", "NusqaText"]),
        stage("NusqaAmend", ["NusqaCore", "NusqaLanguage", "NusqaText", "NusqaParse"]),
        stage("NusqaCorpus", ["NusqaCore", "NusqaText", "NusqaParse", "NusqaAmend"]),
        stage("NusqaTimeline", ["NusqaCore", "NusqaLanguage", "NusqaText", "NusqaParse", "NusqaAmend", "NusqaCorpus"]),
        stage("NusqaDiff", ["NusqaCore"]),
        stage(
            "NusqaRender", ["NusqaCore", "NusqaLanguage", "NusqaText", "NusqaParse", "NusqaAmend", "NusqaCorpus", "NusqaTimeline", "NusqaDiff"]),
        stage(
            "NusqaKit",
            ["NusqaCore", "NusqaLanguage", "NusqaText", "NusqaParse", "NusqaAmend", "NusqaCorpus", "NusqaTimeline", "NusqaDiff", "NusqaRender"]),
        .systemLibrary(name: "CSQLite", path: "Sources/CSQLite"),
        stage("NusqaStore", ["NusqaKit", "CSQLite"]),
        stage("NusqaExport", ["NusqaCore", "NusqaLanguage", "NusqaParse", "NusqaAmend", "NusqaCorpus", "NusqaTimeline", "NusqaDiff", "NusqaRender"]),
        stage("NusqaCLI", ["NusqaKit", "NusqaExport", "NusqaStore"]),
        // Linked with the Swift runtime and Foundation inside on Linux: a process then starts without the dynamic
        // linker resolving ~20 shared libraries (about a third of a short command's CPU; BENCHMARKS.md, issue 12).
        .executableTarget(
            name: "nusqa", dependencies: ["NusqaCLI"], path: "Sources/nusqa", swiftSettings: settings,
            linkerSettings: [
                .unsafeFlags(
                    [
                        "-static-stdlib", "-Xlinker", "--start-group", "-lFoundation", "-lFoundationEssentials", "-lFoundationInternationalization",
                        "-lCoreFoundation", "-l_FoundationCollections", "-l_FoundationCShims", "-l_FoundationICU", "-lswiftDispatch",
                        "-lswiftSynchronization", "-lswift_StringProcessing", "-lswift_RegexParser", "-lswift_Concurrency", "-Xlinker", "--end-group",
                    ], .when(platforms: [.linux], configuration: .release))
            ]),
        .target(name: "NusqaToolSupport", path: "Tools/Support", swiftSettings: settings),
        .target(
            name: "NusqaCorpusGeneration", dependencies: ["NusqaKit", "NusqaToolSupport"], path: "Tools/CorpusGeneration",
            swiftSettings: settings),
        .executableTarget(
            name: "nusqa-corpus-gen", dependencies: ["NusqaCorpusGeneration"], path: "Tools/CorpusGenerator", swiftSettings: settings),
        .target(name: "NusqaEvaluation", dependencies: ["NusqaCLI"], path: "Tools/Evaluation/Scoring", swiftSettings: settings),
        .executableTarget(
            name: "nusqa-eval", dependencies: ["NusqaEvaluation"], path: "Tools/Evaluation/Command", swiftSettings: settings),
        .target(
            name: "NusqaFuzzHarness", dependencies: ["NusqaKit", "NusqaCLI", "NusqaToolSupport"], path: "Tools/FuzzHarness",
            swiftSettings: settings),
        .executableTarget(name: "nusqa-fuzz", dependencies: ["NusqaFuzzHarness"], path: "Tools/Fuzz", swiftSettings: settings),
        .executableTarget(
            name: "nusqa-bench", dependencies: ["NusqaKit", "NusqaStore", "NusqaCLI", "NusqaToolSupport"], path: "Tools/Benchmark", swiftSettings: settings),
        .testTarget(
            name: "NusqaKitTests", dependencies: ["NusqaKit", "NusqaCorpusGeneration", "NusqaToolSupport"], path: "Tests/NusqaKitTests",
            exclude: ["Fixtures"], swiftSettings: settings),
        .testTarget(
            name: "NusqaCLITests", dependencies: ["NusqaCLI", "NusqaKit", "NusqaExport", "NusqaStore", "NusqaEvaluation", "NusqaCorpusGeneration"], path: "Tests/NusqaCLITests",
            exclude: ["Fixtures"], swiftSettings: settings),
    ]
)
