import NusqaCore

/// A token (лексема) of Kazakh running text: a word or number, or one punctuation character.
///
/// Words are maximal runs of letters, ASCII digits, `-` and `/` ("ДСМ-225/2020", "405-V");
/// any other non-space character is a token of its own ("№", "«", "."). Whitespace runs,
/// line breaks included, only separate tokens, so phrases broken across lines still match.
package struct KazakhToken: Sendable, Hashable {
    /// The token's text.
    package let text: Substring
    /// Where the token lies in the scanned string.
    package let range: Range<String.Index>
    /// Whether this is a word/number rather than a single punctuation character.
    package let isWord: Bool

    /// The text with its first character lowercased ("Он" → "он").
    package var lowercasedFirst: String {
        guard let first = text.first else { return "" }
        return first.lowercased() + text.dropFirst()
    }

    /// Whether the token contains at least one ASCII digit.
    package var hasDigit: Bool { text.utf8.contains { $0 >= 0x30 && $0 <= 0x39 } }

    /// Whether the token consists of ASCII digits only.
    package var isASCIINumber: Bool { !text.isEmpty && text.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }

    /// Whether the token starts with an uppercase letter.
    package var isCapitalized: Bool { text.first?.isUppercase ?? false }

    /// Splits `text` into tokens.
    ///
    /// Text whose every scalar is a character of its own (``SimpleScalar``: nearly all) is read by its UTF-8
    /// bytes with a table of scalar classes; other text character by character. The tokens are the same.
    /// - Complexity: O(n) in the length of `text`.
    package static func tokenize(_ text: String) -> [KazakhToken] {
        if let tokens = tokenizeSimpleScalars(text) { return tokens }
        return tokenizeByCharacters(text)
    }

    /// The tokens of `text` read character by character (any text).
    static func tokenizeByCharacters(_ text: String) -> [KazakhToken] {
        var tokens: [KazakhToken] = []
        var index = text.startIndex
        var wordStart: String.Index?
        func flush(_ end: String.Index) {
            if let start = wordStart {
                tokens.append(KazakhToken(text: text[start..<end], range: start..<end, isWord: true))
                wordStart = nil
            }
        }
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if isWordCharacter(character) {
                if wordStart == nil { wordStart = index }
            } else {
                flush(index)
                if !character.isWhitespace {
                    tokens.append(KazakhToken(text: text[index..<next], range: index..<next, isWord: false))
                }
            }
            index = next
        }
        flush(text.endIndex)
        return tokens
    }

    /// The tokens of `text` read by bytes, or nil when a scalar of it is not a character of its own.
    static func tokenizeSimpleScalars(_ text: String) -> [KazakhToken]? {
        let result = text.utf8.withContiguousStorageIfAvailable { bytes -> [KazakhToken]? in
            let n = bytes.count
            guard SimpleScalar.prefixLength(bytes, limit: n) == n else { return nil }
            let classes = ScalarClass.table
            let punctuation = ScalarClass.generalPunctuation
            let utf8 = text.utf8
            func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
            var tokens: [KazakhToken] = []
            var wordStart = -1
            var i = 0
            while i < n {
                let b = bytes[i]
                let value: Int
                let length: Int
                if b < 0x80 {
                    value = Int(b)
                    length = 1
                } else if b < 0xE0 {
                    value = Int(b & 0x1F) << 6 | Int(bytes[i + 1] & 0x3F)
                    length = 2
                } else {
                    value = Int(b & 0x0F) << 12 | Int(bytes[i + 1] & 0x3F) << 6 | Int(bytes[i + 2] & 0x3F)
                    length = 3
                }
                let kind: UInt8
                if value < 0x800 {
                    kind = classes[value]
                } else if value >= 0x2000, value < 0x2080 {
                    kind = punctuation[value - 0x2000]
                } else {
                    kind = ScalarClass.of(value)
                }
                if kind == ScalarClass.word {
                    if wordStart < 0 { wordStart = i }
                } else {
                    if wordStart >= 0 {
                        let range = index(wordStart)..<index(i)
                        tokens.append(KazakhToken(text: text[range], range: range, isWord: true))
                        wordStart = -1
                    }
                    if kind == ScalarClass.other {
                        let range = index(i)..<index(i + length)
                        tokens.append(KazakhToken(text: text[range], range: range, isWord: false))
                    }
                }
                i += length
            }
            if wordStart >= 0 {
                let range = index(wordStart)..<text.endIndex
                tokens.append(KazakhToken(text: text[range], range: range, isWord: true))
            }
            return tokens
        }
        return result ?? nil
    }

    /// The class of a scalar that is a character of its own, as ``tokenize(_:)`` reads it.
    enum ScalarClass {
        static let space: UInt8 = 0, word: UInt8 = 1, other: UInt8 = 2
        /// The class of every scalar below U+0800, from the very `Character` predicates.
        static let table: [UInt8] = (0..<0x800).map(of)
        /// The class of every scalar of U+2000–207F (general punctuation).
        static let generalPunctuation: [UInt8] = (0x2000..<0x2080).map(of)

        /// The class of the one-scalar character `value` (a surrogate value counts as other).
        static func of(_ value: Int) -> UInt8 {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { return other }
            let character = Character(scalar)
            if isWordCharacter(character) { return word }
            return character.isWhitespace ? space : other
        }
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        if character.isLetter { return true }
        guard let ascii = character.asciiValue else { return false }
        return (ascii >= 0x30 && ascii <= 0x39) || ascii == 0x2D || ascii == 0x2F
    }
}
