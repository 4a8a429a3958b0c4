import NusqaKit

/// Pass 2's readings of amending acts kept for pass 3 (оқылған түзетулер қоры), so that an order's instructions
/// are read once per run instead of twice.
///
/// A reading depends only on the order's text and on the answers to its citation questions, and pass 3 asks
/// the same questions of a subset that holds every answer (``RecordingResolver``), so a kept reading is the
/// reading pass 3 would work out again. Memory is bounded: each reading is charged its text's size, and past
/// `budget` the readings whose family pass 3 consolidates last are dropped (pass 3 then reads those orders
/// again, as before). Families are consolidated in sidecar order, so a reading is ranked by its target's sidecar.
struct ReadingCache {
    /// The most text bytes whose readings are kept at once.
    let budget: Int
    private var kept: [String: (reading: AmendmentReading, cost: Int, rank: String)] = [:]
    private var total = 0
    /// Readings ranked at or above this are not kept: they would be among the first dropped.
    private var ceiling: String?

    init(budget: Int) { self.budget = budget }

    /// How many readings are kept now.
    var count: Int { kept.count }

    /// Keeps the reading of the amending act in `sidecar`, charged `cost` bytes, used by the family ranked `rank`.
    /// - Complexity: amortised O(log n) for n readings kept.
    mutating func keep(_ reading: AmendmentReading, sidecar: String, cost: Int, rank: String) {
        if let ceiling, rank >= ceiling { return }
        // Pass 3 asks a reading only for its target and patches (``Consolidation/changes(for:)``); the rest is written already.
        var reading = reading
        reading.classified = []
        reading.unparsed = []
        reading.diagnostics = []
        reading.entryIntoForce = nil
        if let old = kept.updateValue((reading, cost, rank), forKey: sidecar) { total -= old.cost }
        total += cost
        guard total > budget else { return }
        // Drop the latest-ranked readings down to 90 % of the budget, so the sort is rarely repeated.
        let byRank = kept.sorted { ($0.value.rank, $0.key) > ($1.value.rank, $1.key) }
        for (name, item) in byRank where total > budget / 10 * 9 {
            kept[name] = nil
            total -= item.cost
            ceiling = item.rank
        }
    }

    /// The reading kept for `sidecar`, removed from the cache (each is used by one family).
    mutating func take(_ sidecar: String) -> AmendmentReading? {
        guard let item = kept.removeValue(forKey: sidecar) else { return nil }
        total -= item.cost
        return item.reading
    }

    /// Drops every reading (at the end of a run: the next run's texts may differ).
    mutating func removeAll() {
        kept = [:]
        total = 0
        ceiling = nil
    }
}
