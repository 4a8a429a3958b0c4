extension StringProtocol {
    /// The text in lower case (кіші әріп), exactly as `lowercased()` gives it, read from the UTF-8 bytes
    /// with a table for ASCII, Latin and Cyrillic (Kazakh letters included); other text goes to `lowercased()`.
    ///
    /// The standard library maps every scalar on its own (no context), so a table of single-scalar mappings
    /// gives the same result; it avoids decoding the text scalar by scalar through the Unicode property tables.
    /// - Complexity: O(n) in the number of bytes.
    package func lowercasedByBytes() -> String {
        let count = utf8.count
        let table = LowercaseTable.shared
        let result = utf8.withContiguousStorageIfAvailable { bytes -> String? in
            var failed = false
            let out = String(unsafeUninitializedCapacity: count) { buffer in
                var i = 0
                while i < count {
                    let b = bytes[i]
                    if b < 0x80 {
                        buffer[i] = b &+ (b >= 0x41 && b <= 0x5A ? 0x20 : 0)
                        i += 1
                    } else if b >= 0xC2, b <= 0xD3, i + 1 < count {
                        let value = Int(b & 0x1F) << 6 | Int(bytes[i + 1] & 0x3F)
                        let lower = table.map[value]
                        if lower == 0 { failed = true; return 0 }
                        buffer[i] = UInt8(0xC0 | (lower >> 6))
                        buffer[i + 1] = UInt8(0x80 | (lower & 0x3F))
                        i += 2
                    } else if b == 0xE2, i + 2 < count, bytes[i + 1] == 0x80 || bytes[i + 1] == 0x81 {
                        // General punctuation U+2000–207F has no case.
                        buffer[i] = b
                        buffer[i + 1] = bytes[i + 1]
                        buffer[i + 2] = bytes[i + 2]
                        i += 3
                    } else {
                        failed = true
                        return 0
                    }
                }
                return count
            }
            return failed ? nil : out
        }
        return (result ?? nil) ?? lowercased()
    }
}

extension StringProtocol {
    /// The number of characters (таңба саны), equal to `count`, counted from the UTF-8 bytes when every
    /// scalar is a character of its own (ASCII, Latin, Cyrillic, general punctuation, №); otherwise `count`.
    /// - Complexity: O(n) in the number of bytes.
    package var characterCount: Int {
        let counted = utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            var scalars = 0
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                if b < 0x80 {
                    if b == 0x0D { return nil }
                    i += 1
                } else if b < 0xE0 {
                    // U+0300–037F (combining marks) and U+0483–0489 (Cyrillic combining marks) join the letter before.
                    if b == 0xCC || b == 0xCD || b > 0xD3 || b < 0xC2 { return nil }
                    if b == 0xD2, i + 1 < n, bytes[i + 1] >= 0x83, bytes[i + 1] <= 0x89 { return nil }
                    i += 2
                } else if b == 0xE2, i + 2 < n {
                    let second = bytes[i + 1], third = bytes[i + 2]
                    switch second {
                    case 0x80 where third < 0x8B || third > 0x8F: break  // not U+200B–200F (zero-width, joiners)
                    case 0x81 where third < 0xA0: break  // U+2040–205F
                    case 0x84 where third == 0x96: break  // №
                    default: return nil
                    }
                    i += 3
                } else {
                    return nil
                }
                scalars += 1
            }
            return scalars
        }
        return (counted ?? nil) ?? count
    }
}

/// Single-scalar lower-case mappings of U+0000–07FF (two-byte UTF-8), 0 where the mapping is not one
/// scalar of two bytes or less.
private struct LowercaseTable: Sendable {
    static let shared = LowercaseTable()
    let map: [Int]

    init() {
        map = (0..<0x800).map { value in
            guard let scalar = Unicode.Scalar(value) else { return 0 }
            let mapping = scalar.properties.lowercaseMapping.unicodeScalars
            guard mapping.count == 1, let lower = mapping.first, lower.value >= 0x80, lower.value < 0x800 else {
                return value < 0x80 ? value : 0
            }
            return Int(lower.value)
        }
    }
}
