/// A map from integer keys to row numbers (жол кестесі), for ``EditionDiff/init(rows:oldRootIsGap:keyOf:load:)``:
/// open addressing with a multiplicative hash, so aligning ten thousand rows costs no `Hasher` rounds.
struct IntTable {
    private var keys: [Int]
    private var values: [Int]
    private let mask: Int
    private static let empty = Int.min

    /// A table with room for `capacity` keys.
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: Self.empty, count: size)
        values = Array(repeating: 0, count: size)
        mask = size - 1
    }

    private func slot(_ key: Int) -> Int {
        // Fibonacci hashing: the high bits of key × 2⁶⁴/φ, folded into the table.
        Int(truncatingIfNeeded: (UInt64(bitPattern: Int64(key)) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The value of `key`, nil when absent.
    subscript(key: Int) -> Int? {
        var index = slot(key)
        while true {
            let found = keys[index]
            if found == key { return values[index] }
            if found == Self.empty { return nil }
            index = (index + 1) & mask
        }
    }

    /// Sets `key` to `value` unless it has one already. - Returns: whether it was inserted.
    /// - Precondition: fewer keys than the capacity given (the table does not grow).
    @discardableResult mutating func insertIfAbsent(_ key: Int, _ value: Int) -> Bool {
        var index = slot(key)
        while true {
            let found = keys[index]
            if found == key { return false }
            if found == Self.empty {
                keys[index] = key
                values[index] = value
                return true
            }
            index = (index + 1) & mask
        }
    }
}
