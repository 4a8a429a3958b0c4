import Foundation
import NusqaFuzzHarness

/// Runs the cases in child processes (fuzz бақылаушысы), so a trap or a hang in one case is caught,
/// reported with its case number and input, and the run goes on from the next case.
struct Supervisor {
    let options: FuzzOptions
    let pool: SeedPool
    /// A case that makes no progress for this long is a hang.
    let hangSeconds = 60.0

    struct Report {
        var cases = 0
        var traps: [(Int, String)] = []
        var hangs: [Int] = []
        var failures: [(Int, String)] = []
        var slow: [(index: Int, milliseconds: Int, bytes: Int)] = []
    }

    func run() -> Int32 {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        let started = Date()
        var report = Report()
        var next = options.start
        let last = options.runs.map { options.start + $0 }
        while true {
            if let last, next >= last { break }
            if let seconds = options.seconds, Date().timeIntervalSince(started) >= seconds { break }
            let count = min(options.batch, (last ?? Int.max) - next)
            let outcome = runBatch(executable, from: next, count: count)
            report.cases += outcome.completed
            report.failures += outcome.failures
            for line in outcome.failures { print("FAIL case \(line.0): \(line.1)") }
            report.slow += outcome.slow
            if let culprit = outcome.culprit {
                let fuzzCase = FuzzCase(index: culprit, seed: options.seed, pool: pool)
                let file = save(fuzzCase, kind: outcome.hung ? "hang" : "trap")
                if outcome.hung { report.hangs.append(culprit) } else { report.traps.append((culprit, outcome.status)) }
                print("\(outcome.hung ? "HANG" : "TRAP") case \(culprit) (\(outcome.status)) from \(fuzzCase.seedName) [\(fuzzCase.steps.joined(separator: ","))] → \(file)")
                report.cases += 1
                next = culprit + 1
            } else {
                next += count
            }
            let elapsed = Date().timeIntervalSince(started)
            print(String(format: "… %d cases, %.0f s, %.0f cases/s", report.cases, elapsed, Double(report.cases) / max(elapsed, 0.001)))
            fflush(nil)
        }
        for failure in Dictionary(grouping: report.failures, by: { $0.0 }).keys.sorted().prefix(50) {
            let fuzzCase = FuzzCase(index: failure, seed: options.seed, pool: pool)
            _ = save(fuzzCase, kind: "fail")
        }
        let elapsed = Date().timeIntervalSince(started)
        print("nusqa-fuzz: seed \(options.seed), cases \(options.start)..<\(next): \(report.cases) executions in \(String(format: "%.1f", elapsed)) s (\(String(format: "%.0f", Double(report.cases) / max(elapsed, 0.001)))/s)")
        print("  traps: \(report.traps.count), hangs: \(report.hangs.count), invariant failures: \(report.failures.count) in \(Set(report.failures.map(\.0)).count) cases, slow (> \(Int(options.slowMilliseconds)) ms): \(report.slow.count)")
        for slow in report.slow.sorted(by: { $0.milliseconds > $1.milliseconds }).prefix(10) {
            let fuzzCase = FuzzCase(index: slow.index, seed: options.seed, pool: pool)
            print("  slow case \(slow.index): \(slow.milliseconds) ms, \(slow.bytes) bytes, from \((fuzzCase.seedName as NSString).lastPathComponent) [\(fuzzCase.steps.joined(separator: ","))]")
        }
        let unknown = report.failures.filter { failure in !options.known.contains { failure.1.hasPrefix($0 + ":") } }
        if !options.known.isEmpty {
            print("  known invariants (\(options.known.sorted().joined(separator: ", "))): \(report.failures.count - unknown.count) failures; others: \(unknown.count)")
        }
        return report.traps.isEmpty && report.hangs.isEmpty && unknown.isEmpty ? 0 : 1
    }

    struct BatchOutcome {
        var completed = 0
        var failures: [(Int, String)] = []
        var slow: [(index: Int, milliseconds: Int, bytes: Int)] = []
        /// The case that trapped or hung.
        var culprit: Int?
        var hung = false
        var status = ""
    }

    func runBatch(_ executable: String, from start: Int, count: Int) -> BatchOutcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        var arguments = ["--worker", "--seed", String(options.seed), "--start", String(start), "--runs", String(count),
                         "--slow-ms", String(options.slowMilliseconds), "--root", options.root]
        for folder in options.seedFolders { arguments += ["--seeds", folder] }
        for corpus in options.corpora { arguments += ["--corpus", corpus] }
        if !options.cli { arguments.append("--no-cli") }
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        var outcome = BatchOutcome()
        do { try process.run() } catch {
            outcome.status = "cannot start: \(error)"
            return outcome
        }
        let progress = Progress()
        let watchdog = DispatchSource.makeTimerSource(queue: .global())
        watchdog.schedule(deadline: .now() + 5, repeating: 5)
        watchdog.setEventHandler {
            if progress.secondsSinceLastCase() > hangSeconds, process.isRunning {
                progress.markHung()
                process.terminate()
            }
        }
        watchdog.resume()
        var buffer = Data()
        var current: Int?
        var finished = false
        let handle = pipe.fileHandleForReading
        while true {
            let data = handle.availableData
            if data.isEmpty { break }
            buffer.append(data)
            while let newline = buffer.firstIndex(of: 0x0A) {
                let line = String(decoding: buffer[buffer.startIndex..<newline], as: UTF8.self)
                buffer.removeSubrange(buffer.startIndex...newline)
                if line.hasPrefix("case "), let index = Int(line.dropFirst(5)) {
                    if current != nil { outcome.completed += 1 }
                    current = index
                    progress.touch()
                } else if line.hasPrefix("fail ") {
                    let rest = line.dropFirst(5)
                    let index = Int(rest.prefix { $0 != " " }) ?? -1
                    outcome.failures.append((index, String(rest.drop { $0 != " " }.dropFirst())))
                } else if line.hasPrefix("slow ") {
                    let parts = line.split(separator: " ")
                    if parts.count >= 4, let index = Int(parts[1]), let ms = Int(parts[2]), let bytes = Int(parts[3]) {
                        outcome.slow.append((index, ms, bytes))
                    }
                } else if line == "done" {
                    finished = true
                    if current != nil { outcome.completed += 1 }
                    current = nil
                }
            }
        }
        process.waitUntilExit()
        watchdog.cancel()
        if !finished || process.terminationStatus != 0 {
            outcome.culprit = current
            outcome.hung = progress.isHung
            outcome.status = process.terminationReason == .uncaughtSignal ? "signal \(process.terminationStatus)" : "exit \(process.terminationStatus)"
        }
        return outcome
    }

    /// Writes the input of a case under the output folder; returns the path.
    func save(_ fuzzCase: FuzzCase, kind: String) -> String {
        try? FileManager.default.createDirectory(atPath: options.output, withIntermediateDirectories: true)
        let path = (options.output as NSString).appendingPathComponent("\(kind)-seed\(options.seed)-case\(fuzzCase.index).txt")
        FileManager.default.createFile(atPath: path, contents: Data(fuzzCase.bytes))
        return path
    }
}

/// When the worker last started a case, shared with the watchdog.
final class Progress: @unchecked Sendable {
    private let lock = NSLock()
    private var last = Date()
    private var hung = false

    func touch() { lock.lock(); last = Date(); lock.unlock() }
    func markHung() { lock.lock(); hung = true; lock.unlock() }
    var isHung: Bool { lock.lock(); defer { lock.unlock() }; return hung }
    func secondsSinceLastCase() -> Double { lock.lock(); defer { lock.unlock() }; return Date().timeIntervalSince(last) }
}
