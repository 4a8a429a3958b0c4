import NusqaToolSupport

/// One fuzz case (fuzz жағдайы): the input made for case number `index` of a run with `seed`.
///
/// A pure function of (seed, index, pool), so a supervisor can rebuild the input of a case that
/// trapped in a child process from its number alone.
public struct FuzzCase: Sendable {
    /// The case number.
    public var index: Int
    /// The seed text it was made from.
    public var seedName: String
    /// The text the mutations started from (for the seed → input diff): the seed, or the window of it
    /// the case was cut to.
    public var original: [UInt8]
    /// The mutated input.
    public var bytes: [UInt8]
    /// The mutation steps, for reports.
    public var steps: [String]

    /// Makes case `index` of the run with `seed`.
    public init(index: Int, seed: UInt64, pool: SeedPool) {
        var rng = SplitMix64(seed: seed ^ (UInt64(index) &* 0x9E37_79B9_7F4A_7C15))
        self.index = index
        guard !pool.seeds.isEmpty else {
            seedName = "<none>"
            original = []
            bytes = []
            steps = []
            return
        }
        let chosen = pool.seeds[Int(rng.next() % UInt64(pool.seeds.count))]
        let other = pool.seeds[Int(rng.next() % UInt64(pool.seeds.count))]
        seedName = chosen.name
        original = chosen.bytes
        // One case in sixteen is the seed itself, unmutated.
        if rng.next() % 16 == 0 {
            bytes = chosen.bytes
            steps = ["none"]
        } else {
            (original, bytes, steps) = Mutator.mutate(chosen.bytes, other: other.bytes, rng: &rng)
        }
    }
}
