/// A seeded pseudo-random generator (SplitMix64): the same seed gives the same stream on every platform.
///
/// Used instead of the system generator so that a corpus, a benchmark's sample and a property test's
/// shuffles are pure functions of their seeds. Shared by the generator, the benchmark and the tests.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// Creates a generator whose stream is fixed by `seed`.
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A value in `range`, without modulo bias that matters here (ranges are tiny next to 2^64).
    public mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    /// A value in `0..<bound`, or 0 when `bound` is not positive.
    public mutating func int(below bound: Int) -> Int {
        bound <= 0 ? 0 : Int(next() % UInt64(bound))
    }

    /// True with probability `p`.
    public mutating func chance(_ p: Double) -> Bool { Double(next() >> 11) / Double(1 << 53) < p }

    /// One element of a non-empty array.
    public mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }

    /// A generator for a sub-stream, so that one act's text does not depend on how much another consumed.
    public mutating func fork(_ salt: UInt64) -> SplitMix64 { SplitMix64(seed: next() ^ (salt &* 0xD6E8_FEB8_6659_FD93)) }
}

extension Array {
    /// A uniformly chosen element, or nil when empty (the generator's own draw, not the standard library's).
    public func element(_ rng: inout SplitMix64) -> Element? {
        isEmpty ? nil : self[rng.int(0...(count - 1))]
    }
}
