import NusqaCore

/// A date phrase found in text (күн тіркесі; датировка), e.g. "2025 жылғы 30 қазандағы".
public struct KazakhDateMatch: Sendable, Hashable {
    /// The date the phrase names.
    public var date: CivilDate
    /// The case form of the month word ("қазандағы" → ``KazakhMonth/CaseForm/attributive``).
    public var form: KazakhMonth.CaseForm
    /// The phrase in the scanned text, from the year to the month word, or to "бастап" when ``isFrom``.
    public var range: Range<String.Index>
    /// Бастап ("начиная с"): whether the phrase is followed by "бастап" (from that date on).
    public var isFrom: Bool

    /// Creates a match.
    public init(date: CivilDate, form: KazakhMonth.CaseForm, range: Range<String.Index>, isFrom: Bool) {
        self.date = date
        self.form = form
        self.range = range
        self.isFrom = isFrom
    }
}
