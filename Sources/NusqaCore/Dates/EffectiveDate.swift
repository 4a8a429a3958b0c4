/// A date of entry into force (қолданысқа енгізілу күні), and whether it is estimated.
///
/// A change whose date could not be read has no `EffectiveDate` at all (`nil`), never a sentinel.
public struct EffectiveDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The first day the change is in force.
    public var date: CivilDate
    /// Whether the date rests on an estimated publication date.
    public var isEstimated: Bool

    /// Creates an effective date.
    public init(_ date: CivilDate, estimated: Bool) {
        self.date = date
        self.isEstimated = estimated
    }

    public static func < (lhs: EffectiveDate, rhs: EffectiveDate) -> Bool { lhs.date < rhs.date }

    /// `2025-11-11` or `2025-11-11 (estimated)`.
    public var description: String { isEstimated ? "\(date) (estimated)" : date.description }
}
