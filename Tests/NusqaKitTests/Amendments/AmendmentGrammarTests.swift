import Testing
@testable import NusqaAmend
@testable import NusqaCore
import NusqaLanguage
@testable import NusqaParse

/// The instruction grammar of issue 10 on real forms: act leads, list leads, scope nesting,
/// suspensions, no-ops, cut payloads, and fragments read in the user's own lines.
@Suite("Amendment grammar")
struct AmendmentGrammarTests {
    func read(_ lines: [String]) -> AmendmentReading { AmendmentFixtures.read(lines) }

    @Test("A bare fragment is read as a fragment, with the line numbers the user typed")
    func fragmentLines() throws {
        let reading = read([
            "көрсетілген қаулыға 2-қосымшада:",
            "Министрліктің қарамағындағы ұйымдардың тізбесінде:",
            "реттік нөмірі 1-жол алып тасталсын.",
        ])
        #expect(reading.isFragment)
        let patch = try #require(reading.patches.first)
        #expect(patch.operation == .delete && patch.target.description == "att_2__row_1")
        #expect(patch.span.start.line == 3)
        #expect(reading.unparsed.isEmpty)
    }

    @Test("A complete order is read as an order, not as a fragment")
    func orderIsNotFragment() throws {
        let act = ActParser.parse(AmendmentFixtures.order(["5-тармақ алып тасталсын;"]))
        let reading = AmendmentReader.read(act, metadata: AmendmentFixtures.metadata())
        #expect(!reading.isFragment)
        #expect(reading.targets == ["att_1__para_5"])
        #expect(reading.patches.first?.span.start.line == 4)
        #expect(reading.entryIntoForce != nil)
    }

    @Test("Several acts in one resolution: each change is bound to the act its item names")
    func severalActs() throws {
        let reading = read([
            "Қазақстан Республикасының Үкіметі ҚАУЛЫ ЕТЕДІ:",
            "1. Қазақстан Республикасы Үкіметінің кейбір шешімдеріне мынадай өзгерістер енгізілсін:",
            "1) «Бір туралы» Қазақстан Республикасы Үкіметінің 2005 жылғы 22 маусымдағы № 607 қаулысында:",
            "көрсетілген қаулымен бекітілген Ережеде:",
            "16-тармақта:",
            "18) тармақша алып тасталсын;",
            "2) «Екі туралы» Қазақстан Республикасы Үкіметінің 2008 жылғы 24 сәуірдегі № 387 қаулысында:",
            "2-тармақтың 5) тармақшасы алып тасталсын.",
            "2. Осы қаулы қол қойылған күнінен бастап қолданысқа енгізіледі.",
        ])
        #expect(!reading.isFragment)
        #expect(reading.targets == ["att_1__para_16__subpara_18", "para_2__subpara_5"])
        #expect(reading.patches.map { $0.amends?.number } == ["607", "387"])
        #expect(reading.classified.contains { $0.kind == .entryIntoForce })
        #expect(reading.unparsed.isEmpty)
    }

    @Test("A list of repealed acts whose verb ends the list: one repeal per act")
    func repealList() throws {
        let reading = read([
            "1. Мыналардың:",
            "1) «Бір туралы» Қазақстан Республикасы Үкіметінің 2008 жылғы 22 желтоқсандағы № 1196 қаулысының;",
            "2) «Екі туралы» Қазақстан Республикасы Үкіметінің 2010 жылғы 6 қыркүйектегі № 900 қаулысының күші жойылсын.",
        ])
        #expect(reading.patches.map(\.operation) == [.repeal, .repeal])
        #expect(reading.patches.map { $0.amends?.number } == ["1196", "900"])
        #expect(reading.patches.allSatisfy { $0.target == .root })
    }

    @Test("A suspension is its own operation with its period, listed unapplied")
    func suspension() throws {
        let reading = read([
            "1) Салық кодексінің 1-бабы 1-тармағы 37) тармақшасының қолданысы 2018 жылғы 1 шілдеге дейін тоқтатыла тұрсын, тоқтатыла тұру кезеңінде осы тармақша мынадай редакцияда қолданылады деп белгіленсін:",
            "«37) мұнайды дайындау – …;».",
        ])
        let patch = try #require(reading.patches.first)
        #expect(reading.patches.count == 1)
        #expect(patch.operation == .suspend && patch.target.description == "art_1__para_1__subpara_37")
        #expect(patch.period == "2018 жылғы 1 шілдеге дейін")
        #expect(!patch.isApplicable)
    }

    @Test("A line that changes only the Russian text is a typed no-op, never applied")
    func russianOnly() throws {
        let reading = read(["15-тармақта:", "225) тармақшада орыс тіліндегі мәтінге өзгерістер енгізілді, мемлекеттік тілдегі мәтіні өзгермейді;"])
        let patch = try #require(reading.patches.first)
        #expect(patch.operation == .noOp && patch.target.description == "para_15__subpara_225")
        #expect(!patch.isApplicable)
    }

    @Test("Rows by number, ranges and lists; columns stay out of the id")
    func rowsAndRanges() throws {
        let rows = read(["«Мемлекеттік мекемелер» деген 2-бөлімде:", "реттік нөмірлері 9, 23-жолдар алынып тасталсын."])
        #expect(rows.targets == ["sec_2__row_9", "sec_2__row_23"])
        let range = read(["5–8-тармақтар алып тасталсын;"])
        #expect(range.targets == ["para_5", "para_6", "para_7", "para_8"])
        let column = read(["реттік нөмірі 16-жолдың 3-бағанында «348000» деген сандар «296000» деген сандармен ауыстырылсын;"])
        #expect(column.targets == ["row_16"])
        #expect(column.patches.first?.column == 3)
        #expect(column.patches.first?.words?.old == "348000" && column.patches.first?.words?.new == "296000")
    }

    @Test("'тиісінше' pairs old and new words in order")
    func pairedWords() throws {
        let reading = read(["3-тармақта «А», «Б» деген сөздер тиісінше «В», «Г» деген сөздермен ауыстырылсын;"])
        #expect(reading.patches.map { "\($0.words?.old ?? "")→\($0.words?.new ?? "")" } == ["А→В", "Б→Г"])
    }

    @Test("A typo of the formula ('редакциядан жазылсын') is read as the formula, with a warning")
    func formulaTypo() throws {
        let reading = read(["419) және 420) тармақшалар мынадай редакциядан жазылсын:", "«419) бір;", "420) екі;»;"])
        #expect(reading.targets == ["subpara_419", "subpara_420"])
        #expect(reading.diagnostics("formula-typo").count == 1)
    }

    @Test("A payload cut by the end of the text keeps its patch, with an error, never applied")
    func cutPayload() throws {
        let reading = read(["реттік нөмірлері 136 және 137-жолдар мынадай редакцияда жазылсын:", "«"])
        #expect(reading.targets == ["row_136", "row_137"])
        #expect(reading.patches.allSatisfy { $0.error != nil && !$0.isApplicable })
        let cut = read(["Көрсетілген шешімнің 1 қосымшасы осы шешімнің қосымшасына сәйкес жаң"])
        #expect(cut.patches.map(\.operation) == [.replaceFromAnnex])
        #expect(cut.patches.first?.error != nil)
    }

    @Test("Operative sentences that amend nothing are classified, not reported and not skipped")
    func classified() throws {
        let reading = read([
            "Қазақстан Республикасының Үкіметі ҚАУЛЫ ЕТЕДІ:",
            "1. «Қор» акционерлік қоғамы таратылсын.",
            "2. «Бір туралы» Қазақстан Республикасы Үкіметінің 2008 жылғы 23 желтоқсандағы № 1226 қаулысының күші жойылды деп танылсын.",
            "3. Күші жойылды - ҚР Үкіметінің 04.10.2023 № 865 қаулысымен.",
        ])
        #expect(reading.patches.map(\.operation) == [.repeal])
        #expect(reading.unparsed.isEmpty)
        #expect(reading.classified.map(\.kind) == [.frontMatter, .operative, .editorialNote])
    }

    @Test("An inserted note belongs to the unit it follows, and carries no number to miss")
    func insertedNote() throws {
        let reading = read(["19-тармақ мынадай мазмұндағы ескертпемен толықтырылсын:", "«Ескертпе: ЖАО – жергілікті атқарушы орган.»;"])
        let patch = try #require(reading.patches.first)
        #expect(patch.operation == .insert && patch.target.description == "para_19__note")
        #expect(patch.target.kazakhReference == "19-тармақтың ескертпесі")
        #expect(!reading.diagnostics.contains { $0.code == "payload-number-missing" })
    }
}
