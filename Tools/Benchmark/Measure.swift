import Foundation
import NusqaKit

/// Timing, processes and memory for the benchmark (өлшеу).
enum Measure {
    static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    /// Seconds taken by `body`.
    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = now()
        try body()
        return Double(now() - start) / 1e9
    }

    /// Runs a process to completion, output discarded; returns its wall time in seconds and exit status.
    @discardableResult
    static func run(_ path: String, _ arguments: [String]) -> (seconds: Double, status: Int32) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let start = now()
        do { try process.run() } catch { return (0, -1) }
        process.waitUntilExit()
        return (Double(now() - start) / 1e9, process.terminationStatus)
    }

    /// Runs a process and returns its standard output.
    static func output(_ path: String, _ arguments: [String]) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.standardError
        do { try process.run() } catch { return "" }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// Peak resident memory of this process (getrusage ru_maxrss), in MiB.
    static func peakMiB() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    /// Current resident memory (/proc/self/statm), in bytes.
    static func residentBytes() -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = text.split(separator: " ")
        return fields.count > 1 ? (Int(fields[1]) ?? 0) * Int(sysconf(Int32(_SC_PAGESIZE))) : 0
    }

    static func median(_ values: [Double]) -> Double { percentile(values, 0.5) }

    static func percentile(_ values: [Double], _ p: Double) -> Double {
        guard !values.isEmpty else { return .nan }
        let sorted = values.sorted()
        return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * p).rounded()))]
    }

    /// First path among `candidates` that exists.
    static func tool(_ candidates: [String]) -> String? { candidates.first { FileManager.default.isExecutableFile(atPath: $0) } }
}

/// Bytes retained by a set of clause trees, counting shared storage once (the method for the memory target).
///
/// Walks each tree; every array buffer (children, provenance, cells) and every heap string (text, heading)
/// is counted once by its storage address, at capacity × stride plus a 32-byte header. A children buffer
/// already counted is not walked again: its elements are the very same values. Small strings (≤ 15 UTF-8
/// bytes) live inline and cost nothing extra.
struct RetainedBytes {
    private var seen = Set<UInt>()
    private(set) var bytes = 0

    mutating func add(_ clause: Clause) {
        string(clause.text)
        if let heading = clause.heading { string(heading) }
        _ = array(clause.provenance)
        _ = array(clause.cells)
        for cell in clause.cells { string(cell) }
        if array(clause.children) {
            for child in clause.children { add(child) }
        }
    }

    /// Counts the buffer; true when it was new.
    private mutating func array<T>(_ values: [T]) -> Bool {
        guard values.capacity > 0 else { return false }
        let key = values.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
        guard seen.insert(key).inserted else { return false }
        bytes += values.capacity * MemoryLayout<T>.stride + 32
        return true
    }

    private mutating func string(_ text: String) {
        guard text.utf8.count > 15 else { return }
        guard let key = text.utf8.withContiguousStorageIfAvailable({ UInt(bitPattern: $0.baseAddress) }) else {
            bytes += text.utf8.count + 32
            return
        }
        if seen.insert(key).inserted { bytes += text.utf8.count + 32 }
    }
}
