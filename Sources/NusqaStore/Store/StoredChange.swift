import NusqaKit

/// One dated change applied to an act, as the store keeps it for `diff` (сақталған өзгеріс): what
/// ``DiffReport/attributions(_:timeline:from:to:actLabel:)`` reads of a timeline's change.
public struct StoredChange: Sendable, Hashable {
    /// The amending act.
    public var act: String
    /// The patch's number in it.
    public var instruction: Int
    /// The instruction's text.
    public var instructionText: String
    /// The operation.
    public var operation: PatchOperation
    /// The unit the change addresses.
    public var target: ClauseID
    /// The day it takes effect.
    public var effective: EffectiveDate
}
