import Foundation

/// A case whose CPU time passed `--slow-ms`.
struct SlowCase: Sendable {
    var index: Int
    /// CPU milliseconds.
    var milliseconds: Int
    var bytes: Int
    /// Wall-clock milliseconds.
    var wall: Int
}

/// The state of a run shared by the supervisor's jobs (fuzz жүгірісінің күйі): which case numbers are
/// handed out, which are done, and what was found. Every member is read and written under one lock.
final class RunState: @unchecked Sendable {
    struct Snapshot {
        var cases = 0
        var traps: [(Int, String)] = []
        var hangs: [Int] = []
        var failures: [(Int, String)] = []
        var slow: [SlowCase] = []
        var elapsed = 0.0
        /// Every case below this is done.
        var resume = 0
        /// Cases done at or above `resume`.
        var beyond = 0
        var stopped = false
    }

    private let lock = NSLock()
    private let started = Date()
    private let end: Int?
    private let deadline: Date?
    private var next: Int
    /// Ranges to run again first (what followed a trap in its batch).
    private var pending: [Range<Int>] = []
    private var inFlight: [Range<Int>] = []
    /// The ranges of cases done (batches finish out of order).
    private var done: [Range<Int>] = []
    private var stopping = false
    private var report = Snapshot()

    init(start: Int, end: Int?, deadline: Date?) {
        next = start
        self.end = end
        self.deadline = deadline
    }

    /// The next batch to run, or nil when the run is over (all handed out, the time is up, or a stop
    /// was requested).
    func take(batch: Int) -> Range<Int>? {
        lock.lock()
        defer { lock.unlock() }
        if stopping { return nil }
        if let deadline, Date() >= deadline {
            stopping = true
            return nil
        }
        let range: Range<Int>
        if !pending.isEmpty {
            range = pending.removeFirst()
        } else {
            let upper = min(next + batch, end ?? Int.max)
            guard next < upper else { return nil }
            range = next..<upper
            next = upper
        }
        inFlight.append(range)
        return range
    }

    /// Asks the run to stop after the batches under way; false when it was already stopping.
    func requestStop() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        let was = stopping
        stopping = true
        report.stopped = true
        return !was
    }

    var isStopping: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopping
    }

    func addTrap(_ index: Int, hung: Bool, status: String) {
        lock.lock()
        defer { lock.unlock() }
        if hung { report.hangs.append(index) } else { report.traps.append((index, status)) }
    }

    /// Files a finished batch: `done` cases ran, `remainder` (if any) is to run again.
    func finish(_ range: Range<Int>, done: Int, remainder: Range<Int>?, failures: [(Int, String)], slow: [SlowCase])
        -> (cases: Int, elapsed: Double, resume: Int)
    {
        lock.lock()
        defer { lock.unlock() }
        if let index = inFlight.firstIndex(of: range) { inFlight.remove(at: index) }
        if let remainder, !remainder.isEmpty { pending.append(remainder) }
        let ran = range.lowerBound..<(remainder?.lowerBound ?? range.upperBound)
        if !ran.isEmpty { self.done.append(ran) }
        report.cases += done
        report.failures += failures
        report.slow += slow
        return (report.cases, Date().timeIntervalSince(started), resumePoint())
    }

    /// The first case not yet done: cases are handed out in order, so every case below the lowest
    /// open range (under way or to run again) and below `next` is done.
    private func resumePoint() -> Int {
        ((pending + inFlight).map(\.lowerBound) + [next]).min() ?? next
    }

    func snapshot() -> Snapshot {
        lock.lock()
        defer { lock.unlock() }
        var copy = report
        copy.elapsed = Date().timeIntervalSince(started)
        copy.resume = resumePoint()
        copy.beyond = done.filter { $0.lowerBound >= copy.resume }.map(\.count).reduce(0, +)
        return copy
    }
}

/// When the worker last started a case and how much CPU it had used then, shared with the watchdog.
final class CaseProgress: @unchecked Sendable {
    private let lock = NSLock()
    private let pid: Int32
    private var last = Date()
    private var lastCPU: Double
    private var hung = false

    init(pid: Int32) {
        self.pid = pid
        lastCPU = CaseProgress.cpuSeconds(of: pid) ?? 0
    }

    func touch() {
        let cpu = CaseProgress.cpuSeconds(of: pid) ?? 0
        lock.lock()
        last = Date()
        lastCPU = cpu
        lock.unlock()
    }

    func markHung() { lock.lock(); hung = true; lock.unlock() }
    var isHung: Bool { lock.lock(); defer { lock.unlock() }; return hung }

    /// Whether the current case has used `cpuSeconds` of CPU, or `wallSeconds` of wall time, since it started.
    func isStuck(cpuSeconds: Double, wallSeconds: Double) -> Bool {
        let cpu = CaseProgress.cpuSeconds(of: pid)
        lock.lock()
        defer { lock.unlock() }
        if Date().timeIntervalSince(last) > wallSeconds { return true }
        guard let cpu else { return false }
        return cpu - lastCPU > cpuSeconds
    }

    /// User and system CPU seconds of a process, from /proc/PID/stat (fields 14 and 15).
    static func cpuSeconds(of pid: Int32) -> Double? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = text.lastIndex(of: ")") else { return nil }
        let fields = text[text.index(after: close)...].split(separator: " ")
        // After the command name: state is field 3, so utime (14) and stime (15) are at 11 and 12.
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }
}
