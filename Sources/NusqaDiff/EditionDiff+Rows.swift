import NusqaCore

extension EditionDiff {
    /// One stored version of a clause on either side of a diff (сақталған редакция): which editions it is in.
    /// Rows come in document order; a row in both editions is the same wording on both sides.
    public struct VersionRow: Sendable {
        /// The clause id as an integer key: equal for every row of the same id, distinct between ids.
        public var key: Int
        /// In the earlier edition.
        public var inBefore: Bool
        /// In the later edition.
        public var inAfter: Bool
        /// Its content is not in corpus.
        public var isGap: Bool

        /// Creates a row.
        /// - Parameters:
        ///   - key: the clause id's integer key.
        ///   - inBefore: in the earlier edition.
        ///   - inAfter: in the later edition.
        ///   - isGap: its content is not in corpus.
        public init(key: Int, inBefore: Bool, inAfter: Bool, isGap: Bool) {
            self.key = key
            self.inBefore = inBefore
            self.inAfter = inAfter
            self.isGap = isGap
        }
    }

    /// Compares two editions given as stored version rows, reading the full clause of only the rows that can
    /// differ: the same diff as ``init(from:to:oldRootIsGap:)`` on the two flattened editions (the earlier edition
    /// is the rows with `inBefore`, the later the rows with `inAfter`, in order), since a row in both is equal to itself.
    /// - Parameters:
    ///   - rows: the versions valid on either date, in document order.
    ///   - oldRootIsGap: whether the earlier edition's root is not in corpus.
    ///   - keyOf: the key of a clause id (asked only for the ancestors of an added clause); nil when no row has it.
    ///   - load: the id and clause of each requested row (by index); a missing one makes the initializer fail.
    /// - Complexity: O(n) in the rows (integer keys in an open-addressing table), plus `load` and a word diff per changed clause.
    public init?(
        rows: [VersionRow], oldRootIsGap: Bool, keyOf: (ClauseID) -> Int?, load: ([Int]) -> [Int: (id: ClauseID, clause: FlatClause)]
    ) {
        // The first row of each id in each edition, and each id's position in the later edition.
        var oldFirst = IntTable(capacity: rows.count)
        var oldFirstRows: [(key: Int, row: Int)] = []
        var newFirst: [(key: Int, row: Int)] = []
        var position = IntTable(capacity: rows.count)
        var afterIndex = 0
        for (index, row) in rows.enumerated() {
            if row.inBefore, oldFirst.insertIfAbsent(row.key, index) { oldFirstRows.append((row.key, index)) }
            if row.inAfter {
                if position.insertIfAbsent(row.key, afterIndex) { newFirst.append((row.key, index)) }
                afterIndex += 1
            }
        }
        // Rows whose clause is needed: an id's first rows when they are not one and the same row, and removed ids.
        var needed = Set<Int>()
        for (key, row) in newFirst {
            guard let previous = oldFirst[key] else {
                needed.insert(row)
                continue
            }
            if previous != row { needed.formUnion([previous, row]) }
        }
        for (key, row) in oldFirstRows where position[key] == nil { needed.insert(row) }
        let loaded = load(needed.sorted())
        guard needed.allSatisfy({ loaded[$0] != nil }) else { return nil }

        var seen = IntTable(capacity: rows.count)
        var keyed: [(key: (Int, Int, Int), entry: Entry)] = []
        for (key, row) in newFirst {
            seen.insertIfAbsent(key, 0)
            let previousRow = oldFirst[key]
            if previousRow == row { continue }
            guard let (id, clause) = loaded[row] else { return nil }
            guard let previousRow else {
                var ancestor = id.parent
                while let current = ancestor, keyOf(current).flatMap({ oldFirst[$0] }) == nil, !current.steps.isEmpty { ancestor = current.parent }
                let inGap = ancestor.flatMap(keyOf).flatMap { oldFirst[$0] }.map { rows[$0].isGap } ?? oldRootIsGap
                let kind: Entry.Kind = inGap && !clause.isInserted ? .becameKnown : .added
                keyed.append(((position[key] ?? 0, 0, 0), Entry(kind: kind, id: id, old: nil, new: clause, edits: [])))
                continue
            }
            guard let previous = loaded[previousRow]?.clause else { return nil }
            guard previous != clause else { continue }
            let kind = Entry.Kind(from: previous, to: clause)
            keyed.append(((position[key] ?? 0, 0, 0), Entry(kind: kind, id: id, old: previous, new: clause, edits: [])))
        }
        // Removed clauses stand after the last clause before them that the later edition still has.
        var anchor = -1
        var order = 0
        for (index, row) in rows.enumerated() where row.inBefore {
            if let known = position[row.key] {
                anchor = known
                continue
            }
            guard seen.insertIfAbsent(row.key, 0) else { continue }
            order += 1
            guard let (id, clause) = loaded[index] else { return nil }
            keyed.append(((anchor, 1, order), Entry(kind: .removed, id: id, old: clause, new: nil, edits: [])))
        }
        keyed.sort { $0.key < $1.key }
        self.entries = Self.withEdits(keyed.map(\.entry))
    }
}
