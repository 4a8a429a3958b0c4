import Foundation

/// The command line of `nusqa-bench`: generates the corpora it lacks, measures each size in a child process
/// (so peak memory is per size), and prints one Markdown report.
enum BenchCommand {
    static let sizes: [(name: String, acts: Int)] = [("small", 100), ("medium", 1000), ("large", 10000)]
    static let amendments = 20

    static func run(_ arguments: [String]) -> Int32 {
        var options: [String: String] = [:]
        var i = 0
        while i + 1 < arguments.count { options[String(arguments[i].dropFirst(2))] = arguments[i + 1]; i += 2 }
        if arguments.contains("--help") {
            print("Usage: nusqa-bench [--sizes small,medium,large,micro] [--store small,medium] [--samples N] [--whole-samples N] [--seed S] [--dir BenchCorpus] [--only parse] [--passes N]")
            return 0
        }
        let seed = UInt64(options["seed"] ?? "1") ?? 1
        let directory = options["dir"] ?? "BenchCorpus"
        let binDirectory = (CommandLine.arguments[0] as NSString).deletingLastPathComponent
        let generator = (binDirectory as NSString).appendingPathComponent("nusqa-corpus-gen")
        if let child = options["child"] {
            let results: [String: Double]
            if child == "micro" {
                results = MicroBench.run(generator: generator, directory: directory, seed: seed)
            } else if child.hasPrefix("store-") {
                let nusqa = (binDirectory as NSString).appendingPathComponent("nusqa")
                results = StoreBench.run(
                    nusqa: nusqa, directory: directory + "/" + child.dropFirst(6), seed: seed, samples: Int(options["samples"] ?? "30") ?? 30,
                    wholeSamples: Int(options["whole-samples"] ?? "3") ?? 3)
            } else {
                results = CorpusBench.run(
                    directory: directory + "/" + child, seed: seed, fullConsolidation: options["full"] == "1",
                    parseOnly: options["only"] == "parse", passes: Int(options["passes"] ?? "1") ?? 1)
            }
            let data = (try? JSONSerialization.data(withJSONObject: results, options: [.sortedKeys])) ?? Data()
            print("RESULT " + String(decoding: data, as: UTF8.self))
            return 0
        }
        let wanted = (options["sizes"] ?? "small,medium,large,micro").split(separator: ",").map(String.init)
        if let storeSizes = options["store"] {
            // The corpus store against the whole-corpus path (issue 12), each size in its own child.
            var report: [String: [String: Double]] = [:]
            for size in storeSizes.split(separator: ",").map(String.init) {
                let dir = directory + "/" + size
                if !FileManager.default.fileExists(atPath: dir + "/acts"), let acts = sizes.first(where: { $0.name == size })?.acts {
                    log("generating \(size)")
                    Measure.run(generator, ["--acts", "\(acts)", "--amendments", "\(amendments)", "--seed", "\(seed)", "--out", dir])
                }
                log("measuring the store on \(size)")
                report[size] = child([
                    "--child", "store-" + size, "--seed", "\(seed)", "--dir", directory, "--samples", options["samples"] ?? "30",
                    "--whole-samples", options["whole-samples"] ?? "3",
                ])
            }
            print(Report.store(report))
            return 0
        }
        var report: [String: [String: Double]] = [:]
        for size in sizes where wanted.contains(size.name) {
            let dir = directory + "/" + size.name
            var genSeconds = Double.nan
            if !FileManager.default.fileExists(atPath: dir + "/acts") {
                log("generating \(size.name): \(size.acts) base acts × \(amendments) amending orders")
                genSeconds = Measure.run(generator, ["--acts", "\(size.acts)", "--amendments", "\(amendments)", "--seed", "\(seed)", "--out", dir]).seconds
            }
            log("measuring \(size.name)")
            // The whole-corpus library path (now linear: entries are indexed) runs at every size.
            let full = "1"
            var results = child(
                ["--child", size.name, "--seed", "\(seed)", "--dir", directory, "--full", full] + (options["only"].map { ["--only", $0] } ?? [])
                    + ["--passes", options["passes"] ?? (options["only"] == "parse" ? "3" : "1")])
            results["generateSeconds"] = genSeconds
            report[size.name] = results
        }
        if wanted.contains("micro") {
            log("measuring the single-act targets")
            report["micro"] = child(["--child", "micro", "--seed", "\(seed)", "--dir", directory])
        }
        print(Report.markdown(report, sizes: sizes.map(\.name).filter { report[$0] != nil }))
        return 0
    }

    private static func child(_ arguments: [String]) -> [String: Double] {
        let output = Measure.output(CommandLine.arguments[0], arguments)
        guard let line = output.split(separator: "\n").last(where: { $0.hasPrefix("RESULT ") }),
            let object = try? JSONSerialization.jsonObject(with: Data(line.dropFirst(7).utf8)) as? [String: Double]
        else { return [:] }
        return object
    }

    static func log(_ message: String) { FileHandle.standardError.write(Data("nusqa-bench: \(message)\n".utf8)) }
}
