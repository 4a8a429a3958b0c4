import NusqaKit

extension ClauseVersionBuilder {
    /// Whether every edition of `timeline` is exactly its versions valid on the edition's date, in (order,
    /// occurrence) order — what the store reads back to answer `diff` without consolidating — and whether the
    /// act's root is a gap in every edition. A timeline whose document order cannot be one order across editions
    /// (a unit moved) is not exact: commands then consolidate the family instead.
    ///
    /// `rowsOfEditions[e]` lists, for each unit of edition e in document order, the version it was found equal to
    /// while building (same id, occurrence and flat form), so the editions are not walked again here.
    /// - Complexity: O(e · v) for e editions and v versions.
    static func isExact(_ versions: [ClauseVersion], rowsOfEditions: [[Int]], in timeline: Timeline) -> (isExact: Bool, rootIsGap: Bool) {
        let rootIsGap = timeline.editions.first?.body.content == .notInCorpus
        // Every id must read back from its text (the store keeps ids as text).
        var checked = Set<ClauseID>()
        func readsBack(_ id: ClauseID) -> Bool {
            guard checked.insert(id).inserted else { return true }
            let text = id.description
            return ClauseID(text) == id && StoredClauseIDs.parse(text) == id
        }
        for version in versions where !readsBack(version.clause) { return (false, rootIsGap) }
        for change in timeline.changes where !readsBack(change.target) { return (false, rootIsGap) }
        // By (order, occurrence), ties in building order.
        let ordered = versions.indices.sorted {
            (versions[$0].order, versions[$0].occurrence, $0) < (versions[$1].order, versions[$1].occurrence, $1)
        }
        for (edition, units) in zip(timeline.editions, rowsOfEditions) {
            guard (edition.body.content == .notInCorpus) == rootIsGap else { return (false, rootIsGap) }
            let valid = ordered.filter { index in
                let version = versions[index]
                guard let date = edition.date else { return version.validFrom == nil }
                return (version.validFrom.map { $0 <= date } ?? true) && (version.validTo.map { $0 > date } ?? true)
            }
            guard units.count == valid.count else { return (false, rootIsGap) }
            for (unit, index) in zip(units, valid) where unit != index {
                let (left, right) = (versions[unit], versions[index])
                guard left.clause == right.clause, left.occurrence == right.occurrence, left.flat == right.flat else { return (false, rootIsGap) }
            }
        }
        return (true, rootIsGap)
    }
}
