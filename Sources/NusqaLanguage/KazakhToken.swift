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
    /// - Complexity: O(n) in the length of `text`.
    package static func tokenize(_ text: String) -> [KazakhToken] {
        ScalarClass.eachScalarIsACharacter(text) ? tokenizeScalars(text) : tokenizeCharacters(text)
    }

    /// ``tokenize(_:)`` one character at a time: right for every text.
    static func tokenizeCharacters(_ text: String) -> [KazakhToken] {
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

    /// ``tokenize(_:)`` for a text whose every scalar is a character of its own: the same tokens, read one
    /// scalar at a time with the character classes from a table.
    private static func tokenizeScalars(_ text: String) -> [KazakhToken] {
        var tokens: [KazakhToken] = []
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        var wordStart: String.Index?
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if ScalarClass.isWordCharacter(scalar) {
                if wordStart == nil { wordStart = index }
            } else {
                if let start = wordStart {
                    tokens.append(KazakhToken(text: text[start..<index], range: start..<index, isWord: true))
                    wordStart = nil
                }
                if !ScalarClass.isWhitespace(scalar) {
                    tokens.append(KazakhToken(text: text[index..<next], range: index..<next, isWord: false))
                }
            }
            index = next
        }
        if let start = wordStart { tokens.append(KazakhToken(text: text[start...], range: start..<text.endIndex, isWord: true)) }
        return tokens
    }

    /// Whether a one-scalar character is part of a word: the rule for characters.
    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool { isWordCharacter(Character(scalar)) }

    private static func isWordCharacter(_ character: Character) -> Bool {
        if character.isLetter { return true }
        guard let ascii = character.asciiValue else { return false }
        return (ascii >= 0x30 && ascii <= 0x39) || ascii == 0x2D || ascii == 0x2F
    }
}
