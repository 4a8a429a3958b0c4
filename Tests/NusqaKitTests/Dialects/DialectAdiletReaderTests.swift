import NusqaKit
import Testing
@testable import NusqaCore
@testable import NusqaText

/// Abzac building in the adilet export: seeds 000 and 001 and small synthetic texts.
struct DialectAdiletReaderTests {
    /// The abzacs of item 1 of seed 001: from "1. …енгізілсін:" up to, not including, item 2.
    static func item1Abzacs() throws -> [Block] {
        let blocks = try Seeds.reading(Seeds.act001).blocks
        let start = try #require(blocks.firstIndex { $0.text.hasPrefix("1. \"Тегін") })
        let end = try #require(blocks.firstIndex { $0.text.hasPrefix("2. Қазақстан Республикасы Міндетті") })
        return Array(blocks[start..<end])
    }

    @Test func firstBlockAfterTheEnactingWordIsItem1() throws {
        let blocks = try Seeds.reading(Seeds.act001).blocks
        let enacting = try #require(blocks.firstIndex { $0.text == "БҰЙЫРАМЫН:" })
        #expect(blocks[enacting + 1].text.hasPrefix("1. \"Тегін"))
        #expect(blocks[enacting + 1].span.start == SourceLocation(line: 14, column: 7))
        #expect(blocks[enacting + 1].span.end.line == 20)
    }

    @Test func item1Has169Abzacs() throws {
        let abzacs = try Self.item1Abzacs()
        #expect(abzacs.count == 169)
        #expect(abzacs.allSatisfy { $0.isIndented })
    }

    @Test(arguments: [
        (1, "1. \"Тегін медициналық көмектің"),
        (3, "2-тармақ мынадай редакцияда жазылсын:"),
        (4, "\"2. Осы Қағидаларда пайдаланылатын негізгі ұғымдар:"),
        (18, "11) медициналық-әлеуметтік көмек"),
        (93, "10) \"Ауылдық денсаулық сақтауды жаңғырту\""),
        (94, "мынадай мазмұндағы 26-1- тармақпен толықтырылсын:"),
        (95, "\"26-1. ТМККК"),
        (96, "29-тармақ мынадай редакцияда жазылсын:"),
    ])
    func abzacNumbersOfDomainNotes(_ number: Int, _ prefix: String) throws {
        let abzacs = try Self.item1Abzacs()
        try #require(abzacs.count >= number)
        #expect(abzacs[number - 1].text.hasPrefix(prefix), "abzac \(number): \(abzacs[number - 1].text.prefix(60))")
    }

    @Test func pageBreaksInMidSentenceAreJoined() throws {
        let reading = try Seeds.reading(Seeds.act001)
        let lines = reading.repairs.filter { $0.kind == .pageBreakJoined }.map(\.line)
        for line in [17, 38, 78, 118] { #expect(lines.contains(line), "no page break joined after line \(line)") }
        let texts = reading.blocks.map(\.text)
        #expect(texts.contains { $0.contains("қорына жарналар төлеуден босатылған") })
        #expect(texts.contains { $0.contains("қордың қызметін қамтамасыз етуге") })
        #expect(texts.contains { $0.contains("кіші жүйелерінде бекітілген") })
        #expect(!texts.contains { $0.hasPrefix("жарналар төлеуден") })
    }

    @Test func headerAndAnnexAreBlankLineSeparated() throws {
        let blocks = try Seeds.reading(Seeds.act000).blocks
        #expect(blocks[0].text.hasPrefix("\"Жоғары технологиялық") && blocks[0].text.hasSuffix("енгізу туралы"))
        #expect(blocks[1].text.hasPrefix("Қазақстан Республикасы Денсаулық сақтау министрінің 2025 жылғы 1 қарашадағы № 129"))
        #expect(!blocks[0].isIndented && blocks[2].isIndented)
        let signature = try #require(blocks.firstIndex { $0.text.hasSuffix("министрі А. Альназарова") })
        #expect(blocks[signature + 1].text == "Қазақстан Республикасының Денсаулық сақтау министрі 2025 жылғы 1 қарашадағы")
        #expect(!blocks[signature + 1].isIndented)
    }

    @Test(arguments: [(131, "Ресурс"), (238, "ерекше"), (244, "немесе"), (272, "Мұндай"), (352, "және")])
    func letterSpacedWordsCollapseOnTheLines(_ line: Int, _ word: String) throws {
        let source = try Seeds.source(Seeds.act000)
        let reading = AdiletReader.read(source)
        #expect(reading.lines.count == source.lines.count)
        #expect(DialectText.trimmed(reading.lines[line - 1]) == word)
        #expect(reading.repairs.contains { $0.kind == .letterSpacing && $0.line == line })
    }

    @Test func joiningRulesApplyInsideAbzacs() throws {
        let texts = try Seeds.reading(Seeds.act001).blocks.map(\.text)
        #expect(texts.contains { $0.contains("тариф – \"Диспансерлік науқастардың") })
        #expect(texts.contains { $0.contains("жай-күйлер кезінде, сондай-ақ") })
        #expect(texts.contains { $0.contains("және/немесе бөлінбеген") })
        #expect(texts.contains { $0.contains("пайдаланылмаған (толық пайдаланылмаған)") })
    }

    @Test func syntheticAbzacs() {
        let text = """
        Title line one \nline two

              1. First abzac \nwraps here
              2. Second abzac
        goes on

        after a page break.
              3. Third.

        Annex
        """
        let reading = AdiletReader.read(SourceText(string: text, name: "t"))
        #expect(reading.blocks.map(\.text) == [
            "Title line one line two", "1. First abzac wraps here",
            "2. Second abzac goes on after a page break.", "3. Third.", "Annex",
        ])
        #expect(reading.blocks.map(\.isIndented) == [false, true, true, true, false])
        #expect(reading.repairs.filter { $0.kind == .pageBreakJoined }.map(\.line) == [7])
    }
}
