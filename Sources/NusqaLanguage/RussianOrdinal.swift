import NusqaCore

/// Russian ordinal numerals (порядковые числительные; реттік сан есім) 1–199 in every gender, case and
/// number: "первый", "второй", "третьем", "девятнадцатым", "пятьдесят четвертый", "сто сорок вторым".
///
/// As in Kazakh, only the last word of a compound is an ordinal ("сто тридцать восьмым" = 138); the
/// words before it are cardinals.
package enum RussianOrdinal {
    /// Ordinal stems and their values: the word is the stem and an adjective ending.
    private static let stems: [(String, Int)] = [
        ("перв", 1), ("втор", 2), ("четверт", 4), ("пят", 5), ("шест", 6), ("седьм", 7), ("восьм", 8), ("девят", 9),
        ("десят", 10), ("одиннадцат", 11), ("двенадцат", 12), ("тринадцат", 13), ("четырнадцат", 14), ("пятнадцат", 15),
        ("шестнадцат", 16), ("семнадцат", 17), ("восемнадцат", 18), ("девятнадцат", 19), ("двадцат", 20), ("тридцат", 30),
        ("сороков", 40), ("пятидесят", 50), ("шестидесят", 60), ("семидесят", 70), ("восьмидесят", 80), ("девяност", 90),
        ("сот", 100),
    ]
    /// Hard adjective endings: -ый/-ой, -ая, -ое, -ого, -ому, -ым, -ом, -ую, -ые, -ых, -ыми, -ой/-ою.
    private static let hardEndings = ["ый", "ой", "ая", "ое", "ого", "ому", "ым", "ом", "ую", "ые", "ых", "ыми", "ою"]
    /// "третий" is soft: третья, третье, третьего, третьему, третьим, третьем, третью, третьи, третьих, третьей.
    private static let thirdEndings = ["ий", "ья", "ье", "ьего", "ьему", "ьим", "ьем", "ью", "ьи", "ьих", "ьими", "ьей", "ьею"]
    /// Cardinals that open a compound: сто, двадцать … девяносто.
    private static let cardinals: [String: Int] = [
        "сто": 100, "двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50, "шестьдесят": 60, "семьдесят": 70,
        "восемьдесят": 80, "девяносто": 90,
    ]

    private static let ordinalWords: [String: Int] = {
        var table: [String: Int] = [:]
        for (stem, value) in stems {
            for ending in hardEndings { table[stem + ending] = value }
        }
        for ending in thirdEndings { table["трет" + ending] = 3 }
        return table
    }()

    /// The value of one ordinal word ("девятнадцатым" → 19); nil when it is none.
    package static func value(ofWord word: some StringProtocol) -> Int? {
        ordinalWords[RussianText.folded(word)]
    }

    /// Every ordinal in `text` with its value, compounds read whole ("пятьдесят четвертый" is 54, not 4),
    /// on whole words only.
    /// - Complexity: O(n) in the length of `text`.
    package static func matches(in text: String) -> [(value: Int, range: Range<String.Index>)] {
        let words = KazakhToken.tokenize(text).filter(\.isWord)
        var result: [(value: Int, range: Range<String.Index>)] = []
        var index = 0
        while index < words.count {
            // [сто] [tens] ordinal: cardinals add up while they fall in value (сто, then tens).
            var total = 0
            var last = Int.max
            var cursor = index
            while cursor < words.count, let cardinal = cardinals[RussianText.folded(words[cursor].text)], cardinal < last {
                total += cardinal
                last = cardinal
                cursor += 1
            }
            if cursor < words.count, let ordinal = value(ofWord: words[cursor].text), ordinal < last,
                total + ordinal <= 199, total == 0 || ordinal < 100
            {
                result.append((total + ordinal, words[index].range.lowerBound..<words[cursor].range.upperBound))
                index = cursor + 1
            } else {
                index += 1
            }
        }
        return result
    }
}
