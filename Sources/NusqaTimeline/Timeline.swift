import NusqaAmend
import NusqaCore

/// The dated editions of one act (редакциялар): built once by applying every change in order,
/// then queried by binary search. Editions are immutable value trees that share unchanged subtrees.
public struct Timeline: Sendable {
    /// The corpus id of the act.
    public var actID: String
    /// The editions in date order; the first is the text before any change in the corpus (date nil).
    public let editions: [Edition]
    /// Every change that could not be applied, with its reason; undated changes come last.
    public let unapplied: [UnappliedChange]
    /// Every dated change, in timeline order (undated ones are only in ``unapplied``).
    public let changes: [Change]
    /// How many times a change was applied while building: once per change, never again by queries.
    public let applicationCount: Int

    /// Builds the timeline of `base` under `changes`.
    /// - Parameters:
    ///   - actID: the corpus id of the act.
    ///   - base: the act's tree: the parsed text, or a skeleton of gaps when the text is not in the corpus.
    ///   - changes: the changes from every amending act, in any order.
    /// - Complexity: O(c · d · w) for c changes on paths of depth d and width w, plus the payloads.
    public init(actID: String, base: Clause, changes: [Change]) {
        self.actID = actID
        let sorted = changes.sorted(by: Change.precedes)
        let ordered = sorted.filter { $0.effective != nil }
        var editions = [Edition(date: nil, isEstimated: false, body: base, changes: [])]
        var unapplied: [UnappliedChange] = []
        var count = 0
        var body = base
        var index = 0
        while index < ordered.count, let date = ordered[index].effective?.date {
            var batch: [Change] = []
            while index < ordered.count, ordered[index].effective?.date == date {
                let change = ordered[index]
                count += 1
                if let failure = PatchApplier.apply(change, to: &body) {
                    unapplied.append(UnappliedChange(change: change, failure: failure))
                } else {
                    batch.append(change)
                }
                index += 1
            }
            let estimated = batch.contains { $0.effective?.isEstimated == true }
            editions.append(Edition(date: date, isEstimated: estimated, body: body, changes: batch))
        }
        unapplied += sorted.filter { $0.effective == nil }.map { UnappliedChange(change: $0, failure: .undated) }
        self.editions = editions
        self.unapplied = unapplied
        self.changes = ordered
        self.applicationCount = count
    }

    /// The edition in force on `date`: the last one that starts on or before it.
    /// - Complexity: O(log n) in the number of editions; nothing is re-applied.
    public func edition(asOf date: CivilDate) -> Edition {
        var low = 1
        var high = editions.count - 1
        var found = 0
        while low <= high {
            let mid = (low + high) / 2
            if let start = editions[mid].date, start <= date {
                found = mid
                low = mid + 1
            } else {
                high = mid - 1
            }
        }
        return editions[found]
    }

    /// Changes already enacted but not yet in force on `date`, in date order.
    public func comingChanges(after date: CivilDate) -> [Change] {
        changes.filter { ($0.effective?.date).map { $0 > date } ?? false }
    }

    /// Every change that touched `id` or a unit inside it, with the edition date it made.
    public func history(of id: ClauseID) -> [Change] {
        changes.filter { $0.target.isDescendant(ofOrEqualTo: id) || id.isDescendant(ofOrEqualTo: $0.target) }
    }
}
