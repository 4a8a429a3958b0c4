/// The status of a unit in one edition (күйі): in force, deleted, or enacted but not yet in force.
public enum ClauseStatus: Sendable, Hashable {
    /// In force in this edition (қолданыста).
    case inForce
    /// Deleted: the number stays with a note (алып тасталды).
    case deleted
    /// Repealed as a whole (күші жойылды).
    case repealed
    /// Enacted, but its wording only takes effect on a later date (қолданысқа енгізілмеген).
    case pending(from: CivilDate, keepsPreviousWording: Bool)

    /// A stable name for JSON: `in-force`, `deleted`, `repealed`, `not-yet-in-force`.
    public var name: String {
        switch self {
        case .inForce: "in-force"
        case .deleted: "deleted"
        case .repealed: "repealed"
        case .pending: "not-yet-in-force"
        }
    }
}
