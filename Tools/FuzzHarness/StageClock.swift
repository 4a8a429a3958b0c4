import Foundation

/// Time spent in each stage of the harness (кезең уақыты), summed over cases: what `nusqa-fuzz --profile`
/// prints, to see where a fuzz case spends its time.
public final class StageClock: @unchecked Sendable {
    private var totals: [String: UInt64] = [:]
    private var order: [String] = []

    /// Creates an empty clock.
    public init() {}

    /// Runs `body`, adding its time to `stage`.
    public func measure<T>(_ stage: String, _ body: () -> T) -> T {
        let started = DispatchTime.now().uptimeNanoseconds
        let result = body()
        let elapsed = DispatchTime.now().uptimeNanoseconds - started
        if totals[stage] == nil { order.append(stage) }
        totals[stage, default: 0] += elapsed
        return result
    }

    /// One line per stage with its milliseconds, in the order stages first ran.
    public var report: String {
        order.map { stage in
            let nanoseconds = totals[stage] ?? 0
            let name = stage.count < 24 ? stage + String(repeating: " ", count: 24 - stage.count) : stage
            return "  " + name + String(format: "%9.0f ms", Double(nanoseconds) / 1e6)
        }.joined(separator: "\n")
    }
}
