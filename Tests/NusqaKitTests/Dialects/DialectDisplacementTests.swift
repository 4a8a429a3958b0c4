import Foundation
import NusqaKit
import Testing
@testable import NusqaText

/// The hyperlink displacement of the adilet export (DESIGN.md §2): every example comes out exactly as written.
struct DialectDisplacementTests {
    struct Example: CustomTestStringConvertible, Sendable {
        let seed: String
        /// The displaced line as it stands in the seed (must be among the repairs' `before` texts).
        let raw: String
        /// The original text (`…` stands for omitted words).
        let original: String
        var testDescription: String { original }
    }

    static let examples: [Example] = [
        Example(seed: Seeds.act001, raw: "       мынадай редакцияда жазылсын:2-тармақ",
                original: "2-тармақ мынадай редакцияда жазылсын:"),
        Example(seed: Seeds.act001, raw: "       және  мынадай редакцияда жазылсын:18 19-тармақтар",
                original: "18 және 19-тармақтар мынадай редакцияда жазылсын:"),
        Example(seed: Seeds.act001, raw: "медициналық қызметтердің көлемін жоспарлау :қағидаларында",
                original: "... жоспарлау қағидаларында:"),
        Example(seed: Seeds.act001, raw: "      :34-тармақта", original: "      34-тармақта:"),
        Example(seed: Seeds.act000,
                raw: "Қазақстан Республикасының Кодексі 124-бабының  сәйкес (бұдан әрі – 4-тармағына",
                original: "... 124-бабының 4-тармағына сәйкес (бұдан әрі – Кодекс)"),
        Example(seed: Seeds.act000, raw: "      көрсетілген Қағидаларға  осы бұйрыққа  сәйкес жаңа қосымша қосымшаға",
                original: "көрсетілген Қағидаларға қосымша осы бұйрыққа қосымшаға сәйкес жаңа"),
        Example(seed: Seeds.act000, raw: "      көрсетілген Қағидаларға  осы бұйрыққа  сәйкес жаңа қосымша қосымшаға",
                original: "көрсетілген Қағидаларға қосымша осы бұйрыққа қосымшаға сәйкес жаңа редакцияда жазылсын."),
        Example(seed: Seeds.act001, raw: "      Осы бұйрықтың қолданысқа енгізілу тәртібін  тармақтан қараңыз.4-т.",
                original: "Осы бұйрықтың қолданысқа енгізілу тәртібін 4-т. тармақтан қараңыз."),
        Example(seed: Seeds.act001, raw: "      99-тармақтың  мынадай редакцияда жазылсын:1) тармақшасы",
                original: "99-тармақтың 1) тармақшасы мынадай редакцияда жазылсын:"),
        Example(seed: Seeds.act001,
                raw: " (нормативтік құқықтық актілерді мемлекеттік тіркеу тізілімінде № 21844 бұйрығына",
                original: "… № ҚР ДСМ-290/2020 бұйрығына (нормативтік … № 21844 болып тіркелген) мынадай өзгерістер мен толықтырулар енгізілсін:"),
        Example(seed: Seeds.act000, raw: "министрінің 2020 жылғы 16 қазандағы № ҚР ДСМ-134/2020  (Нормативтік бұйрығына",
                original: "№ ҚР ДСМ-134/2020 бұйрығына (Нормативтік құқықтық актілерді"),
        Example(seed: Seeds.act001, raw: "Денсаулық сақтау министрінің 2021 жылғы 14 сәуірдегі № ҚР ДСМ-30  (бұйрығына",
                original: "№ ҚР ДСМ-30 бұйрығына (нормативтік құқықтық"),
    ]

    @Test(arguments: examples)
    func designExampleComesOutAsWritten(_ example: Example) throws {
        let reading = try Seeds.reading(example.seed)
        let displaced = reading.repairs.filter { $0.kind == .hyperlinkDisplacement }
        #expect(displaced.contains { $0.before == example.raw }, "the seed line was not repaired")
        let texts = displaced.map(\.after) + reading.blocks.map(\.text)
        let found = example.original.contains("…") || example.original.contains("...")
            ? texts.contains { Seeds.contains($0, fragmentsOf: example.original) }
            : texts.contains { $0.contains(example.original) }
        #expect(found, "not found: \(example.original)")
    }

    @Test(arguments: [Seeds.act000, Seeds.act001, Seeds.act002, Seeds.act003, Seeds.act004])
    func repairsKeepTheNonSpaceCharacters(_ seed: String) throws {
        for repair in try Seeds.reading(seed).repairs where repair.kind != .headerToMetadata {
            // The spacing normaliser may turn an en dash into a hyphen; nothing else may change.
            let unify = { (s: String) in repair.kind == .spacingNormalized ? s.replacingOccurrences(of: "–", with: "-") : s }
            #expect(DialectText.nonSpaceCounts(unify(repair.before)) == DialectText.nonSpaceCounts(unify(repair.after)),
                    "line \(repair.line): \(repair.before) → \(repair.after)")
        }
    }

    /// Seed 001, new item 5 of the Rules: line 248 ends "… кодексінің 2-тармағының 74-" with one gap after
    /// "26-бабы", line 250 starts with a gap and ends "бабының". Only one placement reads as ordered
    /// citation chains: "Заңының 26-бабы 2-тармағының және … кодексінің 74-" + "бабының негізінде".
    /// (Deliberate change: these two lines were left ambiguous before the chain grammar decided them.)
    @Test func displacedLinesOf001AreDecidedByTheCitationChains() throws {
        let source = try Seeds.source(Seeds.act001)
        let reading = AdiletReader.read(source)
        #expect(!reading.repairs.contains { $0.kind == .ambiguousDisplacement })
        #expect(reading.lines[247] == "Заңының 26-бабы 2-тармағының және Қазақстан Республикасы Бюджет кодексінің 74-")
        #expect(reading.lines[249] == "бабының негізінде қалыптастырылған клиникалық ақпарат және мәліметтер, деректер ")
        let notes = reading.diagnostics.filter { $0.code == "displacement-resolved-by-grammar" }
        #expect(notes.compactMap(\.location?.line) == [248])
        #expect(notes.allSatisfy { $0.severity == .note })
        let block = try #require(reading.blocks.first { $0.text.contains("Бюджет кодексінің") })
        #expect(block.text.contains("Заңының 26-бабы 2-тармағының және Қазақстан Республикасы Бюджет кодексінің 74-бабының негізінде қалыптастырылған"))
        #expect(block.text.contains("деректер болып табылады."))
    }

    @Test(arguments: [
        ("Кодексінің 74-бабының 2-тармағының 3) тармақшасы", true),
        ("Заңының 26-бабы 2-тармағының және кодексінің 74-", true),
        ("кодексінің 2-тармағының 74-бабының", false),  // item before article
        ("Заңының 26-бабы 74- және кодексінің", false),  // a dangling number inside the line
        ("10-тармақтың 1) тармақшасының үшінші абзацы", true),
        ("3) тармақшасының 2-тармағы", false),
    ])
    func citationChainsReadDownwards(_ line: String, _ wellOrdered: Bool) {
        #expect(CitationChainOrder.isWellOrdered(line) == wellOrdered)
    }

    @Test(arguments: [
        ("       b c:LINK", "      LINK b c:"),  // 7th leading space
        ("      x  y z LINK", "      x LINK y z "),  // double space
        (" (a b c) LINK", "LINK (a b c) "),  // leading space on a continuation line
        ("a b :LINK", "a b LINK:"),  // space before ':'
        ("      :LINK", "      LINK:"),  // ':' right after the indent
        ("a ДСМ-1  (LINK", "a ДСМ-1 LINK ("),  // glued '(' in the last word
        ("a  b (c d LINK", "a LINK b (c d "),  // '(' glued further back is not the cut
        ("a  b  c x:L1 L2", "a L1 b L2 c x:"),  // two gaps, glued ':'
        ("      a  b қараңыз.4-т.", "      a 4-т. b қараңыз."),  // glued '.'
    ])
    func gapTypesAreRefilled(_ raw: String, _ expected: String) {
        #expect(DisplacementRepairer.repair(raw) == .repaired(expected))
    }

    @Test(arguments: [
        "a  b c ",  // a normal wrap: trailing space, no displacement
        "a b c",  // no gap
        "      ordinary abzac text",
    ])
    func linesWithoutDisplacementAreUnchanged(_ raw: String) {
        #expect(DisplacementRepairer.repair(raw) == .unchanged)
    }

    @Test(arguments: [
        "      a  b  c:d",  // two gaps, one appended word
        "a  b 74-",  // the link text ends with a dash: a word broken across lines
        "x",
    ])
    func unsureRepairsAreAmbiguousOrUnchanged(_ raw: String) {
        if case .repaired = DisplacementRepairer.repair(raw) { Issue.record("repaired \(raw)") }
    }

    @Test func aContinuationGapAfterAnAmbiguousLineIsAmbiguous() {
        #expect(DisplacementRepairer.repair(" a b LINK") == .repaired("LINK a b "))
        if case .ambiguous = DisplacementRepairer.repair(" a b LINK", followsAmbiguous: true) {} else {
            Issue.record("expected ambiguous")
        }
    }
}
