import NusqaKit

/// One version of one clause (бірліктің редакциясы): its wording from one date to the next, as a store row.
///
/// An act's editions become one row per clause per change, not per edition: a clause that no change touches
/// has one row, valid from the start. The as-of edition is the rows with `validFrom ≤ date < validTo`.
public struct ClauseVersion: Sendable, Hashable {
    /// The clause id, e.g. `annex_1__item_2`.
    public var clause: ClauseID
    /// 1, or 2… when a text repeats a unit number.
    public var occurrence: Int
    /// Document order within the act, consistent across editions.
    public var order: Int
    /// The first day in force; nil for the text before any change in the corpus.
    public var validFrom: CivilDate?
    /// The first day no longer in force; nil while in force.
    public var validTo: CivilDate?
    /// Whether a date rests on an estimated publication date.
    public var isEstimated: Bool
    /// The clause without its children, as a diff compares it.
    public var flat: FlatClause
    /// The last change that touched this unit, when one did.
    public var provenance: Provenance?
    /// The status as stored: `in-force`, `deleted`, `repealed`, `not-yet-in-force`.
    public var statusName: String { flat.status.name }
}
