import NusqaCore
import NusqaLanguage

/// The words of a sentence as the entry-into-force grammar reads them (сөйлем сөздері): tokens with their
/// folded spelling, and which of them stand inside quotes (a quoted title is never read as grammar).
struct ClauseWords {
    /// The sentence.
    let text: String
    /// Its tokens.
    let tokens: [KazakhToken]
    /// Each token folded (``KazakhFold``): lowercase, Latin look-alikes made Cyrillic.
    let folded: [String]
    /// Whether each token lies inside a balanced pair of quotes.
    let quoted: [Bool]

    /// Splits `text` into words.
    /// - Complexity: O(n) in the length of `text`.
    init(_ text: String) {
        self.text = text
        tokens = KazakhToken.tokenize(text)
        folded = tokens.map { KazakhFold.fold($0.text) }
        quoted = Self.quotedMask(folded)
    }

    var count: Int { tokens.count }

    /// The folded word at `index`, or "" past the end.
    subscript(index: Int) -> String { index >= 0 && index < folded.count ? folded[index] : "" }

    /// The original text of tokens `range`, trimmed.
    func text(_ range: Range<Int>) -> String {
        guard let first = range.first, range.upperBound <= tokens.count, first < range.upperBound else { return "" }
        return String(text[tokens[first].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound])
    }

    /// The span of tokens `range` in the sentence.
    func range(_ range: Range<Int>) -> Range<String.Index>? {
        guard let first = range.first, range.upperBound <= tokens.count, first < range.upperBound else { return nil }
        return tokens[first].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound
    }

    /// Tokens inside balanced «…», “…”, „…“ and "…" pairs. An opener that never closes masks nothing,
    /// so an unbalanced quote cannot hide the grammar after it.
    private static func quotedMask(_ folded: [String]) -> [Bool] {
        var mask = [Bool](repeating: false, count: folded.count)
        var openers: [(index: Int, closer: String)] = []
        var straight: Int?
        for (index, word) in folded.enumerated() {
            switch word {
            case "«": openers.append((index, "»"))
            case "„": openers.append((index, "“"))
            case "“" where openers.last?.closer != "“": openers.append((index, "”"))
            case "»", "”", "“":
                if let k = openers.lastIndex(where: { $0.closer == word }) {
                    for i in (openers[k].index + 1)..<index { mask[i] = true }
                    openers.removeSubrange(k...)
                }
            case "\"":
                if let open = straight {
                    for i in (open + 1)..<index { mask[i] = true }
                    straight = nil
                } else {
                    straight = index
                }
            default: break
            }
        }
        return mask
    }
}
