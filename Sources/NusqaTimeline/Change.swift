import NusqaCore
import NusqaAmend

/// One dated change on a timeline (өзгеріс): a patch, or the deferred part of one, from an amending act.
public struct Change: Sendable, Hashable {
    /// The corpus id of the amending act.
    public var act: String
    /// The signing date of the amending act (second sort key).
    public var actDate: CivilDate?
    /// The patch.
    public var patch: Patch
    /// The date this change takes effect; nil when its patch is undated (it is then listed as unapplied).
    public var effective: EffectiveDate?
    /// For a deferred part: the unit of the payload that comes into force now.
    public var deferredTarget: ClauseID?

    /// Creates a change.
    public init(act: String, actDate: CivilDate? = nil, patch: Patch, effective: EffectiveDate? = nil, deferredTarget: ClauseID? = nil) {
        self.act = act
        self.actDate = actDate
        self.patch = patch
        self.effective = effective
        self.deferredTarget = deferredTarget
    }

    /// The unit the change addresses.
    public var target: ClauseID { deferredTarget ?? patch.target }

    /// `2025-11-11`, `2025-11-11 (estimated)`, or `undated`.
    public var effectiveText: String { effective?.description ?? "undated" }

    /// The total order of the timeline: effective date (undated last), then amending act date (unknown
    /// first), then position in the act.
    static func precedes(_ a: Change, _ b: Change) -> Bool {
        if a.effective?.date != b.effective?.date {
            guard let left = a.effective?.date else { return false }
            guard let right = b.effective?.date else { return true }
            return left < right
        }
        if a.actDate != b.actDate {
            guard let left = a.actDate else { return true }
            guard let right = b.actDate else { return false }
            return left < right
        }
        if a.act != b.act { return a.act < b.act }
        if a.patch.sequence != b.patch.sequence { return a.patch.sequence < b.patch.sequence }
        return (a.deferredTarget?.description ?? "") < (b.deferredTarget?.description ?? "")
    }
}

/// A change that could not be applied (қолданылмаған өзгеріс), with the reason. Never dropped.
public struct UnappliedChange: Sendable, Hashable {
    /// The change.
    public var change: Change
    /// Why it was not applied.
    public var failure: ApplyFailure

    /// Why, as users read it: "target missing: …", "number already exists: …", "no entry-into-force date: …".
    public var reason: String { failure.description }

    /// Where in the amending act the failure shows: the payload line of the unit a refused payload names
    /// (numbered twice or out of order, misplaced), else the instruction's first line.
    public var location: SourceLocation {
        let patch = change.patch
        switch failure {
        case .duplicateNumbers(let id), .numberingOrder(let id), .misplacedUnit(let id, _), .unnumberedUnit(let id):
            return patch.payloadSpans[id]?.start ?? patch.span.start
        default:
            return patch.span.start
        }
    }
}

/// An edition of an act (редакция): the tree in force from a date until the next edition.
public struct Edition: Sendable, Hashable {
    /// The first day of the edition; nil for the text before any change in the corpus.
    public var date: CivilDate?
    /// Whether the date is estimated.
    public var isEstimated: Bool
    /// The clause tree of the edition.
    public var body: Clause
    /// The changes that made this edition from the previous one.
    public var changes: [Change]
}
