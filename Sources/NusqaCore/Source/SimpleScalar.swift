/// A scalar that is always a character of its own (жеке таңба): ASCII other than CR, Latin and Cyrillic
/// letters of two UTF-8 bytes other than combining marks, general punctuation other than the zero-width
/// joiners, and №. Between two such scalars there is always a character boundary, so a byte scan over
/// them gives what a `Character` scan gives.
package enum SimpleScalar {
    /// The byte length of the scalar starting at `i` when it is simple; nil otherwise (or when cut off).
    /// - Complexity: O(1).
    @inline(__always)
    package static func length(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        let b = bytes[i]
        if b < 0x80 { return b == 0x0D ? nil : 1 }
        if b < 0xE0 {
            // U+0300–037F (combining marks) and U+0483–0489 (Cyrillic combining marks) join the letter before.
            guard b >= 0xC2, b <= 0xD3, b != 0xCC, b != 0xCD, i + 1 < bytes.count else { return nil }
            if b == 0xD2, bytes[i + 1] >= 0x83, bytes[i + 1] <= 0x89 { return nil }
            return 2
        }
        guard b == 0xE2, i + 2 < bytes.count else { return nil }
        let second = bytes[i + 1], third = bytes[i + 2]
        switch second {
        case 0x80 where third < 0x8B || third > 0x8F: return 3  // not U+200B–200F (zero-width, joiners)
        case 0x81 where third < 0xA0: return 3  // U+2040–205F
        case 0x84 where third == 0x96: return 3  // №
        default: return nil
        }
    }

    /// The number of scalars in `bytes` when every one is simple, else nil.
    /// - Complexity: O(n); Cyrillic letters and ASCII are tested first.
    package static func count(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        var scalars = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80, b != 0x0D {
                i += 1
            } else if b == 0xD0 || b == 0xD1, i + 1 < n {
                i += 2
            } else if let length = length(bytes, at: i) {
                i += length
            } else {
                return nil
            }
            scalars += 1
        }
        return scalars
    }

    /// The length of the longest run of simple scalars at the start of `bytes`, looking at most `limit` bytes.
    /// - Complexity: O(limit).
    package static func prefixLength(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> Int {
        var i = 0
        let end = min(limit, bytes.count)
        while i < end, let length = length(bytes, at: i) { i += length }
        return min(i, bytes.count)
    }
}
