/// The wordings a search query matches (сәйкес мәтіндер), as one bit per `wordings.id`: the ordered walk over
/// `versions` asks it once per version, in constant time.
struct WordingSet {
    private var words: [UInt64] = []
    /// How many wordings are in the set.
    private(set) var count = 0

    /// The set of `ids` (each ≥ 0; others are left out: `wordings.id` is never negative).
    init(_ ids: [Int]) {
        guard let largest = ids.max(), largest >= 0 else { return }
        words = [UInt64](repeating: 0, count: largest / 64 + 1)
        for id in ids where id >= 0 && !contains(id) {
            words[id / 64] |= 1 << UInt64(id % 64)
            count += 1
        }
    }

    /// Whether no wording matched.
    var isEmpty: Bool { count == 0 }

    /// Whether the wording `id` matched.
    func contains(_ id: Int) -> Bool {
        guard id >= 0, id / 64 < words.count else { return false }
        return words[id / 64] & (1 << UInt64(id % 64)) != 0
    }
}
