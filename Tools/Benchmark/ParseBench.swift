import Foundation
import NusqaKit

/// Parse throughput (талдау жылдамдығы) beside `wc -l` over the same bytes, in one run: best of N passes on
/// one thread, with each pass's CPU time (user + sys of the parsing thread) and the load average around it.
enum ParseBench {
    /// Measures `texts` (already in memory); `passes` single-thread passes, one two-thread pass.
    static func run(_ texts: [(name: String, bytes: [UInt8])], passes: Int) -> [String: Double] {
        var r: [String: Double] = [:]
        r["loadBefore"] = loadAverage()
        var walls: [Double] = []
        var cpus: [Double] = []
        var parseErrors = 0
        for pass in 0..<max(1, passes) {
            var errors = 0
            let cpuStart = threadCPUSeconds()
            let wall = Measure.seconds {
                for text in texts { errors += ActParser.parse(bytes: text.bytes, name: text.name, dialect: .adilet).diagnostics.filter(\.isError).count }
            }
            cpus.append(threadCPUSeconds() - cpuStart)
            walls.append(wall)
            if pass == 0 { parseErrors = errors }
            BenchCommand.log(String(format: "parse pass %d: %.2f s wall, %.2f s CPU", pass + 1, wall, cpus.last!))
        }
        r["parseSeconds"] = walls.min()
        r["parseMedianSeconds"] = Measure.median(walls)
        r["parseCPUSeconds"] = cpus.min()
        r["parsePasses"] = Double(walls.count)
        r["parseErrors"] = Double(parseErrors)
        let threads = 2
        r["parse2Seconds"] = Measure.seconds {
            DispatchQueue.concurrentPerform(iterations: threads) { t in
                var i = t
                while i < texts.count { _ = ActParser.parse(bytes: texts[i].bytes, name: texts[i].name, dialect: .adilet); i += threads }
            }
        }

        // wc -l over the same bytes: one file holding every text, already in the page cache.
        let concatenated = NSTemporaryDirectory() + "nusqa-bench-all-\(getpid()).txt"
        FileManager.default.createFile(atPath: concatenated, contents: nil)
        if let handle = FileHandle(forWritingAtPath: concatenated) {
            for text in texts { handle.write(Data(text.bytes)) }
            try? handle.close()
        }
        Measure.run("/usr/bin/wc", ["-l", concatenated])
        var wcWalls: [Double] = []
        var wcCPUs: [Double] = []
        for _ in 0..<3 {
            let cpuStart = childrenCPUSeconds()
            wcWalls.append(Measure.run("/usr/bin/wc", ["-l", concatenated]).seconds)
            wcCPUs.append(childrenCPUSeconds() - cpuStart)
        }
        r["wcSeconds"] = wcWalls.min()
        r["wcCPUSeconds"] = wcCPUs.min()
        try? FileManager.default.removeItem(atPath: concatenated)
        r["loadAfter"] = loadAverage()
        return r
    }

    /// User + system CPU seconds of the calling thread.
    static func threadCPUSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    /// User + system CPU seconds of the children waited for so far.
    static func childrenCPUSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        func s(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return s(usage.ru_utime) + s(usage.ru_stime)
    }

    /// The one-minute load average (/proc/loadavg), NaN where there is none.
    static func loadAverage() -> Double {
        guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return .nan }
        return Double(text.split(separator: " ").first ?? "") ?? .nan
    }
}
