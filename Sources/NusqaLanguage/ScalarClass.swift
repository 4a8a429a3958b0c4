/// Character classes of the scalars Kazakh and Russian text is written in (таңба кластары), from tables
/// built once, for readers that go one scalar at a time instead of one character at a time.
///
/// A text qualifies when no two of its scalars can form one character (ASCII, Latin-1, Latin Extended,
/// Cyrillic without its combining marks, general punctuation without the joiners, letterlike symbols such
/// as "№"): then each scalar *is* a character, and a table lookup per scalar gives exactly what
/// `Character` gives, without grapheme breaking. CR LF is the one pair that forms a character; readers that
/// use this treat both of its scalars alike. Any other text goes through the `Character` path.
enum ScalarClass {
    /// Scalars below this have table entries.
    private static let tableLimit: UInt32 = 0x530

    /// Whether every scalar of `scalars` is a character of its own (CR LF aside).
    /// - Complexity: O(n) in the number of scalars.
    static func eachScalarIsACharacter(_ scalars: some Sequence<Unicode.Scalar>) -> Bool {
        for scalar in scalars where !standsAlone(scalar.value) { return false }
        return true
    }

    /// Whether `value` never joins a neighbour into one character: not a combining mark, joiner, variation
    /// selector, Hangul jamo, regional indicator or emoji part.
    private static func standsAlone(_ value: UInt32) -> Bool {
        switch value {
        case 0..<0x300: return true  // ASCII, Latin-1, Latin Extended-A and -B, IPA, spacing modifiers
        case 0x370..<0x483, 0x48A..<0x530: return true  // Greek, Cyrillic and its supplement, without U+0483–0489
        case 0x2000..<0x200C, 0x200E..<0x2070: return true  // general punctuation, without ZWNJ and ZWJ
        case 0x20A0..<0x20D0, 0x2100..<0x2190: return true  // currency, letterlike symbols ("№"), number forms
        default: return false
        }
    }

    /// The folded form of a scalar below the table limit (`KazakhFold.fold` of the one-scalar character); nil above it.
    static func folded(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        scalar.value < tableLimit ? foldTable[Int(scalar.value)] : nil
    }

    /// Whether a scalar is a letter, digit, "-" or "/" (a word character of ``KazakhToken``).
    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < tableLimit ? classTable[Int(scalar.value)] & wordBit != 0 : KazakhToken.isWordCharacter(scalar)
    }

    /// Whether a scalar is whitespace as `Character.isWhitespace` sees it.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < tableLimit ? classTable[Int(scalar.value)] & whitespaceBit != 0 : Character(scalar).isWhitespace
    }

    private static let wordBit: UInt8 = 1
    private static let whitespaceBit: UInt8 = 2

    private static let classTable: [UInt8] = (0..<tableLimit).map { value in
        guard let scalar = Unicode.Scalar(value) else { return 0 }
        return (KazakhToken.isWordCharacter(scalar) ? wordBit : 0) | (Character(scalar).isWhitespace ? whitespaceBit : 0)
    }

    /// Each scalar's fold when it is one scalar; the scalar itself when the fold is longer (then the slow path answers).
    private static let foldTable: [Unicode.Scalar?] = (0..<tableLimit).map { value in
        guard let scalar = Unicode.Scalar(value) else { return nil }
        let folded = KazakhFold.fold(Character(scalar)).unicodeScalars
        return folded.count == 1 ? folded.first : nil
    }
}
