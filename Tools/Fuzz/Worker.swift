import Foundation
import NusqaFuzzHarness

/// Runs cases in this process and reports on stdout, one line per event (the supervisor reads them):
/// `case N` before each case, `fail N invariant: detail`, `slow N ms`, and `done` at the end.
enum Worker {
    static func run(_ options: FuzzOptions, pool: SeedPool) -> Int32 {
        let harness = FuzzHarness(bases: pool.bases)
        defer { harness.cleanUp() }
        let end = options.start + (options.runs ?? options.batch)
        for index in options.start..<end {
            say("case \(index)")
            let fuzzCase = FuzzCase(index: index, seed: options.seed, pool: pool)
            let started = DispatchTime.now().uptimeNanoseconds
            let findings = harness.run(fuzzCase.bytes, original: fuzzCase.original, cli: options.cli)
            let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6
            for finding in findings { say("fail \(index) \(finding)") }
            if milliseconds > options.slowMilliseconds { say("slow \(index) \(Int(milliseconds)) \(fuzzCase.bytes.count)") }
        }
        say("done")
        return 0
    }

    static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}
