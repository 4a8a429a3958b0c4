import Foundation
import NusqaFuzzHarness

/// Runs cases in this process and reports on stdout, one line per event (the supervisor reads them):
/// `case N` before each case, `fail N invariant: detail`, `slow N cpu-ms bytes wall-ms`, and `done` at the end.
enum Worker {
    static func run(_ options: FuzzOptions, pool: SeedPool) -> Int32 {
        let harness = FuzzHarness(bases: pool.bases)
        defer { harness.cleanUp() }
        let end = options.start + (options.runs ?? options.batch)
        for index in options.start..<end {
            say("case \(index)")
            let fuzzCase = FuzzCase(index: index, seed: options.seed, pool: pool)
            let started = DispatchTime.now().uptimeNanoseconds
            let startedCPU = threadCPUNanoseconds()
            let findings = harness.run(fuzzCase.bytes, original: fuzzCase.original, cli: options.cli)
            // Slow is CPU time: on a shared machine the wall clock counts other processes' work too.
            let cpu = Double(threadCPUNanoseconds() - startedCPU) / 1e6
            let wall = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6
            for finding in findings { say("fail \(index) \(finding)") }
            if cpu > options.slowMilliseconds { say("slow \(index) \(Int(cpu)) \(fuzzCase.bytes.count) \(Int(wall))") }
        }
        say("done")
        return 0
    }

    /// Runs the cases in this process with a stage clock and prints where the time went.
    static func profile(_ options: FuzzOptions, pool: SeedPool) -> Int32 {
        let clock = StageClock()
        let harness = FuzzHarness(bases: pool.bases, clock: clock)
        defer { harness.cleanUp() }
        let count = options.runs ?? options.batch
        let started = DispatchTime.now().uptimeNanoseconds
        var cpu = rusage()
        var findings = 0
        for index in options.start..<(options.start + count) {
            let fuzzCase = clock.measure("make input") { FuzzCase(index: index, seed: options.seed, pool: pool) }
            findings += clock.measure("run case") { harness.run(fuzzCase.bytes, original: fuzzCase.original, cli: options.cli).count }
        }
        getrusage(RUSAGE_SELF.rawValue, &cpu)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        let cpuSeconds = Double(cpu.ru_utime.tv_sec) + Double(cpu.ru_utime.tv_usec) / 1e6 + Double(cpu.ru_stime.tv_sec) + Double(cpu.ru_stime.tv_usec) / 1e6
        print(String(format: "nusqa-fuzz --profile: seed %llu, cases %d..<%d: %.1f s wall (%.0f/s), %.1f s CPU (%.0f/s), %d findings",
                     options.seed, options.start, options.start + count, seconds, Double(count) / seconds, cpuSeconds, Double(count) / cpuSeconds, findings))
        print("  (\"run case\" is a whole case; the stages after it are inside it)")
        print(clock.report)
        return 0
    }

    /// The CPU time of this thread.
    static func threadCPUNanoseconds() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }

    static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}
