/// The sentences (сөйлемдер) of one abzac of legal text, as ranges of the text.
///
/// A sentence ends at ".", "!" or "?" (with any closing quotes or brackets after it) followed by white
/// space and a capital letter, an opening quote or a digit, or at the end of the text. A full stop inside
/// a number ("1.5"), an initial followed by a lower-case word, or "т.б." inside a sentence does not end it.
/// Each range holds the sentence with its final punctuation, without the white space between sentences.
package enum SentenceBoundaries {
    /// The sentence ranges of `text`, in order; one range for text with no sentence end.
    /// - Complexity: O(n) in the length of `text`.
    package static func ranges(in text: String) -> [Range<String.Index>] {
        var out: [Range<String.Index>] = []
        var start = text.startIndex
        while start < text.endIndex, text[start].isWhitespace { start = text.index(after: start) }
        var index = start
        while index < text.endIndex {
            let character = text[index]
            index = text.index(after: index)
            guard character == "." || character == "!" || character == "?" else { continue }
            var end = index
            while end < text.endIndex, "»”\")]".contains(text[end]) { end = text.index(after: end) }
            var next = end
            while next < text.endIndex, text[next].isWhitespace { next = text.index(after: next) }
            guard next > end || next == text.endIndex else { continue }
            if next == text.endIndex {
                out.append(start..<end)
                start = next
                index = next
                break
            }
            let opener = text[next]
            guard opener.isUppercase || opener == "«" || opener == "\"" || opener == "“" || opener.isNumber else { continue }
            out.append(start..<end)
            start = next
            index = next
        }
        if start < text.endIndex {
            var end = text.endIndex
            while end > start, text[text.index(before: end)].isWhitespace { end = text.index(before: end) }
            if end > start { out.append(start..<end) }
        }
        return out
    }
}
