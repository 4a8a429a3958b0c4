/// How ``CorpusStore/search(_:asOf:act:limit:)`` finds its matches (іздеу жоспары); the list is the same either way.
enum SearchPlan: Sendable {
    /// The walk when the matching wordings are many, else the join (by their count); the join too when the walk
    /// reads its budget of rows without filling the page.
    case automatic
    /// Versions in act id and document order, stopping at the limit.
    case walk
    /// Every version of every matching wording, sorted.
    case joinAndSort
}
