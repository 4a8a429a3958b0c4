import Foundation

/// Runs independent work on every core (параллель): the store's indexing parses texts two at a time on two cores.
enum ParallelMap {
    /// `transform` applied to every element, in order, on up to `activeProcessorCount` threads.
    static func map<T: Sendable, U: Sendable>(_ items: [T], _ transform: @Sendable (T) -> U) -> [U] {
        guard items.count > 1, ProcessInfo.processInfo.activeProcessorCount > 1 else { return items.map(transform) }
        let results = ResultSlots<U>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            results.set(index, transform(items[index]))
        }
        return results.values()
    }
}

/// Slots written once each from several threads.
private final class ResultSlots<U>: @unchecked Sendable {
    private var slots: [U?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: U) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    func values() -> [U] { slots.compactMap { $0 } }
}
