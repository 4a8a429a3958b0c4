import NusqaLanguage

extension CitationReader {
    /// The issuer (қабылдаған орган) ending at token `end`: a genitive ("… министрінің", "Үкіметінің"),
    /// optionally followed by "м.а.", or "Қазақстан Республикасы"; for codes and laws also
    /// "Қазақстан Республикасы Бюджет кодексі", whose name ("Бюджет") is returned too.
    /// - Complexity: O(1): windows of at most 8 tokens.
    func readIssuer(endingAt end: Int, kind: Citation.Kind) -> (issuer: String, name: String?, first: Int)? {
        var cursor = end
        guard cursor >= 0 else { return nil }
        if cursor >= 1, tokens[cursor].text == "ДСМ", tokens[cursor - 1].text == "ҚР" { return ("ҚР ДСМ", nil, cursor - 1) }
        var acting = false
        if cursor >= 3, tokens[cursor].text == ".", tokens[cursor - 1].text == "а", tokens[cursor - 2].text == ".",
           tokens[cursor - 3].text == "м" {
            acting = true
            cursor -= 4
        } else if cursor >= 2, tokens[cursor].text == "а", tokens[cursor - 1].text == ".", tokens[cursor - 2].text == "м" {
            acting = true
            cursor -= 3
        }
        guard cursor >= 0, tokens[cursor].isWord else { return nil }
        var last = cursor
        var name: String?
        let word = tokens[cursor].text.lowercased()
        if !(Self.isGenitive(word) || Self.isState(tokens[cursor])) {
            guard kind == .code || kind == .law, !acting else { return nil }
            var probe = cursor
            while probe >= 0, cursor - probe < 3, tokens[probe].isWord, tokens[probe].isCapitalized,
                  !Self.isState(tokens[probe]) {
                probe -= 1
            }
            guard probe >= 0, probe < cursor, Self.isState(tokens[probe]) else { return nil }
            name = tokens[(probe + 1)...cursor].map { String($0.text) }.joined(separator: " ")
            last = probe
        }
        var first = last
        if tokens[last].text != "ҚР" {
            var probe = last - 1
            var earliestCapital: Int?
            var anchor: Int?
            while probe >= 0, last - probe <= 8, tokens[probe].isWord, tokens[probe].text.lowercased() != "туралы" {
                if tokens[probe].text == "Қазақстан" || tokens[probe].text == "ҚР" {
                    anchor = probe
                    break
                }
                if tokens[probe].isCapitalized { earliestCapital = probe }
                probe -= 1
            }
            first = anchor ?? earliestCapital ?? last
        }
        var words = tokens[first...last].map { String($0.text) }
        for index in words.indices where words[index] == "Республикасының" { words[index] = "Республикасы" }
        if let final = words.last, Self.isGenitive(final.lowercased()) { words[words.count - 1] = String(final.dropLast(3)) }
        if acting { words.append("м.а.") }
        return (words.joined(separator: " "), name, first)
    }

    /// The quoted title («…», "…" or “…”) whose closing quote is token `end`, and its opening quote's index.
    /// - Complexity: O(k), k ≤ 400 tokens searched back for the opening quote.
    func quotedTitle(endingAt end: Int) -> (title: String, first: Int)? {
        guard end >= 0, !tokens[end].isWord else { return nil }
        let opening: Set<Substring>
        switch tokens[end].text {
        case "»": opening = ["«"]
        case "\"": opening = ["\""]
        case "”": opening = ["“", "„"]
        default: return nil
        }
        var probe = end - 1
        while probe >= 0, end - probe <= 400 {
            let candidate = tokens[probe].text
            if opening.contains(candidate) {
                let inner = text[tokens[probe].range.upperBound..<tokens[end].range.lowerBound]
                let title = inner.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                return title.isEmpty ? nil : (title, probe)
            }
            if candidate == tokens[end].text && candidate != "\"" { return nil }
            probe -= 1
        }
        return nil
    }

    /// Whether `word` (lowercased) ends in a genitive suffix: -ның/-нің/-дың/-дің/-тың/-тің.
    static func isGenitive(_ word: String) -> Bool {
        word.count > 4 && ["ның", "нің", "дың", "дің", "тың", "тің"].contains { word.hasSuffix($0) }
    }

    /// Whether the token names the state: "Республикасы", "Республикасының" or "ҚР".
    static func isState(_ token: KazakhToken) -> Bool {
        token.text == "ҚР" || ["республикасы", "республикасының"].contains(token.text.lowercased())
    }
}
