import Foundation
import NusqaKit
import Testing
@testable import NusqaAmend
@testable import NusqaCore
@testable import NusqaParse

/// Russian amending instructions (поправки на русском языке), written for these tests (not copied from the
/// devset): each operation and each way Russian names a unit, read as the user typed them.
@Suite struct RussianInstructionTests {
    /// A Russian order's lead and the Rules it approves, as the scope of every case.
    static let lead = [
        "Внести в приказ Министра финансов Республики Казахстан от 4 июня 2022 года № 512 «Об утверждении Правил учета» (зарегистрирован в Реестре государственной регистрации нормативных правовых актов под № 28411) следующие изменения и дополнения:",
        "в Правилах учета имущества, утвержденных указанным приказом:",
    ]

    struct Case: CustomStringConvertible, Sendable {
        var lines: [String]
        var operation: PatchOperation
        var targets: [String]
        var description: String { lines.last ?? "" }
    }

    static let cases: [Case] = [
        // New wording: a unit, a sub-item of an item, an abzac by ordinal, a part, several units.
        Case(lines: ["пункт 7 изложить в следующей редакции:", "«7. Учет ведется ежемесячно.»;"], operation: .replace, targets: ["att_1__para_7"]),
        Case(lines: ["подпункт 4) пункта 12 изложить в новой редакции:", "«4) иные сведения;»;"], operation: .replace, targets: ["att_1__para_12__subpara_4"]),
        Case(lines: ["абзац двадцать первый пункта 3 изложить в следующей редакции:", "«новый абзац;»;"], operation: .replace, targets: ["att_1__para_3__abz_21"]),
        Case(lines: ["часть третью пункта 9 изложить в следующей редакции:", "«Третья часть.»;"], operation: .replace, targets: ["att_1__para_9__abz_3"]),
        Case(lines: ["пункты 30 и 31 изложить в следующей редакции:", "«30. Тридцатый.", "31. Тридцать первый.»;"], operation: .replace,
             targets: ["att_1__para_30", "att_1__para_31"]),
        Case(lines: ["в пункте 44:", "подпункты 8) и 9) изложить в следующей редакции:", "«8) восьмой;", "9) девятый;»;"], operation: .replace,
             targets: ["att_1__para_44__subpara_8", "att_1__para_44__subpara_9"]),
        // Insertions: the new unit is in the instrumental, its container in the accusative or a scope line.
        Case(lines: ["дополнить пунктом 15-2 следующего содержания:", "«15-2. Новый пункт.»;"], operation: .insert, targets: ["att_1__para_15-2"]),
        Case(lines: ["пункт 6 дополнить подпунктом 3-1) следующего содержания:", "«3-1) новый подпункт;»;"], operation: .insert,
             targets: ["att_1__para_6__subpara_3-1"]),
        Case(lines: ["в пункте 8:", "дополнить частью второй следующего содержания:", "«Вторая часть.»;"], operation: .insert,
             targets: ["att_1__para_8__abz_2"]),
        Case(lines: ["подпункт 1) пункта 2 дополнить абзацами седьмым и восьмым следующего содержания:", "«седьмой;", "восьмой.»;"],
             operation: .insert, targets: ["att_1__para_2__subpara_1__abz_7", "att_1__para_2__subpara_1__abz_8"]),
        // Deletions: ranges, lists, abzacs by ordinal, rows by their number.
        Case(lines: ["пункты 11-13 исключить;"], operation: .delete, targets: ["att_1__para_11", "att_1__para_12", "att_1__para_13"]),
        Case(lines: ["подпункты 2), 5) и 6) пункта 4 исключить;"], operation: .delete,
             targets: ["att_1__para_4__subpara_2", "att_1__para_4__subpara_5", "att_1__para_4__subpara_6"]),
        Case(lines: ["в пункте 17:", "абзацы второй и третий исключить;"], operation: .delete, targets: ["att_1__para_17__abz_2", "att_1__para_17__abz_3"]),
        Case(lines: ["в приложении 3 к указанным Правилам:", "строку, порядковый номер 14, исключить;"], operation: .delete,
             targets: ["att_1__att_3__row_14"]),
        // Rows and repeal of a unit.
        Case(lines: ["в приложении 2 к указанным Правилам:", "дополнить строками, порядковые номера 9-1 и 9-2, следующего содержания:", "«9-1. Первая строка", "9-2. Вторая строка»;"],
             operation: .insertRows, targets: ["att_1__att_2__row_9-1", "att_1__att_2__row_9-2"]),
        Case(lines: ["пункт 40 признать утратившим силу;"], operation: .repeal, targets: ["att_1__para_40"]),
        Case(lines: ["строки, порядковые номера 21-23, исключить;"], operation: .delete, targets: ["att_1__row_21", "att_1__row_22", "att_1__row_23"]),
        Case(lines: ["абзацы третий – пятый пункта 2 исключить;"], operation: .delete,
             targets: ["att_1__para_2__abz_3", "att_1__para_2__abz_4", "att_1__para_2__abz_5"]),
        Case(lines: ["подпункт 1) пункта 2 статьи 5-1 исключить;"], operation: .delete, targets: ["att_1__art_5-1__para_2__subpara_1"]),
        Case(lines: ["примечание к пункту 14 изложить в следующей редакции:", "«Примечание. Новое.»;"], operation: .replace,
             targets: ["att_1__para_14__note"]),
        // The amending order's own annex as the new wording.
        Case(lines: ["приложение 4 к указанным Правилам изложить в новой редакции согласно приложению 2 к настоящему приказу;"],
             operation: .replaceFromAnnex, targets: ["att_1__att_4"]),
    ]

    @Test(arguments: cases)
    func readsTheOperationAndTargets(_ example: Case) {
        let reading = AmendmentFixtures.read(Self.lead + example.lines)
        #expect(reading.unparsed.isEmpty, "\(reading.unparsed.map(\.reason))")
        #expect(Set(reading.patches.map(\.operation)) == [example.operation])
        #expect(reading.targets == example.targets)
        #expect(reading.targetCitation?.number == "512")
        #expect(reading.targetCitation?.registrationNumber == "28411")
    }

    @Test func payloadsAreBoundToTheirUnits() throws {
        let reading = AmendmentFixtures.read(Self.lead + ["подпункты 8) и 9) пункта 44 изложить в следующей редакции:", "«8) восьмой;", "9) девятый;»;"])
        let eight = try #require(reading.patch("att_1__para_44__subpara_8")?.payload)
        #expect(eight.kind == .subItem && eight.number == UnitNumber(8) && eight.text == "восьмой;")
        let nine = try #require(reading.patch("att_1__para_44__subpara_9")?.payload)
        #expect(nine.text == "девятый;")
    }

    @Test func wordChanges() throws {
        let replaced = AmendmentFixtures.read(Self.lead + ["в абзаце втором пункта 5 слова «в течение месяца» заменить словами «в течение десяти рабочих дней»;"])
        let change = try #require(replaced.patch("att_1__para_5__abz_2"))
        #expect(change.operation == .replaceWords)
        #expect(change.words == WordChange(old: "в течение месяца", new: "в течение десяти рабочих дней", position: .replace, isGlobal: false))

        let paired = AmendmentFixtures.read(Self.lead + ["в пункте 6 слова «ведомство» и «руководитель» заменить соответственно словами «комитет» и «председатель»;"])
        #expect(paired.patches.compactMap(\.words).map { "\($0.old)→\($0.new)" } == ["ведомство→комитет", "руководитель→председатель"])

        let after = AmendmentFixtures.read(Self.lead + ["подпункт 2) пункта 8 после слов «учетной политики» дополнить словами «и внутренних правил»;"])
        let inserted = try #require(after.patch("att_1__para_8__subpara_2"))
        #expect(inserted.operation == .insertWords)
        #expect(inserted.words == WordChange(old: "учетной политики", new: "и внутренних правил", position: .after, isGlobal: false))

        let before = AmendmentFixtures.read(Self.lead + ["в пункте 9 перед словом «отчет» дополнить словом «годовой»;"])
        #expect(before.patch("att_1__para_9")?.words?.position == .before)

        let appended = AmendmentFixtures.read(Self.lead + ["пункт 10 дополнить словами «, если иное не установлено законом»;"])
        #expect(appended.patch("att_1__para_10")?.words == WordChange(old: "", new: ", если иное не установлено законом", position: .after, isGlobal: false))

        let deleted = AmendmentFixtures.read(Self.lead + ["в подпункте 3) пункта 11 слова «и (или) иных», «письменно» исключить;"])
        #expect(deleted.patches.map(\.operation) == [.deleteWords, .deleteWords])
        #expect(deleted.patches.compactMap(\.words?.old) == ["и (или) иных", "письменно"])

        let global = AmendmentFixtures.read(Self.lead + ["по всему тексту слова «местный бюджет» заменить словами «бюджет района»;"])
        #expect(global.patches.first?.words?.isGlobal == true)
        #expect(global.targets == ["att_1"])

        let figures = AmendmentFixtures.read(Self.lead + ["в графе 4 строки, порядковый номер 12, цифры «1 250» заменить цифрами «1 400»;"])
        let row = try #require(figures.patch("att_1__row_12"))
        #expect(row.column == 4 && row.words?.old == "1 250" && row.words?.new == "1 400")
    }

    @Test func scopesNestAndTheActsAnnexIsNotTheDocuments() {
        let nested = AmendmentFixtures.read(Self.lead + ["в пункте 20:", "в подпункте 3):", "абзац пятый исключить;", "в пункте 21:", "подпункт 1) исключить;"])
        #expect(nested.targets == ["att_1__para_20__subpara_3__abz_5", "att_1__para_21__subpara_1"])
        let actAnnex = AmendmentFixtures.read(Self.lead + ["в приложении 2 к указанному приказу:", "пункт 4 исключить;"])
        #expect(actAnnex.targets == ["att_2__para_4"])
        let inline = AmendmentFixtures.read(Self.lead + ["в приложении 5 к указанному приказу слова «отдел» заменить словами «управление»;"])
        #expect(inline.targets == ["att_5"])
    }

    @Test func repealAndSuspensionOfWholeActsAndUnits() throws {
        let list = AmendmentFixtures.read([
            "2. Признать утратившими силу:",
            "1) приказ Министра финансов Республики Казахстан от 4 июня 2022 года № 512 «Об утверждении Правил учета»;",
            "2) пункт 3 приказа исполняющего обязанности Министра финансов Республики Казахстан от 9 сентября 2023 года № 977 «О внесении изменений»;",
        ])
        #expect(list.patches.map(\.operation) == [.repeal, .repeal])
        #expect(list.targets == ["", "para_3"])
        #expect(list.patches.map { $0.amends?.number } == ["512", "977"])

        // A repeal in the feminine, alone in the text: read, not taken for an operative sentence.
        let chapter = AmendmentFixtures.read(["Главу 3 признать утратившей силу."])
        #expect(chapter.patches.map(\.operation) == [.repeal] && chapter.targets == ["chp_3"])

        let annex = AmendmentFixtures.read(["Признать утратившими силу некоторые приказы Министра финансов Республики Казахстан согласно приложению к настоящему приказу."])
        #expect(annex.patches.map(\.operation) == [.repeal])
        #expect(annex.patches.first?.unapplied != nil)

        let suspended = AmendmentFixtures.read([
            "Приостановить действие подпункта 2) пункта 5 приказа Министра финансов Республики Казахстан от 4 июня 2022 года № 512 «Об утверждении Правил учета» до 1 января 2027 года."
        ])
        let patch = try #require(suspended.patches.first)
        #expect(patch.operation == .suspend && patch.target.description == "para_5__subpara_2")
        #expect(patch.period == "до 1 января 2027 года")
        #expect(patch.unapplied != nil)
    }

    @Test func whatIsNotUnderstoodIsReportedNotGuessed() {
        // An abzac of a part: parts and abzacs are one level of the tree, so the unit cannot be addressed.
        let part = AmendmentFixtures.read(Self.lead + ["в абзаце втором части третьей пункта 4 слово «вправе» заменить словом «обязан»;"])
        #expect(part.patches.isEmpty)
        #expect(part.unparsed.count == 1)
        // Two sentences with a gap between them: one part cannot name them (consecutive ones can, AmendmentGeneralityTests).
        let sentence = AmendmentFixtures.read(Self.lead + ["предложения второе и четвертое пункта 6 исключить;"])
        #expect(sentence.patches.isEmpty)
        #expect(sentence.unparsed.first?.reason.contains("предложение") == true)
        // A word change with only one quote.
        let words = AmendmentFixtures.read(Self.lead + ["в пункте 2 слова «отдел» заменить;"])
        #expect(words.patches.isEmpty && words.unparsed.count == 1)
    }

    @Test func sentencesAndTheLastAbzacArePartsOfTheirUnit() {
        let second = AmendmentFixtures.read(Self.lead + ["второе предложение пункта 6 исключить;"])
        #expect(second.targets == ["att_1__para_6"] && second.patches.first?.part == .sentence(2))
        let words = AmendmentFixtures.read(Self.lead + ["в третьем предложении абзаца второго пункта 7 слово «месяц» заменить словом «квартал»;"])
        #expect(words.targets == ["att_1__para_7__abz_2"] && words.patches.first?.part == .sentence(3))
        let lastSentence = AmendmentFixtures.read(Self.lead + ["последнее предложение пункта 8 изложить в следующей редакции:", "«Отчет представляется ежегодно.»;"])
        #expect(lastSentence.targets == ["att_1__para_8"] && lastSentence.patches.first?.part == .lastSentence)
        let lastAbzac = AmendmentFixtures.read(Self.lead + ["последний абзац пункта 9 исключить;"])
        #expect(lastAbzac.targets == ["att_1__para_9"] && lastAbzac.patches.first?.part == .lastAbzac)
    }

    @Test func anAppendedSentenceIsWordsFromThePayload() throws {
        let appended = AmendmentFixtures.read(Self.lead + ["абзац второй пункта 6 дополнить предложением следующего содержания:", "«Срок продлевается один раз.»;"])
        let patch = try #require(appended.patch("att_1__para_6__abz_2"))
        #expect(patch.operation == .insertWords)
        #expect(patch.words == WordChange(old: "", new: "Срок продлевается один раз.", position: .after, isGlobal: false))
        let anchored = AmendmentFixtures.read(Self.lead + ["в пункте 7 перед словами «Отчет подписывается» дополнить словами следующего содержания:", "«Отчет составляется на казахском и русском языках.»;"])
        #expect(anchored.patch("att_1__para_7")?.words == WordChange(old: "Отчет подписывается", new: "Отчет составляется на казахском и русском языках.", position: .before, isGlobal: false))
    }

    @Test func coordinatedScopesAreSiblings() {
        let reading = AmendmentFixtures.read(Self.lead + ["в заголовке и пункте 1 слова «учета» заменить словами «учета и отчетности»;"])
        #expect(reading.targets == ["att_1__title", "att_1__para_1"])
        // Two prepositions nest: the item is inside each annex.
        let nested = AmendmentFixtures.read(Self.lead + ["в приложениях 1 и 2 к указанным Правилам в пункте 4 слово «отдел» заменить словом «управление»;"])
        #expect(nested.targets == ["att_1__att_1__para_4", "att_1__att_2__para_4"])
    }

    @Test func theApprovedDocumentItselfSetOutFromTheAnnex() {
        let reading = AmendmentFixtures.read([
            "Внести в приказ Министра финансов Республики Казахстан от 4 июня 2022 года № 512 следующее изменение:",
            "Правила учета имущества, утвержденные указанным приказом, изложить в новой редакции согласно приложению к настоящему приказу.",
        ])
        #expect(reading.patches.map(\.operation) == [.replaceFromAnnex])
        #expect(reading.targets == ["att_1"])
    }

    @Test func aSuspensionPeriodMayStandBeforeItsTarget() throws {
        let reading = AmendmentFixtures.read([
            "Приостановить до 1 июля 2026 года действие пункта 5 приказа Министра финансов Республики Казахстан от 4 июня 2022 года № 512 «Об утверждении Правил учета»."
        ])
        let patch = try #require(reading.patches.first)
        #expect(patch.target.description == "para_5" && patch.period == "до 1 июля 2026 года")
    }

    @Test func aCutQuoteKeepsTheChangeButNeverAppliesIt() throws {
        let reading = AmendmentFixtures.read(Self.lead + ["в пункте 2 слова «отдел учета» заменить словами «управление учета и отчетности, а также"])
        let patch = try #require(reading.patch("att_1__para_2"))
        #expect(patch.operation == .replaceWords && patch.error != nil && !patch.isApplicable)
    }

    @Test func lawsAreAmendedArticleByArticle() {
        let reading = AmendmentFixtures.read([
            "Статья 1. Внести изменения и дополнения в следующие законодательные акты Республики Казахстан:",
            "1. В Кодекс Республики Казахстан об административных правонарушениях от 5 июля 2014 года:",
            "1) в статье 45:",
            "часть вторую изложить в следующей редакции:",
            "«2. Новая часть.»;",
            "2) статью 46 дополнить пунктом 4 следующего содержания:",
            "«4. Новый пункт.»;",
            "3) пункт 2 статьи 47 исключить;",
        ])
        #expect(reading.unparsed.isEmpty, "\(reading.unparsed.map(\.reason))")
        #expect(reading.targets == ["art_45__abz_2", "art_46__para_4", "art_47__para_2"])
        #expect(reading.patches.first?.amends?.kind == .code)
    }
}
