import Testing
@testable import NusqaAmend
@testable import NusqaCore
import NusqaLanguage
@testable import NusqaParse
@testable import NusqaTimeline

/// Forms of laws, codes and local decisions that the development set does not hold, written from the
/// drafting rules: numbered parts of code articles, sentences inserted after words, wordings set out in
/// several annexes of the amending act, and the two readings of "орыс тіліндегі мәтін".
@Suite("Amendment forms of laws, codes and local decisions")
struct AmendmentLawFormsTests {
    @Test("A part with a numeral ('73-бабының 1-бөлігі') is the article's numbered part; an ordinal part is an abzac")
    func numberedPartOfAnArticle() {
        #expect(AmendmentFixtures.read(["Кодекстің 73-бабының 1-бөлігі мынадай редакцияда жазылсын:", "«1. Жаңа мәтін.»;"]).targets == ["art_73__para_1"])
        #expect(AmendmentFixtures.read(["10-баптың бірінші бөлігі алып тасталсын;"]).targets == ["art_10__abz_1"])
        #expect(AmendmentFixtures.read(["12-тармақтың 2-бөлігі алып тасталсын;"]).targets == ["para_12__abz_2"])
    }

    @Test("A sentence inserted after a word takes its words from the payload and goes after the anchor's full stop")
    func sentenceAfterWords() throws {
        let reading = AmendmentFixtures.read(["6-тармақ «тіркеледі» деген сөзден кейін мынадай мазмұндағы сөйлеммен толықтырылсын:", "«Тіркеу тегін жүргізіледі.»;"])
        #expect(reading.unparsed.isEmpty)
        let patch = try #require(reading.patches.first)
        #expect(patch.operation == .insertWords && patch.target.description == "para_6")
        #expect(patch.words == WordChange(old: "тіркеледі", new: "Тіркеу тегін жүргізіледі.", position: .after, isGlobal: false))
        var root = Clause(.document, children: [Clause(.item, number: UnitNumber(6), text: "Өтініш бір күнде тіркеледі. Шешім хабарланады.")])
        let change = Change(act: "a", actDate: nil, patch: patch, effective: EffectiveDate(AmendmentFixtures.date("2026-01-01"), estimated: false))
        #expect(PatchApplier.apply(change, to: &root) == nil)
        #expect(root.children[0].text == "Өтініш бір күнде тіркеледі. Тіркеу тегін жүргізіледі. Шешім хабарланады.")
    }

    static let decision = """
        Аудандық мәслихаттың 2024 жылғы 10 шілдедегі № 5-1 шешімі

              Аудандық мәслихат ШЕШІМ ҚАБЫЛДАДЫ:
              1. Аудандық мәслихаттың «Аудандық бюджет туралы» 2023 жылғы 22 желтоқсандағы № 12-3 шешіміне мынадай өзгерістер енгізілсін:
              аталған шешімнің 1, 2 және 4-қосымшалары осы шешімнің 1, 2 және 3-қосымшаларына сәйкес жаңа редакцияда жазылсын.
              2. Осы шешім 2024 жылғы 1 қаңтардан бастап қолданысқа енгізіледі.

              Мәслихат төрағасы А. Бекова

        Аудандық мәслихаттың 2024 жылғы 10 шілдедегі № 5-1 шешіміне 1-қосымша

              1. Бір.

        Аудандық мәслихаттың 2024 жылғы 10 шілдедегі № 5-1 шешіміне 2-қосымша

              1. Екі.

        Аудандық мәслихаттың 2024 жылғы 10 шілдедегі № 5-1 шешіміне 3-қосымша

              1. Үш.

        """

    @Test("Annexes 1, 2 and 4 set out in annexes 1, 2 and 3 of the amending act: each from its own annex")
    func wordingsFromSeveralAnnexes() {
        let act = ActParser.parse(SourceText(string: Self.decision, name: "decision"))
        let reading = AmendmentReader.read(act, metadata: nil)
        #expect(reading.targets == ["att_1", "att_2", "att_4"])
        #expect(reading.patches.map { $0.payload?.children.first?.text } == ["Бір.", "Екі.", "Үш."])
    }

    @Test("'орыс тіліндегі мәтіні өзгермейді' leaves the Kazakh change applicable; a change to the Russian text only is a no-op")
    func russianTextClauses() {
        let kazakh = AmendmentFixtures.read(["4-тармақтағы «министрлігі» деген сөз «агенттігі» деген сөзбен ауыстырылсын, орыс тіліндегі мәтіні өзгермейді;"])
        #expect(kazakh.patches.map(\.operation) == [.replaceWords])
        #expect(kazakh.patches.first?.isApplicable == true)
        let russian = AmendmentFixtures.read(["4-тармақта орыс тіліндегі мәтінге өзгерістер енгізілді, мемлекеттік тілдегі мәтіні өзгермейді;"])
        #expect(russian.patches.map(\.operation) == [.noOp])
        #expect(russian.patches.first?.isApplicable == false)
    }
}

@Suite("Compound word changes and whole documents")
struct AmendmentCompoundTests {
    @Test("A sentence ordering a deletion and a replacement of words gives one patch of each, never 'және' replaced")
    func deletionThenReplacement() throws {
        let reading = AmendmentFixtures.read(["2-тармақтың 1) тармақшасындағы «және» деген сөз алып тасталсын, «жүргізу» деген сөз «жүзеге асыру» деген сөздермен ауыстырылсын;"])
        #expect(reading.unparsed.isEmpty)
        #expect(reading.patches.map(\.operation) == [.deleteWords, .replaceWords])
        #expect(reading.patches.map(\.target.description) == ["para_2__subpara_1", "para_2__subpara_1"])
        #expect(reading.patches.map { $0.words?.old } == ["және", "жүргізу"])
        #expect(reading.patches.map { $0.words?.new } == ["", "жүзеге асыру"])
    }

    @Test("A comma inside the quoted words does not split the sentence")
    func commaInsideQuotes() {
        let reading = AmendmentFixtures.read(["3-тармақтағы «ауыстырылсын, бірақ» деген сөздер «өзгертілсін» деген сөзбен ауыстырылсын;"])
        #expect(reading.patches.count == 1)
        #expect(reading.patches.first?.words?.old == "ауыстырылсын, бірақ")
    }

    @Test("The Rules set out anew in the order's annex are the approved document, not the whole act")
    func rulesFromAnnex() {
        let reading = AmendmentFixtures.read(["Қағидалар осы бұйрыққа қосымшаға сәйкес жаңа редакцияда жазылсын."])
        #expect(reading.targets == ["att_1"])
    }

    @Test("A second clause with no quote ('…, екінші абзацы алып тасталсын') is reported, never dropped")
    func unquotedSecondClause() {
        let reading = AmendmentFixtures.read(["12-тармақтың бірінші абзацындағы «тоқсан сайын» деген сөздер «жыл сайын» деген сөздермен ауыстырылсын, екінші абзацы алып тасталсын;"])
        #expect(reading.patches.map(\.operation) == [.replaceWords])
        #expect(reading.unparsed.count == 1)
    }

    @Test("The upper right corner of an annex is its header: only the stamp is replaced, never the annex")
    func annexHeader() throws {
        let reading = AmendmentFixtures.read(["Қағидаларға 1-қосымшаның оң жақтағы жоғарғы бұрышы мынадай редакцияда жазылсын:", "«Қағидаларға 1-қосымша»;"])
        let patch = try #require(reading.patches.first)
        #expect(patch.target.description == "att_1" && patch.part == .header && patch.payload?.text == "Қағидаларға 1-қосымша")
        var root = Clause(.document, children: [
            Clause(.annex, number: UnitNumber(1), text: "Бұйрыққа қосымша", children: [Clause(.item, number: UnitNumber(1), text: "Бір.")])
        ])
        let change = Change(act: "a", actDate: nil, patch: patch, effective: EffectiveDate(AmendmentFixtures.date("2026-01-01"), estimated: false))
        #expect(PatchApplier.apply(change, to: &root) == nil)
        #expect(root.children[0].text == "Қағидаларға 1-қосымша")
        #expect(root.children[0].children.map(\.text) == ["Бір."])
    }

    @Test("A list lead of repealed acts with nothing after it is reported, in Kazakh and in Russian")
    func emptyRepealList() {
        for line in ["Мыналардың күші жойылды деп танылсын:", "Признать утратившими силу:"] {
            let reading = AmendmentFixtures.read([line])
            #expect(reading.patches.isEmpty, "\(line)")
            #expect(reading.unparsed.count == 1, "\(line)")
        }
        let full = AmendmentFixtures.read(["Мыналардың күші жойылды деп танылсын:", "1) «Бір туралы» Қазақстан Республикасы Үкіметінің 2012 жылғы 20 маусымдағы № 812 қаулысы;"])
        #expect(full.patches.map(\.operation) == [.repeal])
        #expect(full.unparsed.isEmpty)
    }
}
