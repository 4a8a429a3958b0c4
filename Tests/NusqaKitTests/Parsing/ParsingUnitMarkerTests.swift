import NusqaKit
import Testing
@testable import NusqaParse

/// The number that opens a block: which texts are items, sub-items, chapters, tables, and which are not.
struct ParsingUnitMarkerTests {
    /// One row of the classification table: input, loose mode, and the expected marker as a short string.
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var loose: Bool
        var expected: String?
        var testDescription: String { "\(loose ? "loose " : "")'\(text)'" }
    }

    static let cases: [Case] = [
        Case(text: "2. Осы Қағидаларда", loose: false, expected: "item 2 «Осы Қағидаларда»"),
        Case(text: "26-1. ТМККК шеңберінде", loose: false, expected: "item 26-1 «ТМККК шеңберінде»"),
        Case(text: "11) медициналық-әлеуметтік көмек", loose: false, expected: "subItem 11 «медициналық-әлеуметтік көмек»"),
        Case(text: "1-1) жаңа тармақша", loose: false, expected: "subItem 1-1 «жаңа тармақша»"),
        Case(text: "1-тарау. Жалпы ережелер", loose: false, expected: "chapter 1 «Жалпы ережелер»"),
        Case(text: "1-кесте. X", loose: false, expected: "table 1 «X»"),
        Case(text: "4.", loose: false, expected: "item 4 «»"),
        Case(text: "3-1 Амбулаториялық жағдайларда", loose: true, expected: "item 3-1 «Амбулаториялық жағдайларда» missing-dot"),
        Case(text: "3.2 Амбулаториялық жағдайларда", loose: true, expected: "item 3-2 «Амбулаториялық жағдайларда» dotted-number"),
        // Loose forms are not items unless asked for.
        Case(text: "3-1 Амбулаториялық жағдайларда", loose: false, expected: nil),
        Case(text: "3.2 Амбулаториялық жағдайларда", loose: false, expected: nil),
        // Not markers.
        Case(text: "2025 жылғы 30 қазандағы", loose: false, expected: nil),
        Case(text: "2025 жылғы 30 қазандағы", loose: true, expected: nil),
        Case(text: "10 1", loose: false, expected: nil),
        Case(text: "10 1", loose: true, expected: nil),
        Case(text: "3 Амбулаториялық", loose: true, expected: nil),
        Case(text: "3.2.1 мәтін", loose: true, expected: nil),
        Case(text: "1)мәтін", loose: false, expected: nil),
        Case(text: "2-тармақ мынадай редакцияда жазылсын:", loose: false, expected: nil),
        Case(text: "-1. мәтін", loose: false, expected: nil),
        Case(text: "٣. мәтін", loose: false, expected: nil),
        Case(text: "Осы бұйрық", loose: false, expected: nil),
        Case(text: "", loose: false, expected: nil),
    ]

    /// The headings of laws and codes, and the inflected forms inside instructions that are not headings.
    static let lawCases: [Case] = [
        Case(text: "12-бап. Заңның қолданылу саласы", loose: false, expected: "article 12 «Заңның қолданылу саласы»"),
        Case(text: "12-1-бап. Жаңа бап", loose: false, expected: "article 12-1 «Жаңа бап»"),
        Case(text: "1-БӨЛІМ. ЖАЛПЫ БӨЛІМ", loose: false, expected: "section 1 «ЖАЛПЫ БӨЛІМ»"),
        Case(text: "2-бөлім", loose: false, expected: "section 2 «»"),
        Case(text: "3-параграф. Жалпы ережелер", loose: false, expected: "subsection 3 «Жалпы ережелер»"),
        Case(text: "4-ТАРАУ. БЮДЖЕТ", loose: false, expected: "chapter 4 «БЮДЖЕТ»"),
        Case(text: "12-бапта:", loose: false, expected: nil),
        Case(text: "1-бөлімде:", loose: false, expected: nil),
        Case(text: "74-бабының 2-тармағы", loose: false, expected: nil),
    ]

    @Test(arguments: lawCases)
    func classifiesLawHeadings(_ c: Case) {
        #expect(Self.describe(UnitMarker.classify(c.text, loose: c.loose)) == c.expected)
    }

    @Test(arguments: cases)
    func classifies(_ c: Case) {
        #expect(Self.describe(UnitMarker.classify(c.text, loose: c.loose)) == c.expected)
    }

    @Test func loosePrintedNumberKeepsTheSourceForm() {
        guard case .item(_, let printed, _, _) = UnitMarker.classify("3.2 Амбу", loose: true) else {
            Issue.record("'3.2 Амбу' is not an item")
            return
        }
        #expect(printed == "3.2")
    }

    static func describe(_ marker: UnitMarker?) -> String? {
        switch marker {
        case nil: nil
        case .item(let n, _, let rest, let anomaly?): "item \(n) «\(rest)» \(anomaly)"
        case .item(let n, _, let rest, nil): "item \(n) «\(rest)»"
        case .subItem(let n, let rest): "subItem \(n) «\(rest)»"
        case .chapter(let n, let rest): "chapter \(n) «\(rest)»"
        case .table(let n, let rest): "table \(n) «\(rest)»"
        case .article(let n, let rest): "article \(n) «\(rest)»"
        case .section(let n, let rest): "section \(n) «\(rest)»"
        case .subsection(let n, let rest): "subsection \(n) «\(rest)»"
        }
    }
}
