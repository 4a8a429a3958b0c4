import Testing
@testable import NusqaAmend
@testable import NusqaCore
@testable import NusqaLanguage
@testable import NusqaParse

/// The Russian tables (русская лексика поправок): ordinals, unit words in every case, verbs, citations.
@Suite struct RussianVocabularyTests {
    @Test(arguments: [
        ("первый", 1), ("второй", 2), ("третьем", 3), ("третью", 3), ("четвертый", 4), ("четвёртого", 4), ("седьмым", 7),
        ("восемнадцатый", 18), ("двадцатой", 20), ("пятьдесят четвертый", 54), ("девяносто пятый", 95), ("сто тридцать восьмым", 138),
        ("сто сороковым", 140), ("сто девяносто девятая", 199),
    ])
    func ordinals(_ words: String, _ value: Int) {
        let matches = RussianOrdinal.matches(in: "абзац \(words) пункта 3")
        #expect(matches.map(\.value) == [value])
    }

    @Test func ordinalsAreWholeWordsAndCompoundsReadWhole() {
        #expect(RussianOrdinal.matches(in: "абзацы пятьдесят четвертый и пятьдесят пятый").map(\.value) == [54, 55])
        #expect(RussianOrdinal.matches(in: "пятьдесят человек, второстепенный").isEmpty)
    }

    @Test(arguments: [
        ("пункт", ClauseKind.item, GrammaticalCase.nominative), ("пункта", .item, .genitive), ("пунктом", .item, .instrumental), ("пункте", .item, .locative),
        ("подпунктами", .subItem, .instrumental), ("статью", .article, .accusative), ("статьей", .article, .instrumental), ("статьёй", .article, .instrumental),
        ("частью", .abzac, .instrumental), ("абзацем", .abzac, .instrumental), ("абзацев", .abzac, .genitive), ("приложении", .annex, .locative),
        ("строку", .row, .accusative), ("строкой", .row, .instrumental), ("главы", .chapter, .genitive), ("разделе", .section, .locative),
    ])
    func unitWords(_ word: String, _ kind: ClauseKind, _ grammaticalCase: GrammaticalCase) throws {
        let form = try #require(RussianUnitWords.read(word))
        #expect(form.unit == .clause(kind))
        #expect(form.cases.contains(grammaticalCase))
    }

    @Test func notUnitWords() {
        for word in ["пунктуальный", "статистика", "главный", "строительство", "приложить", "графит"] {
            #expect(RussianUnitWords.read(word) == nil, "\(word)")
        }
        #expect(RussianUnitWords.read("графе")?.unit == .column)
        #expect(RussianUnitWords.read("предложение")?.unit == .sentence)
    }

    @Test(arguments: [
        ("пункт 2 изложить в следующей редакции:", PatchOperation.replace),
        ("дополнить подпунктом 5) следующего содержания:", .insert),
        ("подпункт 3) исключить;", .delete),
        ("слова «А» заменить словами «Б»;", .replaceWords),
        ("после слов «А» дополнить словами «Б»;", .insertWords),
        ("слова «А» исключить;", .deleteWords),
        ("признать утратившим силу пункт 4;", .repeal),
        ("приложение 1 изложить в новой редакции согласно приложению к настоящему приказу;", .replaceFromAnnex),
        ("дополнить приложением 5 согласно приложению 2 к настоящему приказу;", .insertFromAnnex),
        ("приостановить действие пункта 3 до 1 января 2027 года;", .suspend),
        ("текст на казахском языке не изменяется;", .noOp),
    ])
    func verbs(_ sentence: String, _ operation: PatchOperation) {
        #expect(RussianInstructionVerbs.find(in: sentence)?.operation == operation)
    }

    @Test func verbsInsideQuotesAreNotRead() {
        #expect(RussianInstructionVerbs.find(in: "«исключить из списка»") == nil)
        #expect(RussianInstructionVerbs.find(in: "Утвердить прилагаемые Правила.") == nil)
    }

    @Test func citations() throws {
        let text = "Внести в постановление Правительства Республики Казахстан от 6 апреля 2005 года № 310 «Некоторые вопросы Министерства» следующие изменения:"
        let citation = try #require(RussianCitationScanner.citations(in: text).first)
        #expect(citation.kind == .resolution)
        #expect(citation.number == "310")
        #expect(citation.date == CivilDate(year: 2005, month: 4, day: 6))
        #expect(citation.title == "Некоторые вопросы Министерства")
        #expect(citation.issuer == "Правительства Республики Казахстан")
        // "указанным постановлением" names the act already cited: no citation.
        #expect(RussianCitationScanner.citations(in: "в Правилах, утвержденных указанным постановлением:").isEmpty)
        let order = try #require(RussianCitationScanner.citations(in: "приказ Министра здравоохранения Республики Казахстан от 20 декабря 2020 года № ҚР ДСМ-290/2020 (зарегистрирован в Реестре государственной регистрации нормативных правовых актов под № 21844)").first)
        #expect(order.kind == .order && order.number == "ҚР ДСМ-290/2020" && order.registrationNumber == "21844")
    }

    @Test func russianLinesAreToldFromKazakhOnes() {
        #expect(RussianText.isRussian("пункт 2 изложить в следующей редакции:"))
        #expect(RussianText.isRussian("дополнить пунктом 102-1: «Территориальная инспекция района Ақсуат»"))
        #expect(!RussianText.isRussian("2-тармақ мынадай редакцияда жазылсын:"))
    }
}
