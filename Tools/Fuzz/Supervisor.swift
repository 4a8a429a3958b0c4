import Foundation
import NusqaFuzzHarness

/// Runs the cases in child processes (fuzz бақылаушысы), so a trap or a hang in one case is caught,
/// reported with its case number and input, and the run goes on from the next case.
///
/// `--jobs` children run at once, each on the next batch of case numbers. SIGTERM or SIGINT stops the
/// run after the batches under way; the summary names the first case not yet run (`--start` resumes).
struct Supervisor {
    let options: FuzzOptions
    let pool: SeedPool

    func run() -> Int32 {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        let state = RunState(start: options.start, end: options.runs.map { options.start + $0 },
                             deadline: options.seconds.map { Date().addingTimeInterval($0) })
        // Children inherit ignored signals, so a Ctrl-C reaches only this process and the batches
        // under way finish; hung children are killed with SIGKILL.
        signal(SIGTERM, SIG_IGN)
        signal(SIGINT, SIG_IGN)
        let stops = [SIGTERM, SIGINT].map { number in
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                if state.requestStop() { say("stop requested: finishing the batches under way") }
            }
            source.resume()
            return source
        }
        let group = DispatchGroup()
        for _ in 0..<options.jobs {
            group.enter()
            Thread.detachNewThread {
                while let range = state.take(batch: options.batch) {
                    let outcome = runBatch(executable, range)
                    record(outcome, of: range, in: state)
                }
                group.leave()
            }
        }
        group.wait()
        stops.forEach { $0.cancel() }
        return summarize(state)
    }

    /// Prints what a finished batch found and files it in the run.
    func record(_ outcome: BatchOutcome, of range: Range<Int>, in state: RunState) {
        var lines: [String] = []
        for failure in outcome.failures { lines.append("FAIL case \(failure.0): \(failure.1)") }
        for slow in outcome.slow {
            let fuzzCase = FuzzCase(index: slow.index, seed: options.seed, pool: pool)
            lines.append("SLOW case \(slow.index): \(slow.milliseconds) ms CPU (\(slow.wall) ms wall), \(slow.bytes) bytes, from "
                         + "\((fuzzCase.seedName as NSString).lastPathComponent) [\(fuzzCase.steps.joined(separator: ","))]")
        }
        var remainder: Range<Int>?
        var done = outcome.completed
        if let culprit = outcome.culprit {
            remainder = (culprit + 1)..<range.upperBound
            if state.isStopping && outcome.status.hasPrefix("signal") && !outcome.hung {
                // Interrupted with the run (a Ctrl-C to the process group), not a trap: run it again.
                remainder = culprit..<range.upperBound
            } else {
                let fuzzCase = FuzzCase(index: culprit, seed: options.seed, pool: pool)
                let file = save(fuzzCase, kind: outcome.hung ? "hang" : "trap")
                state.addTrap(culprit, hung: outcome.hung, status: outcome.status)
                lines.append("\(outcome.hung ? "HANG" : "TRAP") case \(culprit) (\(outcome.status)) from \(fuzzCase.seedName) "
                             + "[\(fuzzCase.steps.joined(separator: ","))] → \(file)")
                done += 1
            }
        } else if !outcome.finished {
            // The child could not start: put the batch back and stop.
            remainder = range
            _ = state.requestStop()
            lines.append("ERROR batch \(range): \(outcome.status)")
        }
        let progress = state.finish(range, done: done, remainder: remainder, failures: outcome.failures, slow: outcome.slow)
        lines.append(String(format: "… %d cases, %.0f s, %.0f cases/s, load %@; every case below %d done (resume: --start %d)",
                            progress.cases, progress.elapsed, Double(progress.cases) / max(progress.elapsed, 0.001),
                            Supervisor.loadAverage() as NSString, progress.resume, progress.resume))
        say(lines.joined(separator: "\n"))
    }

    /// The summary: counts, the slowest cases, the case to resume from; the exit status.
    func summarize(_ state: RunState) -> Int32 {
        let report = state.snapshot()
        for failure in Dictionary(grouping: report.failures, by: { $0.0 }).keys.sorted().prefix(50) {
            _ = save(FuzzCase(index: failure, seed: options.seed, pool: pool), kind: "fail")
        }
        let elapsed = report.elapsed
        print("nusqa-fuzz: seed \(options.seed), cases \(options.start)..<\(report.resume) all run"
              + (report.beyond > 0 ? " (and \(report.beyond) beyond)" : "")
              + ": \(report.cases) executions in \(String(format: "%.1f", elapsed)) s (\(String(format: "%.0f", Double(report.cases) / max(elapsed, 0.001)))/s), \(options.jobs) jobs")
        print("  traps: \(report.traps.count), hangs: \(report.hangs.count), invariant failures: \(report.failures.count) in \(Set(report.failures.map(\.0)).count) cases, slow (> \(Int(options.slowMilliseconds)) ms CPU): \(report.slow.count)")
        for slow in report.slow.sorted(by: { $0.milliseconds > $1.milliseconds }).prefix(10) {
            let fuzzCase = FuzzCase(index: slow.index, seed: options.seed, pool: pool)
            print("  slow case \(slow.index): \(slow.milliseconds) ms CPU, \(slow.bytes) bytes, from \((fuzzCase.seedName as NSString).lastPathComponent) [\(fuzzCase.steps.joined(separator: ","))]")
        }
        let unknown = report.failures.filter { failure in !options.known.contains { failure.1.hasPrefix($0 + ":") } }
        if !options.known.isEmpty {
            print("  known invariants (\(options.known.sorted().joined(separator: ", "))): \(report.failures.count - unknown.count) failures; others: \(unknown.count)")
        }
        if report.stopped { print("  stopped early: resume with --start \(report.resume)") }
        return report.traps.isEmpty && report.hangs.isEmpty && unknown.isEmpty ? 0 : 1
    }

    struct BatchOutcome {
        var completed = 0
        var failures: [(Int, String)] = []
        var slow: [SlowCase] = []
        /// The case that trapped or hung.
        var culprit: Int?
        var hung = false
        var finished = false
        var status = ""
    }

    func runBatch(_ executable: String, _ range: Range<Int>) -> BatchOutcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        var arguments = ["--worker", "--seed", String(options.seed), "--start", String(range.lowerBound), "--runs", String(range.count),
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
        let progress = CaseProgress(pid: process.processIdentifier)
        let watchdog = DispatchSource.makeTimerSource(queue: .global())
        watchdog.schedule(deadline: .now() + 5, repeating: 5)
        let hangSeconds = options.hangSeconds
        watchdog.setEventHandler {
            if progress.isStuck(cpuSeconds: hangSeconds, wallSeconds: 10 * hangSeconds), process.isRunning {
                progress.markHung()
                kill(process.processIdentifier, SIGKILL)
            }
        }
        watchdog.resume()
        var buffer = Data()
        var current: Int?
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
                    if parts.count >= 5, let index = Int(parts[1]), let ms = Int(parts[2]), let bytes = Int(parts[3]), let wall = Int(parts[4]) {
                        outcome.slow.append(SlowCase(index: index, milliseconds: ms, bytes: bytes, wall: wall))
                    }
                } else if line == "done" {
                    outcome.finished = true
                    if current != nil { outcome.completed += 1 }
                    current = nil
                }
            }
        }
        process.waitUntilExit()
        watchdog.cancel()
        if !outcome.finished || process.terminationStatus != 0 {
            outcome.culprit = current
            outcome.hung = progress.isHung
            outcome.status = process.terminationReason == .uncaughtSignal ? "signal \(process.terminationStatus)" : "exit \(process.terminationStatus)"
            if current == nil, outcome.finished { outcome.finished = false }
        }
        return outcome
    }

    /// Writes the input of a case under the output folder; returns the path.
    func save(_ fuzzCase: FuzzCase, kind: String) -> String {
        try? FileManager.default.createDirectory(atPath: options.output, withIntermediateDirectories: true)
        let path = (options.output as NSString).appendingPathComponent("\(kind)-seed\(options.seed)-case\(fuzzCase.index).txt")
        _ = FileManager.default.createFile(atPath: path, contents: Data(fuzzCase.bytes))
        return path
    }

    /// The 1, 5 and 15 minute load averages, from /proc/loadavg.
    static func loadAverage() -> String {
        guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return "?" }
        return text.split(separator: " ").prefix(3).joined(separator: " ")
    }
}

/// Prints a block of lines at once (the jobs' threads share stdout).
func say(_ text: String) {
    FileHandle.standardOutput.write(Data((text + "\n").utf8))
}
