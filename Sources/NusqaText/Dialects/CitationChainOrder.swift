import NusqaCore

/// The order of a genitive chain of citations (сілтеме тізбегінің реті): a Kazakh reference names the
/// larger unit first — "Кодексінің 74-бабының 2-тармағының 3) тармақшасы", "Заңының 26-бабы
/// 2-тармағы" — so adjacent unit references go down: article (бап), then part or item (бөлік,
/// тармақ), then sub-item (тармақша), then abzac. "2-тармағының 74-бабының" is out of order, and a
/// number with a dangling hyphen inside a line ("74- және") is no word at all.
///
/// Used to choose between the placements of displaced hyperlink text: only a placement whose line reads
/// as well-ordered chains is kept.
enum CitationChainOrder {
    /// The rank of a unit word by its stem, or nil for other words.
    static func unitRank(_ word: Substring) -> Int? {
        let lowered = word.lowercased()
        if lowered.hasPrefix("тармақша") { return 3 }
        if lowered.hasPrefix("тармақ") || lowered.hasPrefix("тармағ") || lowered.hasPrefix("бөлік") || lowered.hasPrefix("бөліг") { return 2 }
        if lowered.hasPrefix("бап") || lowered.hasPrefix("баб") { return 1 }
        if lowered.hasPrefix("абзац") { return 4 }
        return nil
    }

    /// The rank of a numbered unit reference ("74-бабының", "3-1-тармағы"), or nil for other words.
    static func referenceRank(_ word: Substring) -> Int? {
        guard let first = word.first, DialectText.isASCIIDigit(first), let hyphen = word.firstIndex(of: "-") else { return nil }
        var rest = word[word.index(after: hyphen)...]
        while let next = rest.first, DialectText.isASCIIDigit(next), let more = rest.firstIndex(of: "-") {
            rest = rest[rest.index(after: more)...]
        }
        return unitRank(rest)
    }

    /// Whether `word` is digits and hyphens only, ending in a hyphen: "74-".
    static func isDanglingNumber(_ word: Substring) -> Bool {
        guard word.count > 1, word.last == "-", let first = word.first, DialectText.isASCIIDigit(first) else { return false }
        return word.allSatisfy { DialectText.isASCIIDigit($0) || $0 == "-" }
    }

    /// Whether every chain of unit references in `line` goes down, and no dangling number stands before
    /// the last word (a number ending the line may continue on the next one: "74-" + "бабының").
    /// - Complexity: O(n) in the length of the line.
    static func isWellOrdered(_ line: String) -> Bool {
        let words = line.split(separator: " ")
        var previousRank: Int?
        for (index, word) in words.enumerated() {
            if isDanglingNumber(word) {
                if index < words.count - 1 { return false }
                continue
            }
            var rank: Int?
            if let hyphen = word.firstIndex(of: "-"), let first = word.first, DialectText.isASCIIDigit(first) {
                // "74-бабының", "3-1-тармағы": the word after the last hyphen of the number.
                var rest = word[word.index(after: hyphen)...]
                while let next = rest.first, DialectText.isASCIIDigit(next), let more = rest.firstIndex(of: "-") {
                    rest = rest[rest.index(after: more)...]
                }
                rank = unitRank(rest)
            } else if word.hasSuffix(")"), index + 1 < words.count, let first = word.first, DialectText.isASCIIDigit(first) {
                rank = unitRank(words[index + 1]) == 3 ? 3 : nil
            } else if unitRank(word) != nil, index > 0, words[index - 1].hasSuffix(")") {
                continue  // "4) тармақшасы": ranked with its number.
            }
            if let rank {
                if let previousRank, rank <= previousRank { return false }
                previousRank = rank
            } else {
                previousRank = nil
            }
        }
        return true
    }
}
