import NusqaCore

/// Russian text in an amending act (орысша мәтін; русский текст): folding and the cues that tell a
/// Russian line from a Kazakh one.
package enum RussianText {
    /// `word` lower-cased with ё written е, as the vocabulary tables store it.
    package static func folded(_ word: some StringProtocol) -> String {
        var out = word.lowercased()
        if out.containsBytes(of: "ё") { out = String(out.map { $0 == "ё" ? "е" : $0 }) }
        return out
    }

    /// The letters of the Kazakh alphabet that Russian does not have (ә ғ қ ң ө ұ ү һ і).
    package static let kazakhLetters: Set<Character> = ["ә", "ғ", "қ", "ң", "ө", "ұ", "ү", "һ", "і", "Ә", "Ғ", "Қ", "Ң", "Ө", "Ұ", "Ү", "Һ", "І"]

    /// Whether a line outside its quotes is written in Russian: Cyrillic words and no Kazakh letter
    /// (names in quotes, "ҚР ДСМ", "Ақсуат" aside: a line with a Russian instruction word and at most
    /// one Kazakh letter per forty letters).
    package static func isRussian(_ text: String) -> Bool {
        var letters = 0
        var kazakh = 0
        var depth = 0
        var straight = false
        for character in text {
            switch character {
            case "«", "“": depth += 1
            case "»", "”": depth = max(0, depth - 1)
            case "\"": straight.toggle()
            default:
                guard depth == 0 && !straight, character.isLetter else { continue }
                letters += 1
                if kazakhLetters.contains(character) { kazakh += 1 }
            }
        }
        return letters > 0 && kazakh * 40 <= letters
    }
}
