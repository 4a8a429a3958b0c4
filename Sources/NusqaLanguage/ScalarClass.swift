import NusqaCore

/// Character classes of the scalars Kazakh and Russian text is written in (таңба кластары), from tables
/// built once, for readers that go one scalar at a time instead of one character at a time.
///
/// A text qualifies when every scalar is a `SimpleScalar` (the parser's rule for a scalar that is always a
/// character of its own): then a table lookup per scalar gives exactly what `Character` gives, without
/// grapheme breaking. Any other text goes through the `Character` path.
enum ScalarClass {
    /// Scalars below this have table entries.
    private static let tableLimit: UInt32 = 0x530

    /// Whether every scalar of `text` is a character of its own (`SimpleScalar`).
    /// - Complexity: O(n) in the number of bytes.
    static func eachScalarIsACharacter(_ text: some StringProtocol) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { SimpleScalar.count($0) != nil } ?? false
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
