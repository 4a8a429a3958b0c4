import NusqaKit

extension ClauseVersionBuilder {
    /// Whether every edition of `timeline` is exactly its versions valid on the edition's date, in (order,
    /// occurrence) order — what the store reads back to answer `diff` without consolidating — and whether the
    /// act's root is a gap in every edition. A timeline whose document order cannot be one order across editions
    /// (a unit moved) is not exact: commands then consolidate the family instead.
    /// - Complexity: O(e · v) for e editions and v versions.
    static func exactness(of versions: [ClauseVersion], in timeline: Timeline) -> (isExact: Bool, rootIsGap: Bool) {
        let rootIsGap = timeline.editions.first?.body.content == .notInCorpus
        // Every id must read back from its text (the store keeps ids as text).
        func readsBack(_ id: ClauseID) -> Bool {
            let text = id.description
            return ClauseID(text) == id && StoredClauseIDs.parse(text) == id
        }
        for version in versions where !readsBack(version.clause) { return (false, rootIsGap) }
        for change in timeline.changes where !readsBack(change.target) { return (false, rootIsGap) }
        let ordered = versions.sorted { ($0.order, $0.occurrence) < ($1.order, $1.occurrence) }
        for edition in timeline.editions {
            guard (edition.body.content == .notInCorpus) == rootIsGap else { return (false, rootIsGap) }
            let valid = ordered.filter { version in
                guard let date = edition.date else { return version.validFrom == nil }
                return (version.validFrom.map { $0 <= date } ?? true) && (version.validTo.map { $0 > date } ?? true)
            }
            let units = flatten(edition.body)
            guard units.count == valid.count else { return (false, rootIsGap) }
            for (unit, version) in zip(units, valid)
            where unit.key.id != version.clause || unit.key.occurrence != version.occurrence || unit.flat != version.flat {
                return (false, rootIsGap)
            }
        }
        return (true, rootIsGap)
    }
}
