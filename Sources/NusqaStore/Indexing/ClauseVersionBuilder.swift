import NusqaKit

/// Turns a timeline's editions into clause versions (редакциялар жолдары): one row per clause per change.
public enum ClauseVersionBuilder {
    /// The clause versions of every edition of `timeline`.
    /// - Complexity: O(e · n) for e editions of n clauses (unchanged subtrees are compared, not copied).
    public static func versions(of timeline: Timeline) -> [ClauseVersion] {
        var order = DocumentOrder()
        var open: [Key: Int] = [:]
        var rows: [ClauseVersion] = []
        for (index, edition) in timeline.editions.enumerated() {
            let units = flatten(edition.body)
            var seen = Set<Key>()
            for unit in units {
                seen.insert(unit.key)
                order.place(unit.key)
                if let row = open[unit.key], rows[row].flat == unit.flat, rows[row].provenance == unit.provenance { continue }
                if let row = open[unit.key] { rows[row].validTo = edition.date }
                open[unit.key] = rows.count
                rows.append(
                    ClauseVersion(
                        clause: unit.key.id, occurrence: unit.key.occurrence, order: 0, validFrom: index == 0 ? nil : edition.date,
                        validTo: nil, isEstimated: edition.isEstimated, flat: unit.flat, provenance: unit.provenance))
            }
            for (key, row) in open where !seen.contains(key) {
                rows[row].validTo = edition.date
                open[key] = nil
            }
            order.finishEdition()
        }
        let positions = order.positions()
        for index in rows.indices {
            rows[index].order = positions[Key(id: rows[index].clause, occurrence: rows[index].occurrence)] ?? 0
        }
        return rows
    }

    /// A clause id with its occurrence among units of the same id in one edition.
    struct Key: Hashable {
        var id: ClauseID
        var occurrence: Int
    }

    struct Unit {
        var key: Key
        var flat: FlatClause
        var provenance: Provenance?
    }

    /// The clauses of `root` in document order, as ``FlatClause/flatten(_:)`` walks them, with their provenance.
    static func flatten(_ root: Clause) -> [Unit] {
        let flats = FlatClause.flatten(root)
        // The same walk as FlatClause.flatten, so the two lists align unit for unit.
        let provenances = root.descendants().map { $0.clause.provenance.last }
        var counts: [ClauseID: Int] = [:]
        var units: [Unit] = []
        units.reserveCapacity(flats.count)
        for (index, pair) in flats.enumerated() {
            let occurrence = (counts[pair.id] ?? 0) + 1
            counts[pair.id] = occurrence
            units.append(Unit(key: Key(id: pair.id, occurrence: occurrence), flat: pair.clause, provenance: index < provenances.count ? provenances[index] : nil))
        }
        return units
    }
}

/// One document order over every edition of an act: a unit new in an edition goes after the unit before it there.
struct DocumentOrder {
    private var next: [ClauseVersionBuilder.Key: ClauseVersionBuilder.Key] = [:]
    private var first: ClauseVersionBuilder.Key?
    private var last: ClauseVersionBuilder.Key?
    private var previous: ClauseVersionBuilder.Key?
    private var known = Set<ClauseVersionBuilder.Key>()

    /// Places `key` after the unit placed before it in this edition (or at the front), unless already known.
    mutating func place(_ key: ClauseVersionBuilder.Key) {
        defer { previous = key }
        guard !known.contains(key) else { return }
        known.insert(key)
        if let previous {
            next[key] = next[previous]
            next[previous] = key
            if last == previous { last = key }
        } else {
            if let first { next[key] = first }
            first = key
            if last == nil { last = key }
        }
    }

    mutating func finishEdition() { previous = nil }

    /// Position of each key, from 1.
    func positions() -> [ClauseVersionBuilder.Key: Int] {
        var out: [ClauseVersionBuilder.Key: Int] = [:]
        var current = first
        var position = 1
        while let key = current, out[key] == nil {
            out[key] = position
            position += 1
            current = next[key]
        }
        return out
    }
}
