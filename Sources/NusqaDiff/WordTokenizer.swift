/// Cuts a text into the tokens of a word diff (сөздер): words, single punctuation marks, runs of space.
///
/// A word is letters and digits, with hyphens inside or after it (`ТМККК-ті`); combining marks and
/// joiners stay with the token before them, so a token never splits a letter from its accent.
/// Scans the UTF-8 bytes with an ASCII and Cyrillic fast path, and gives byte ranges: no string is
/// made per token, and tokens compare and hash as bytes.
enum WordTokenizer {
    private enum Class { case word, space, mark, other }

    @inline(__always)
    private static func classify(_ v: UInt32) -> Class {
        if v < 0x80 {
            switch v {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return .word
            case 0x09...0x0D, 0x20: return .space
            default: return .other
            }
        }
        if v >= 0x0400 && v <= 0x052F {
            if v == 0x0482 { return .other }
            if v >= 0x0483 && v <= 0x0489 { return .mark }
            return .word
        }
        guard let scalar = Unicode.Scalar(v) else { return .other }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber, .otherNumber:
            return .word
        case .nonspacingMark, .spacingMark, .enclosingMark:
            return .mark
        case .format where v == 0x200D:
            return .mark
        default:
            return properties.isWhitespace ? .space : .other
        }
    }

    /// The token byte ranges of `bytes`, which must be valid UTF-8 (as a `String`'s are).
    /// - Complexity: O(n) in the bytes.
    static func ranges(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        out.reserveCapacity(bytes.count / 4)
        var start = 0
        var current: Class?
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            var value = UInt32(lead)
            var width = 1
            if lead >= 0xF0, index + 3 < count {
                value = (UInt32(lead & 0x07) << 18) | (UInt32(bytes[index + 1] & 0x3F) << 12) | (UInt32(bytes[index + 2] & 0x3F) << 6) | UInt32(bytes[index + 3] & 0x3F)
                width = 4
            } else if lead >= 0xE0, index + 2 < count {
                value = (UInt32(lead & 0x0F) << 12) | (UInt32(bytes[index + 1] & 0x3F) << 6) | UInt32(bytes[index + 2] & 0x3F)
                width = 3
            } else if lead >= 0xC0, index + 1 < count {
                value = (UInt32(lead & 0x1F) << 6) | UInt32(bytes[index + 1] & 0x3F)
                width = 2
            }
            // Cyrillic letters (U+0400–U+04FF but the signs U+0482–U+0489) are most of the text.
            var kind = width == 2 && lead >= 0xD0 && lead <= 0xD3 && (value < 0x0482 || value > 0x0489) ? Class.word : classify(value)
            if kind == .word && current == .word || kind == .space && current == .space || kind == .mark && current != nil
                || value == 0x2D && current == .word
            {
                index += width
                continue
            }
            // A mark with nothing before it stands alone.
            if kind == .mark { kind = .other }
            if current != nil { out.append(start..<index) }
            start = index
            current = kind
            index += width
        }
        if current != nil { out.append(start..<count) }
        return out
    }
}
