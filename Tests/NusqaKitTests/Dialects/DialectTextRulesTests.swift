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

    /// The quick scans let through every text the character-by-character pass changes: on texts built from
    /// numbers, "ДСМ", spaced dashes of three kinds, unit words in both cases and a combining mark, both agree.
    @Test func spacingQuickScanMissesNothing() {
        // Each text: three "left spaces dash spaces right" pieces, each part drawn from its own list.
        let parts = [
            ["2", "15", "ДСМ", "ҚР ДСМ", "М", "x", "2\u{301}", "", "(бұдан әрі"],
            [" ", "  ", ""],
            ["-", "–", "—", "x", ""],
            [" ", "  ", ""],
            ["тармақ", "Тармақ", "ҚОСЫМША", "бабы", "тарау", "Тегін", "2027", "9", "жылдарға", "Қағидалар)", "т\u{301}армақ", ";"],
        ]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func draw(_ list: [String]) -> String {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return list[Int(state >> 33) % list.count]
        }
        var closed = 0
        for _ in 0..<5_000 {
            let text = (0..<3).map { _ in parts.map(draw).joined() }.joined(separator: draw([" ", "; ", "-", ""]))
            let quick = SpacingNormalizer.normalize(text), reference = SpacingNormalizer.normalizeEveryDash(text)
            #expect(quick.text == reference.text && quick.changes == reference.changes, "\(text)")
            if !reference.changes.isEmpty { closed += 1 }
        }
        #expect(closed > 500)
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
