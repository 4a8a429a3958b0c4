/// Ordinal numerals (реттік сан есім; порядковые числительные) 1–199 and cardinals (есептік сан есім) 1–199.
///
/// Only the last word of a compound takes the suffix: "он сегізінші" (18), "тоқсан төртінші" (94),
/// "қырық бірінші" (41), "жүз тоқсан тоғызыншы" (199).
public enum KazakhOrdinal {
    /// Реттік сан есім (порядковое числительное): the words for `n`, e.g. 94 → "тоқсан төртінші"; `nil` outside 1...199.
    public static func words(for n: Int) -> String? {
        guard var parts = cardinalParts(n), let last = parts.popLast() else { return nil }
        guard let ordinal = ordinalOf[last] else { return nil }
        return (parts + [ordinal]).joined(separator: " ")
    }

    /// Есептік сан есім (количественное числительное): the cardinal words for `n`, e.g. 60 → "алпыс"; `nil` outside 1...199.
    public static func cardinalWords(for n: Int) -> String? {
        cardinalParts(n)?.joined(separator: " ")
    }

    /// Реттік мән (значение порядкового): the value of ordinal words ("он сегізінші" → 18).
    ///
    /// Words may be separated by any whitespace; the first letter may be uppercase.
    /// - Complexity: O(n) in the length of `words`.
    public static func value(of words: some StringProtocol) -> Int? {
        ordinalTable[normalized(words)]
    }

    /// Есептік мән (значение количественного): the value of cardinal words ("алпыс" → 60, "күнтізбелік он" → `nil`).
    ///
    /// - Complexity: O(n) in the length of `words`.
    public static func cardinalValue(of words: some StringProtocol) -> Int? {
        cardinalTable[normalized(words)]
    }

    /// Реттік сан есімдерді табу (поиск порядковых): every ordinal in `text`, longest match first
    /// ("тоқсан төртінші" is 94, not 4), on whole words only.
    ///
    /// A following case or possessive word does not matter: in "он сегізінші абзацын" the match is "он сегізінші".
    /// - Complexity: O(n) in the length of `text`.
    public static func matches(in text: String) -> [(value: Int, range: Range<String.Index>)] {
        let tokens = KazakhToken.tokenize(text)
        var result: [(value: Int, range: Range<String.Index>)] = []
        var index = 0
        outer: while index < tokens.count {
            for length in stride(from: min(3, tokens.count - index), through: 1, by: -1) {
                let slice = tokens[index..<(index + length)]
                guard slice.allSatisfy(\.isWord) else { continue }
                let phrase = slice.map { String($0.text) }.joined(separator: " ")
                if let value = value(of: phrase), let first = slice.first, let last = slice.last {
                    result.append((value, first.range.lowerBound..<last.range.upperBound))
                    index += length
                    continue outer
                }
            }
            index += 1
        }
        return result
    }

    // MARK: - Private

    private static let units = ["бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз"]
    private static let tens = ["он", "жиырма", "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан"]

    /// The ordinal of each cardinal word: -ыншы/-інші after a consonant, -ншы/-нші after a vowel,
    /// with the stem changes жиырма → жиырмасыншы and қырық → қырқыншы.
    private static let ordinalOf: [String: String] = [
        "бір": "бірінші", "екі": "екінші", "үш": "үшінші", "төрт": "төртінші", "бес": "бесінші",
        "алты": "алтыншы", "жеті": "жетінші", "сегіз": "сегізінші", "тоғыз": "тоғызыншы",
        "он": "оныншы", "жиырма": "жиырмасыншы", "отыз": "отызыншы", "қырық": "қырқыншы", "елу": "елуінші",
        "алпыс": "алпысыншы", "жетпіс": "жетпісінші", "сексен": "сексенінші", "тоқсан": "тоқсаныншы",
        "жүз": "жүзінші",
    ]

    private static func cardinalParts(_ n: Int) -> [String]? {
        guard (1...199).contains(n) else { return nil }
        var parts: [String] = []
        if n >= 100 { parts.append("жүз") }
        let rest = n % 100
        if rest >= 10 { parts.append(tens[rest / 10 - 1]) }
        if rest % 10 > 0 { parts.append(units[rest % 10 - 1]) }
        return parts
    }

    private static func normalized(_ words: some StringProtocol) -> String {
        let joined = words.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard let first = joined.first else { return "" }
        return first.lowercased() + joined.dropFirst()
    }

    private static let ordinalTable: [String: Int] = {
        var table: [String: Int] = [:]
        for n in 1...199 { if let w = words(for: n) { table[w] = n } }
        return table
    }()

    private static let cardinalTable: [String: Int] = {
        var table: [String: Int] = [:]
        for n in 1...199 { if let w = cardinalWords(for: n) { table[w] = n } }
        return table
    }()
}
