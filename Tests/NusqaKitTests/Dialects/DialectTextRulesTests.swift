import NusqaKit
import Testing
@testable import NusqaText

/// The line-joining rule, the spacing normaliser and letter-spacing collapse, one literal in, one out.
struct DialectTextRulesTests {
    @Test(arguments: [
        ("жай-күйлер", "кезінде", " "),  // no trailing space, ordinary words: one space
        ("тариф – \"", "Диспансерлік", ""),  // opening quote at the end
        ("қағидалары", ", сондай-ақ", ""),
        ("ЖТМК", ") түрлерін", ""),
        ("өлшемшарттары (", "бұдан", ""),
        ("және/", "немесе", ""),
        ("тіркелімі", "\" ақпараттық", ""),  // closing quote at the start
        ("жазылсын.", "\";", ""),
        ("анықтау", "».", ""),
        ("«", "1504-8 ПТР", ""),
        ("сөз ", ", кейін", " "),  // a trailing space is a normal wrap
        ("сөз", "\"Цифрлық", " "),  // an opening quote on the next line
        ("орындалуы;", "2) осы", " "),
    ])
    func joining(_ previous: String, _ next: String, _ separator: String) {
        #expect(LineJoiner.separator(after: previous, before: next) == separator)
    }

    @Test(arguments: [
        ("1 және 2 - тармақ мынадай", "1 және 2-тармақ мынадай"),
        ("Қағидаларға 2 – қосымша:", "Қағидаларға 2-қосымша:"),
        ("№ ҚР ДСМ - 65 бұйрығы", "№ ҚР ДСМ-65 бұйрығы"),
        ("3 - кестеде", "3-кестеде"),
        ("2023 – 2027 жылдарға", "2023 – 2027 жылдарға"),  // a range stays
        ("(бұдан әрі - Қағидалар)", "(бұдан әрі - Қағидалар)"),
        ("АХЖ - 9 атауы", "АХЖ - 9 атауы"),
        ("26-1- тармақпен", "26-1- тармақпен"),
        ("2-тармақ", "2-тармақ"),
    ])
    func spacingNormalizer(_ input: String, _ output: String) {
        let (text, changes) = SpacingNormalizer.normalize(input)
        #expect(text == output)
        #expect(changes.isEmpty == (input == output))
    }

    @Test func spacingChangeKnowsItsOffset() {
        let (_, changes) = SpacingNormalizer.normalize("ab 2 - тармақ")
        #expect(changes == [SpacingNormalizer.Change(offset: 3, before: "2 - тармақ", after: "2-тармақ")])
    }

    @Test(arguments: [
        ("е р е к ш е ", "ерекше "),
        ("Р е с у р с", "Ресурс"),
        ("бірақ н е м е с е физиологиялық", "бірақ немесе физиологиялық"),
        ("ж ә н е", "және"),
        ("к операциялар).", "к операциялар)."),
        ("а б", "а б"),  // two letters are not a run
        ("1 2 3 4", "1 2 3 4"),  // digits are not letters
    ])
    func letterSpacing(_ input: String, _ output: String) {
        #expect(LetterSpacingCollapser.collapse(input) == output)
    }
}
