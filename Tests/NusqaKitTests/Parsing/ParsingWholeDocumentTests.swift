import Foundation
import Testing

@testable import NusqaKit

/// Whole documents of other issuers: Government resolutions as zan.gov.kz keeps them (one paragraph a
/// line), laws with articles, maslikhat decisions. The resolution fixtures are real texts copied verbatim
/// from the development set (`Fixtures/documents/`); the law and decision are short synthetic texts.
@Suite struct ParsingWholeDocumentTests {
    static func fixture(_ name: String) throws -> Act {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/documents/\(name).txt")
        return ActParser.parse(bytes: Array(try Data(contentsOf: url)), name: name)
    }

    static func ids(_ act: Act) -> [String] {
        act.body.children.map { ClauseID.root.appending($0.idStep).description }
    }

    @Test func resolutionWithAnAmendingItem() throws {
        let act = try Self.fixture("P2100000339")
        #expect(!act.hasErrors)
        #expect(act.documentType == .resolution)
        #expect(act.kind == .amendingOrder)
        #expect(Self.ids(act) == ["title", "preamble", "para_1", "para_2", "para_3", "para_4", "para_5", "signature"])
        let signature = try #require(act.body.children.last)
        #expect(signature.text == "Қазақстан Республикасының Премьер-Министрі А. Мамин")
        // The amending item keeps its lines flat, in order, for the instruction reader.
        let item3 = act.body.children[4]
        #expect(item3.children.count == 4)
        #expect(item3.children.allSatisfy { $0.kind == .abzac })
        #expect(item3.children.last?.text.hasPrefix("«226-1.") == true)
    }

    @Test func consolidatedResolutionKeepsNotesOutOfTheText() throws {
        let act = try Self.fixture("P050000405_")
        #expect(!act.hasErrors)
        #expect(act.kind == .amendingOrder)
        let item1 = act.body.children.first { $0.kind == .item && $0.number == UnitNumber(1) }
        let note = try #require(item1?.children.last)
        #expect(note.kind == .editorialNote)
        #expect(note.text.hasPrefix("Ескерту. 1-тармаққа өзгеріс енгізілді"))
        // "5) Күші жойылды - … қаулысымен." is no legal text: the sub-item is repealed, the words are its note.
        let repealed = try #require(item1?.children.first { $0.kind == .subItem && $0.number == UnitNumber(5) })
        #expect(repealed.text.isEmpty)
        #expect(repealed.status == .repealed)
        #expect(repealed.children.map(\.kind) == [.editorialNote])
        #expect(act.body.children.last?.kind == .signature)
    }

    @Test func changesApprovedInAnAnnex() throws {
        let act = try Self.fixture("P1800000118")
        #expect(!act.hasErrors)
        #expect(act.kind == .amendingOrder)
        let annex = try #require(act.body.children.first { $0.kind == .annex })
        #expect(annex.heading == "Қазақстан Республикасы Үкіметінің кейбір шешімдеріне енгізілетін өзгерістер")
        #expect(annex.text.contains("№ 118 қаулысымен"))
        let items = annex.children.filter { $0.kind == .item }
        #expect(items.count >= 1)
        #expect(items[0].text.hasPrefix("«Министрліктер мен өзге де орталық"))
        #expect(items[0].children.first?.text.hasPrefix("көрсетілген қаулымен бекітілген") == true)
    }

    @Test func lawWithSectionsChaptersAndArticles() {
        let text = """
            Қазақстан Республикасының Сынақ кодексі
            1-БӨЛІМ
            ЖАЛПЫ ЕРЕЖЕЛЕР
            1-тарау. НЕГІЗГІ ЕРЕЖЕЛЕР
            1-бап. Кодекстің мақсаты
            1. Осы Кодекс қатынастарды реттейді.
            2. Кодекстің міндеттері:
            1) бірінші міндет;
            2) екінші міндет.
            2-бап. Негізгі ұғымдар
            Ескерту. 2-бап жаңа редакцияда – ҚР 02.07.2018 № 168-VІ Заңымен.
            Осы Кодексте пайдаланылатын ұғымдар.
            2-тарау. ЕКІНШІ ТАРАУ
            1-параграф. Жалпы ережелер
            3-бап. Үшінші бап
            Бабтың мәтіні.
            Қазақстан Республикасының Президенті
            Қ. Тоқаев
            """
        let act = ActParser.parse(bytes: Array(text.utf8), name: "code")
        #expect(!act.hasErrors)
        #expect(act.documentType == .code)
        #expect(act.kind == .baseOrder)
        #expect(Self.ids(act) == ["title", "sec_1", "signature"])
        let section = act.body.children[1]
        #expect(section.heading == "ЖАЛПЫ ЕРЕЖЕЛЕР")
        #expect(section.children.map(\.kind) == [.chapter, .chapter])
        let article1 = section.children[0].children[0]
        #expect(article1.kind == .article && article1.heading == "Кодекстің мақсаты")
        #expect(article1.children.map(\.idStep.text) == ["para_1", "para_2"])
        #expect(article1.children[1].children.map(\.idStep.text) == ["subpara_1", "subpara_2"])
        let article2 = section.children[0].children[1]
        #expect(article2.children.map(\.kind) == [.editorialNote, .abzac])
        #expect(article2.children[1].number == UnitNumber(1), "a note does not count among the abzacs")
        // Articles are numbered through the code: sections, chapters and paragraphs are transparent in ids.
        var ids: [String] = []
        act.body.forEachDescendant { clause, id in
            if clause.kind == .article || clause.kind == .item { ids.append(id.description) }
        }
        #expect(ids == ["art_1", "art_1__para_1", "art_1__para_2", "art_2", "art_3"])
        // Articles and chapters run on through the sections: the tree is well formed.
        #expect(EditionValidator.validate(act.body).isEmpty)
        var broken = act.body
        broken.children[1].children[1].children[0].children[0].number = UnitNumber(2)  // art_3 → art_2
        #expect(EditionValidator.validate(broken).map(\.code).contains("numbering-order"))
    }

    @Test func anHTMLTableInAnAnnexStaysVerbatim() throws {
        let text = """
            Резерватты құру туралы
            Қазақстан Республикасының Үкіметі ҚАУЛЫ ЕТЕДІ:
            1. Резерват құрылсын.
            2. Осы қаулы қол қойылған күнінен бастап қолданысқа енгізіледі.
            Қазақстан Республикасының Премьер-Министрі
            Қазақстан Республикасы
            Үкіметінің
            2007 жылғы 14 ақпандағы
            N 109 қаулысына
            қосымша
            Резерваттың жерлері
            <table>
            <tr>
            <td>1) босалқы жер</td>
            </tr>
            </table>
            """
        let act = ActParser.parse(bytes: Array(text.utf8), name: "table")
        #expect(!act.hasErrors)
        let annex = try #require(act.body.children.last)
        #expect(annex.kind == .annex && annex.heading == "Резерваттың жерлері")
        #expect(annex.children.map(\.kind) == [.preformatted])
        #expect(annex.children.first?.text == "<table>\n<tr>\n<td>1) босалқы жер</td>\n</tr>\n</table>")
    }

    @Test func russianResolutionWithAnAnnexOfChanges() throws {
        let text = """
            О некоторых вопросах
            Правительство Республики Казахстан ПОСТАНОВЛЯЕТ:
            1. Утвердить прилагаемые изменения, которые вносятся в некоторые решения Правительства Республики Казахстан.
            2. Настоящее постановление вводится в действие со дня подписания.
            Премьер-Министр
            Республики Казахстан
            Утверждены
            постановлением Правительства
            Республики Казахстан
            от 29 января 2007 года N 64
            Изменения, которые вносятся в некоторые решения Правительства Республики Казахстан
            1. В постановлении Правительства Республики Казахстан от 15 августа 1997 года N 1261:
            пункт 2 исключить.
            """
        let act = ActParser.parse(bytes: Array(text.utf8), name: "ru")
        #expect(!act.hasErrors)
        #expect(act.documentType == .resolution)
        #expect(act.kind == .amendingOrder)
        #expect(Self.ids(act) == ["title", "preamble", "para_1", "para_2", "signature", "att_1"])
        let annex = act.body.children[5]
        #expect(annex.text == "Утверждены постановлением Правительства Республики Казахстан от 29 января 2007 года N 64")
        #expect(annex.children.first?.children.map(\.text) == ["пункт 2 исключить."])
    }

    @Test func maslikhatDecisionWithTwoSignatories() {
        let text = """
            Аудандық мәслихаттың 2024 жылғы бюджеті туралы
            Қазақстан Республикасының Бюджет кодексіне сәйкес аудандық мәслихат ШЕШІМ ҚАБЫЛДАДЫ:
            1. Аудандық бюджет бекітілсін.
            2. Осы шешім 2024 жылғы 1 қаңтардан бастап қолданысқа енгізіледі.
            Аудандық мәслихат сессиясының төрағасы А. Ахметов
            Аудандық мәслихат хатшысы Б. Бекова
            """
        let act = ActParser.parse(bytes: Array(text.utf8), name: "decision")
        #expect(!act.hasErrors)
        #expect(act.documentType == .decision)
        #expect(Self.ids(act) == ["title", "preamble", "para_1", "para_2", "signature"])
        #expect(act.body.children.last?.text.contains("хатшысы Б. Бекова") == true)
    }
}
