import Foundation

extension WordDiff {
    /// The edits of many pairs of texts (`edits(from:to:)` of each), on several threads when they are large.
    ///
    /// Each pair is independent and its result goes to its own slot, so the output is the same whatever the
    /// threads do; below `batchBytes` in all, or with one pair, the pairs run one after another.
    /// - Complexity: the sum of `edits(from:to:)` over the pairs, spread over up to `batchThreads` threads.
    public static func edits(pairs: [(old: String, new: String)]) -> [[Edit]] {
        let bytes = pairs.reduce(0) { $0 + $1.old.utf8.count + $1.new.utf8.count }
        let threads = min(batchThreads, ProcessInfo.processInfo.activeProcessorCount, pairs.count)
        guard threads > 1, bytes >= batchBytes else { return pairs.map { edits(from: $0.old, to: $0.new) } }
        let results = BatchResults(count: pairs.count)
        DispatchQueue.concurrentPerform(iterations: threads) { _ in
            while let index = results.claim() {
                results.store(edits(from: pairs[index].old, to: pairs[index].new), at: index)
            }
        }
        return results.edits
    }

    /// Pairs of fewer bytes than this in all are diffed on the calling thread: threads would cost more.
    package static let batchBytes = 256 * 1024
    /// At most this many threads.
    package static let batchThreads = 4
}

/// The slots of a batch and the next pair to take, shared by the threads under a lock.
private final class BatchResults: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private var slots: [[WordDiff.Edit]]

    init(count: Int) {
        slots = Array(repeating: [], count: count)
    }

    /// The index of a pair no thread has taken yet, or nil when all are taken.
    func claim() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < slots.count else { return nil }
        next += 1
        return next - 1
    }

    func store(_ edits: [WordDiff.Edit], at index: Int) {
        lock.lock()
        slots[index] = edits
        lock.unlock()
    }

    /// Every slot; read once all threads are done.
    var edits: [[WordDiff.Edit]] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}
