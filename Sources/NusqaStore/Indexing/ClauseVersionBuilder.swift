import NusqaKit

/// Turns a timeline's editions into clause versions (редакциялар жолдары): one row per clause per change.
public enum ClauseVersionBuilder {
    /// The clause versions of every edition of `timeline`.
    /// - Complexity: O(e · n) for e editions of n clauses (unchanged subtrees are compared, not copied).
    public static func versions(of timeline: Timeline) -> [ClauseVersion] { build(timeline).versions }

    /// An act's clause versions, with what the store needs to know about reading its editions back from them.
    struct Built {
        var versions: [ClauseVersion]
        /// Whether every edition is its versions valid that day, in order (``ClauseVersionBuilder/isExact(_:rowsOfEditions:in:)``).
        var isExact: Bool
        /// Whether the act's root is a gap (its text is not in the corpus).
        var rootIsGap: Bool
    }

    /// The clause versions of `timeline` and their exactness, each edition walked once.
    /// - Complexity: O(e · n) for e editions of n clauses, plus O(e · v) for the exactness of v versions.
    static func build(_ timeline: Timeline) -> Built {
        // Each (id, occurrence) gets a small integer once; the per-edition bookkeeping is then on arrays.
        var keys: [Key: Int] = [:]
        var keyIDs: [Key] = []
        var open: [Int] = []
        var seenIn: [Int] = []
        var order = DocumentOrder()
        var rows: [ClauseVersion] = []
        var rowKeys: [Int] = []
        var rowsOfEditions: [[Int]] = []
        rowsOfEditions.reserveCapacity(timeline.editions.count)
        var counts: [ClauseID: Int] = [:]
        for (index, edition) in timeline.editions.enumerated() {
            var placed: [Int] = []
            placed.reserveCapacity(rowsOfEditions.last?.count ?? 0)
            counts.removeAll(keepingCapacity: true)
            FlatClause.flatten(edition.body) { id, flat, node in
                let occurrence = (counts[id] ?? 0) + 1
                counts[id] = occurrence
                let key = Key(id: id, occurrence: occurrence)
                let number: Int
                if let known = keys[key] {
                    number = known
                } else {
                    number = keyIDs.count
                    keys[key] = number
                    keyIDs.append(key)
                    open.append(-1)
                    seenIn.append(-1)
                    order.add()
                }
                seenIn[number] = index
                order.place(number)
                let provenance = node.provenance.last
                let row = open[number]
                if row >= 0, rows[row].flat == flat, rows[row].provenance == provenance {
                    placed.append(row)
                    return
                }
                if row >= 0 { rows[row].validTo = edition.date }
                open[number] = rows.count
                placed.append(rows.count)
                rowKeys.append(number)
                rows.append(
                    ClauseVersion(
                        clause: id, occurrence: occurrence, order: 0, validFrom: index == 0 ? nil : edition.date, validTo: nil,
                        isEstimated: edition.isEstimated, flat: flat, provenance: provenance))
            }
            for number in open.indices where open[number] >= 0 && seenIn[number] != index {
                rows[open[number]].validTo = edition.date
                open[number] = -1
            }
            order.finishEdition()
            rowsOfEditions.append(placed)
        }
        let positions = order.positions()
        for index in rows.indices {
            rows[index].order = positions[rowKeys[index]]
        }
        let exact = isExact(rows, rowsOfEditions: rowsOfEditions, in: timeline)
        return Built(versions: rows, isExact: exact.isExact, rootIsGap: exact.rootIsGap)
    }

    /// A clause id with its occurrence among units of the same id in one edition.
    struct Key: Hashable {
        var id: ClauseID
        var occurrence: Int
    }
}

/// One document order over every edition of an act: a unit new in an edition goes after the unit before it there.
/// Units are numbered from 0 by the caller (``add()`` once for each new one).
struct DocumentOrder {
    private var next: [Int] = []
    private var known: [Bool] = []
    private var first: Int?
    private var last: Int?
    private var previous: Int?

    /// Makes room for one more unit, numbered `count` before the call.
    mutating func add() {
        next.append(-1)
        known.append(false)
    }

    /// Places `unit` after the unit placed before it in this edition (or at the front), unless already known.
    mutating func place(_ unit: Int) {
        defer { previous = unit }
        guard !known[unit] else { return }
        known[unit] = true
        if let previous {
            next[unit] = next[previous]
            next[previous] = unit
            if last == previous { last = unit }
        } else {
            if let first { next[unit] = first }
            first = unit
            if last == nil { last = unit }
        }
    }

    mutating func finishEdition() { previous = nil }

    /// Position of each unit, from 1; 0 for a unit the order does not reach.
    func positions() -> [Int] {
        var out = Array(repeating: 0, count: next.count)
        var current = first ?? -1
        var position = 1
        while current >= 0, out[current] == 0 {
            out[current] = position
            position += 1
            current = next[current]
        }
        return out
    }
}
