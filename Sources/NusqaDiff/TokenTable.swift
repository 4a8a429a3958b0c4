/// Gives each distinct token (its UTF-8 bytes) a small integer id (сөздік), in order of first sight.
///
/// An open-addressing table of 64-bit FNV-1a hashes; equal hashes are confirmed byte by byte, so
/// two different tokens never share an id.
struct TokenTable {
    private var slots: [Int32]
    private var hashes: [UInt64] = []
    private var tokens: [[UInt8]] = []

    /// The number of distinct tokens seen.
    var count: Int { tokens.count }

    init() {
        slots = [Int32](repeating: -1, count: 256)
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
            if hashes[found] == hash, tokens[found].elementsEqual(token) { return found }
            slot = (slot + 1) & mask
        }
        let id = tokens.count
        tokens.append(Array(token))
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
}
