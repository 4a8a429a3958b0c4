import Foundation
import NusqaFuzzHarness

// nusqa-fuzz: a deterministic, seeded mutation fuzzer over the whole library (see FuzzOptions.usage).
do {
    let options = try FuzzOptions(Array(CommandLine.arguments.dropFirst()))
    let defaults = SeedPool.defaultFolders(root: options.root)
    let pool = SeedPool(
        folders: options.seedFolders.isEmpty ? defaults.seeds : options.seedFolders,
        corpora: options.corpora.isEmpty ? defaults.corpora : options.corpora)
    if pool.seeds.isEmpty {
        FileHandle.standardError.write(Data("nusqa-fuzz: no seed texts found (run from the repository root or pass --seeds DIR)\n".utf8))
        exit(1)
    }
    if !options.check.isEmpty {
        let harness = FuzzHarness(bases: pool.bases)
        var found = false
        for file in options.check {
            let bytes = FileManager.default.contents(atPath: file).map { [UInt8]($0) } ?? []
            for finding in harness.run(bytes, cli: options.cli) {
                print("\(file): \(finding)")
                found = true
            }
        }
        harness.cleanUp()
        exit(found ? 1 : 0)
    }
    if options.profile {
        exit(Worker.profile(options, pool: pool))
    }
    if options.isWorker {
        exit(Worker.run(options, pool: pool))
    }
    print("nusqa-fuzz: \(pool.seeds.count) seeds, \(pool.bases.count) base acts, seed \(options.seed)")
    exit(Supervisor(options: options, pool: pool).run())
} catch let failure as UsageFailure {
    if let message = failure.message {
        FileHandle.standardError.write(Data("Error: \(message)\n\(FuzzOptions.usage)\n".utf8))
        exit(64)
    }
    print(FuzzOptions.usage)
}
