import Foundation
import NusqaToolSupport

/// The corpus store against the whole-corpus path, both timed as `nusqa` processes in the same run (қойма өлшемі):
/// index build and peak memory, re-index after one changed order, each command's latency, store size.
enum StoreBench {
    typealias Results = [String: Double]

    static func run(nusqa: String, directory: String, seed: UInt64, samples: Int, wholeSamples: Int) -> Results {
        var r: Results = [:]
        r["loadBefore"] = loadAverage()
        let acts = (directory as NSString).appendingPathComponent("acts")
        let store = NSTemporaryDirectory() + "nusqa-bench-store-\(getpid()).sqlite"
        defer { try? FileManager.default.removeItem(atPath: store) }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: acts)) ?? []).sorted()
        var textBytes = 0
        for name in names where name.hasSuffix(".txt") { textBytes += fileSize((acts as NSString).appendingPathComponent(name)) }
        r["corpusMB"] = Double(textBytes) / 1e6
        let common = ["--corpus", directory, "--store", store]

        // Build from nothing, then re-index after one amending order changes.
        let build = timed(nusqa, ["index", "--rebuild"] + common)
        r["indexSeconds"] = build.seconds
        r["indexPeakMiB"] = build.peakMiB
        r["storeMB"] = Double(fileSize(store)) / 1e6
        r["current"] = timed(nusqa, ["index"] + common).seconds
        let bases = names.filter { $0.hasSuffix(".json") && kind(of: (acts as NSString).appendingPathComponent($0)) == "base" }.map { String($0.dropLast(5)) }
        let amending = names.filter { $0.hasSuffix(".txt") }.first { name in
            kind(of: (acts as NSString).appendingPathComponent(String(name.dropLast(4)) + ".json")) == "amending"
        }
        if let amending {
            let path = (acts as NSString).appendingPathComponent(amending)
            let original = FileManager.default.contents(atPath: path) ?? Data()
            FileManager.default.createFile(atPath: path, contents: original + Data("\n".utf8))
            r["reindexOneSeconds"] = timed(nusqa, ["index"] + common).seconds
            FileManager.default.createFile(atPath: path, contents: original)
            r["reindexBackSeconds"] = timed(nusqa, ["index"] + common).seconds
        }

        // Each command at random acts and dates, from the store; the whole-corpus path on fewer samples.
        var rng = SplitMix64(seed: seed)
        func randomDate() -> String { "20\(19 + rng.int(below: 9))-\(String(format: "%02d", 1 + rng.int(below: 12)))-15" }
        let words = ["медициналық", "өзгеріс", "тармақ", "деректер", "\"медициналық көмек\"", "қағидалар", "мониторинг", "тіркеу"]
        func arguments(_ command: String) -> [String] {
            let act = bases.isEmpty ? "" : bases[rng.int(below: bases.count)]
            switch command {
            case "show": return ["show", act, "--as-of", randomDate()]
            case "versions": return ["versions", act]
            case "history": return ["history", act, "\(1 + rng.int(below: 20))-тармақ"]  // a reference, as a reader writes it
            case "diff": return ["diff", act, "--from", randomDate(), "--to", randomDate()]
            case "search": return ["search", words[rng.int(below: words.count)], "--as-of", randomDate(), "--limit", "20"]
            default: return ["acts"]
            }
        }
        for command in ["show", "versions", "history", "diff", "search"] {
            let runs = (0..<samples).map { _ in timed(nusqa, arguments(command) + common) }
            let times = runs.map { $0.seconds * 1000 }
            r[command + "Failures"] = Double(runs.filter { $0.status != 0 }.count)
            r[command + "MedianMs"] = Measure.median(times)
            r[command + "P99Ms"] = Measure.percentile(times, 0.99)
            if command != "search" {
                let whole = (0..<wholeSamples).map { _ in timed(nusqa, arguments(command) + ["--corpus", directory, "--no-store"]) }
                r[command + "WholeMs"] = Measure.median(whole.map { $0.seconds * 1000 })
                r[command + "WholePeakMiB"] = whole.map(\.peakMiB).max() ?? .nan
            }
        }
        r["loadAfter"] = loadAverage()
        return r
    }

    /// The one-minute load average.
    static func loadAverage() -> Double {
        let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? ""
        return Double(text.split(separator: " ").first ?? "") ?? .nan
    }

    /// Wall time and the child's peak resident memory (wait4 rusage).
    static func timed(_ path: String, _ arguments: [String]) -> (seconds: Double, peakMiB: Double, status: Int32) {
        var pid: pid_t = 0
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        defer { posix_spawn_file_actions_destroy(&actions) }
        let start = Measure.now()
        guard posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else { return (.nan, .nan, -1) }
        var status: Int32 = 0
        var usage = rusage()
        wait4(pid, &status, 0, &usage)
        return (Double(Measure.now() - start) / 1e9, Double(usage.ru_maxrss) / 1024, status)
    }

    static func fileSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? Int) ?? 0
    }

    static func kind(of sidecar: String) -> String? {
        guard let data = FileManager.default.contents(atPath: sidecar),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return nil }
        return object["kind"] as? String
    }
}
