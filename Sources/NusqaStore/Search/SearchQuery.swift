import Foundation

/// A search query as a person types it, turned into an FTS5 expression (іздеу сұрауы).
///
/// Bare words match as prefixes, so a stem finds its inflected forms ("өзгеріс" finds "өзгерістер"); a stem ending
/// in қ, к or п also matches its voiced form before a vowel suffix ("тармақ" finds "тармағы"). Text in double
/// quotes is a phrase, matched word for word. Letters are folded case-insensitively, Kazakh letters included.
public struct SearchQuery: Sendable, Hashable {
    /// The words and phrases, in order.
    public var terms: [Term]

    /// One word (matched as a prefix) or one quoted phrase (matched exactly).
    public enum Term: Sendable, Hashable {
        /// A word, matched as a prefix.
        case word(String)
        /// A phrase, matched word for word.
        case phrase(String)
    }

    /// Reads `text`: words split at spaces, phrases in double quotes (an unclosed quote runs to the end).
    public init(_ text: String) {
        var terms: [Term] = []
        var current = ""
        var inPhrase = false
        func flush() {
            let trimmed = current.trimmingCharacters(in: .whitespaces)
            if !trimmed.isEmpty { terms.append(inPhrase ? .phrase(trimmed) : .word(trimmed)) }
            current = ""
        }
        for character in text {
            if character == "\"" || character == "«" || character == "»" || character == "“" || character == "”" {
                flush()
                inPhrase.toggle()
            } else if character.isWhitespace && !inPhrase {
                flush()
            } else {
                current.append(character)
            }
        }
        flush()
        self.terms = terms
    }

    /// Whether there is nothing to search for.
    public var isEmpty: Bool { terms.isEmpty }

    /// The FTS5 MATCH expression: every term must match.
    public var expression: String {
        terms.map { term in
            switch term {
            case .phrase(let text): return Self.quoted(text)
            case .word(let word):
                let alternatives = Self.stems(word).map { Self.quoted($0) + "*" }
                return alternatives.count == 1 ? alternatives[0] : "(" + alternatives.joined(separator: " OR ") + ")"
            }
        }.joined(separator: " AND ")
    }

    /// The word and, for a final қ к п, its voiced form (ғ г б) taken before a vowel suffix.
    static func stems(_ word: String) -> [String] {
        guard let last = word.last else { return [word] }
        let voiced: [Character: Character] = ["қ": "ғ", "Қ": "Ғ", "к": "г", "К": "Г", "п": "б", "П": "Б"]
        guard let replacement = voiced[last], word.count > 2 else { return [word] }
        return [word, String(word.dropLast()) + String(replacement)]
    }

    private static func quoted(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
}
