import Foundation
import NusqaKit
import Testing

@testable import NusqaStore

/// Pass 2's readings kept for pass 3 (`ReadingCache`): within the budget they are handed over once each, past it
/// the readings of the families consolidated last are dropped, and whatever is dropped, the store is the same.
@Suite(.serialized) struct ReadingCacheTests {
    static func reading(_ target: String) -> AmendmentReading {
        AmendmentReading(targetID: target, diagnostics: [Diagnostic(.warning, "test", "kept out of the cache")], instructionCount: 3)
    }

    @Test func handsEachReadingOverOnceWithoutWhatPassThreeDoesNotAsk() {
        var cache = ReadingCache(budget: 100)
        cache.keep(Self.reading("T1"), sidecar: "a.json", cost: 10, rank: "0t1.json")
        cache.keep(Self.reading("T2"), sidecar: "b.json", cost: 10, rank: "0t2.json")
        #expect(cache.count == 2)
        let taken = cache.take("a.json")
        #expect(taken?.targetID == "T1")
        #expect(taken?.instructionCount == 3)
        #expect(taken?.diagnostics.isEmpty == true)
        #expect(cache.take("a.json") == nil)
        #expect(cache.take("c.json") == nil)
        #expect(cache.count == 1)
    }

    @Test func dropsTheFamiliesConsolidatedLastPastTheBudget() {
        var cache = ReadingCache(budget: 35)
        // Kept out of rank order, as pass 2 meets them.
        for (sidecar, rank) in [("c", "0c"), ("a", "0a"), ("e", "0e"), ("b", "0b")] {
            cache.keep(Self.reading(sidecar), sidecar: sidecar, cost: 10, rank: rank)
        }
        // 40 > 35: dropped from the highest rank down to 90 % of the budget.
        #expect(cache.count == 3)
        #expect(cache.take("e") == nil)
        // A reading ranked at or above a dropped one is not kept; one ranked below still is.
        cache.keep(Self.reading("f"), sidecar: "f", cost: 1, rank: "0f")
        #expect(cache.take("f") == nil)
        cache.keep(Self.reading("a2"), sidecar: "a2", cost: 1, rank: "0a")
        for sidecar in ["a", "a2", "b", "c"] { #expect(cache.take(sidecar)?.targetID == sidecar, "\(sidecar)") }
        #expect(cache.count == 0)
    }

    /// Every row of every table but `meta`, as text, table by table. (`meta` holds the folder's mtime only once
    /// it is two seconds old, so a store built just after the corpus was written lacks it: not a difference in content.)
    static func contents(_ path: String) throws -> [String] {
        let database = try Database(path: path, readOnly: true)
        let tables = try database.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'meta' ORDER BY name").rows { $0.text(0) ?? "" }
        var out: [String] = []
        for table in tables {
            let columns = try database.prepare("SELECT name FROM pragma_table_info(?1)").rows([.text(table)]) { $0.text(0) ?? "" }
            let row = columns.map { "quote(\"\($0)\")" }.joined(separator: " || ',' || ")
            out.append(table)
            out += try database.prepare("SELECT \(row) FROM \"\(table)\"").rows { $0.text(0) ?? "" }
        }
        return out
    }

    @Test func theStoreIsTheSameWhateverTheCacheDrops() throws {
        let corpus = try StoreFixture.generated(seed: 7, acts: 4, amendments: 5)
        defer { try? FileManager.default.removeItem(atPath: corpus) }
        let saved = ReadingCache.budget.value
        defer { ReadingCache.budget.value = saved }
        var stores: [[String]] = []
        // Everything kept; nothing kept; about three orders' readings kept (an order's text is 5-10 KB).
        for budget in [saved, 0, 20_000] {
            ReadingCache.budget.value = budget
            let store = corpus + "/store-\(budget).sqlite"
            let run = nusqa("index", "--rebuild", "--corpus", corpus, "--store", store)
            #expect(run.status == 0, "\(run.stderr)")
            stores.append(try Self.contents(store))
        }
        #expect(stores[0].count > 1_000)
        #expect(Self.firstDifference(stores[1], stores[0]) == nil)
        #expect(Self.firstDifference(stores[2], stores[0]) == nil)
    }

    /// The first row where two stores differ, with the table it is in; nil when they are the same.
    static func firstDifference(_ left: [String], _ right: [String]) -> String? {
        var table = ""
        for index in 0..<max(left.count, right.count) {
            let (a, b) = (index < left.count ? left[index] : "(none)", index < right.count ? right[index] : "(none)")
            if !a.contains(",") { table = a }
            if a != b { return "\(table) row \(index): \(a.prefix(300)) | \(b.prefix(300))" }
        }
        return nil
    }
}
