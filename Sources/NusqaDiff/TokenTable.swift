import Foundation

/// Gives each distinct token (its UTF-8 bytes) a small integer id (сөздік), in order of first sight.
///
/// An open-addressing table of 64-bit FNV-1a hashes; equal hashes are confirmed byte by byte, so
/// two different tokens never share an id. The table keeps views of the tokens, not copies: the
/// buffers they point into must outlive it (``WordDiff`` holds both texts while it aligns them).
struct TokenTable {
    private var slots: [Int32]
    private var hashes: [UInt64] = []
    private var tokens: [UnsafeBufferPointer<UInt8>] = []

    /// The number of distinct tokens seen.
    var count: Int { tokens.count }

    /// A table sized for about `expected` distinct tokens.
    init(expected: Int = 128) {
        var size = 256
        while size < expected * 2 { size *= 2 }
        slots = [Int32](repeating: -1, count: size)
        hashes.reserveCapacity(expected)
        tokens.reserveCapacity(expected)
    }

    /// The id of `token`, new if it was not seen before.
    /// - Complexity: O(length of the token) amortised.
    mutating func id(of token: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in token {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        var mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        while true {
            let found = Int(slots[slot])
            if found < 0 { break }
            if hashes[found] == hash, Self.same(tokens[found], token) { return found }
            slot = (slot + 1) & mask
        }
        let id = tokens.count
        tokens.append(token)
        hashes.append(hash)
        slots[slot] = Int32(id)
        if tokens.count * 2 > slots.count {
            slots = [Int32](repeating: -1, count: slots.count * 2)
            mask = slots.count - 1
            for (existing, existingHash) in hashes.enumerated() {
                var s = Int(truncatingIfNeeded: existingHash ^ (existingHash >> 29)) & mask
                while slots[s] >= 0 { s = (s + 1) & mask }
                slots[s] = Int32(existing)
            }
        }
        return id
    }

    private static func same(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Bool {
        guard x.count == y.count else { return false }
        guard let p = x.baseAddress, let q = y.baseAddress else { return true }
        return memcmp(p, q, x.count) == 0
    }
}
