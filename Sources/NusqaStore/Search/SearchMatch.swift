import NusqaKit

/// One clause version a search found (табылған бірлік): where it is, when it was in force, and the matching words.
public struct SearchMatch: Sendable, Hashable {
    /// The act's corpus id.
    public var act: String
    /// The clause id.
    public var clause: String
    /// The Kazakh reading of the clause id ("2-тармақтың 11) тармақшасы").
    public var reading: String
    /// The clause text around the match, matched words in [brackets].
    public var snippet: String
    /// The first day of this wording; nil: from the text before any change in the corpus.
    public var validFrom: String?
    /// The first day of the next wording; nil: still in force.
    public var validTo: String?
    /// Whether a date is estimated.
    public var isEstimated: Bool
    /// `in-force`, `deleted`, `repealed`, `not-yet-in-force`.
    public var status: String
}
