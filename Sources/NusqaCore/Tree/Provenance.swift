/// Where a unit's wording came from (шығу тегі): the amending act, the operation, and from when.
public struct Provenance: Sendable, Hashable {
    /// The corpus id of the amending act.
    public var act: String
    /// The operation that touched the unit.
    public var operation: PatchOperation
    /// The date from which the change is in force.
    public var effective: CivilDate
    /// Whether `effective` is estimated (publication date unknown).
    public var isEstimated: Bool
    /// The exact unit the change addressed (an abzac of this unit, or the unit itself).
    public var unit: ClauseID

    /// Creates a provenance entry.
    public init(act: String, operation: PatchOperation, effective: CivilDate, isEstimated: Bool, unit: ClauseID) {
        self.act = act
        self.unit = unit
        self.operation = operation
        self.effective = effective
        self.isEstimated = isEstimated
    }
}
