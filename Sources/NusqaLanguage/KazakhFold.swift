/// A folded spelling for matching (салыстыру үшін бүктеу; свёртка для сравнения): lowercase, with the
/// Latin look-alikes that real texts carry inside Cyrillic words read as the Cyrillic letter they stand for.
///
/// Older texts write "енгiзiледi" with Latin `i` (U+0069) for Kazakh `і` (U+0456), and OCR or copy-paste
/// leaves Latin `a`, `e`, `o`, `p`, `c`, `x`, `y`, `k` and capitals `A B C E H I K M O P T X Y` among
/// Cyrillic letters. Folding maps each character to exactly one character, so the folded text has the
/// same number of characters as the original and a position in one is the same position in the other.
public enum KazakhFold {
    /// Бүктелген жазу (свёрнутая запись): `text` lowercased with Latin look-alikes made Cyrillic, one
    /// character for one character.
    ///
    /// - Complexity: O(n) in the length of `text`.
    public static func fold(_ text: some StringProtocol) -> String {
        guard ScalarClass.eachScalarIsACharacter(text) else { return foldCharacters(text) }
        // The same result one scalar at a time, from a table, without breaking the text into characters.
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if let folded = ScalarClass.folded(scalar) { out.unicodeScalars.append(folded) } else { out.append(fold(Character(scalar))) }
        }
        return out
    }

    /// `fold` one character at a time: right for every text.
    static func foldCharacters(_ text: some StringProtocol) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text { out.append(fold(character)) }
        return out
    }

    /// The folded form of one character (itself when nothing applies).
    public static func fold(_ character: Character) -> Character {
        if let ascii = character.asciiValue {
            if let mapped = latinLookAlikes[ascii] { return mapped }
            if ascii >= 0x41 && ascii <= 0x5A { return Character(Unicode.Scalar(ascii + 0x20)) }
            return character
        }
        let lowered = character.lowercased()
        return lowered.count == 1 ? Character(lowered) : character
    }

    /// Whether `text` folds to `folded` (a string already folded): "енгiзiледi" matches "енгізіледі".
    public static func matches(_ text: some StringProtocol, _ folded: String) -> Bool {
        fold(text) == folded
    }

    /// Latin letters (by ASCII code) that stand for a Cyrillic letter, as the lowercase Cyrillic letter.
    private static let latinLookAlikes: [UInt8: Character] = {
        let pairs: [(Character, Character)] = [
            ("a", "а"), ("e", "е"), ("o", "о"), ("p", "р"), ("c", "с"), ("x", "х"), ("y", "у"), ("k", "к"), ("i", "і"),
            ("A", "а"), ("B", "в"), ("C", "с"), ("E", "е"), ("H", "н"), ("I", "і"), ("K", "к"), ("M", "м"), ("O", "о"),
            ("P", "р"), ("T", "т"), ("X", "х"), ("Y", "у"),
        ]
        var table: [UInt8: Character] = [:]
        for (latin, cyrillic) in pairs { if let code = latin.asciiValue { table[code] = cyrillic } }
        return table
    }()
}
