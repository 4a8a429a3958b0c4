import Testing
@testable import NusqaCore
@testable import NusqaParse

/// The structure of a Russian base order: a one-line annex header ("Утверждены приказом … от … № …",
/// "Приложение к Правилам …") and chapters headed "Глава N." (тарау; глава), which were kept as loose text
/// blocks after the signature, so Russian changes could reach none of the units.
@Suite("Russian structure: one-line annex headers and chapters")
struct ParsingRussianStructureTests {
    static let order = """
        Об утверждении Правил оказания медицинской помощи

              ПРИКАЗЫВАЮ:
              1. Утвердить прилагаемые Правила оказания медицинской помощи.
              2. Настоящий приказ вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования.

              Министр здравоохранения А. Цой

        Утверждены приказом Министра здравоохранения Республики Казахстан от 30 октября 2020 года № ҚР ДСМ-170/2020

        Правила оказания медицинской помощи

        Глава 1. Общие положения

              1. Настоящие Правила определяют порядок.
              2. Помощь оказывается бесплатно.

        Глава 2. Порядок оказания помощи

              3. Помощь оказывается по направлению.

        Приложение 1 к Правилам оказания медицинской помощи

        Форма

              1. Заявление.

        """

    @Test("Chapters and the annex header on one line make the Rules an annex with chapters and items")
    func rulesWithChapters() throws {
        let act = ActParser.parse(SourceText(string: Self.order, name: "ru"))
        let ids = act.body.descendants().map(\.id.description)
        #expect(ids.contains("att_1__chp_1") && ids.contains("att_1__chp_2"))
        #expect(ids.contains("att_1__para_2") && ids.contains("att_1__para_3"))
        #expect(ids.contains("att_1__att_1"))
        #expect(!act.body.children.contains { $0.kind == .text })
        let chapter = try #require(act.body.children.first { $0.kind == .annex }?.children.first { $0.kind == .chapter })
        #expect(chapter.heading == "Общие положения")
    }

    @Test("Only a heading word with a number is a heading; a one-line header needs its act or 'к …'")
    func headingsAndHeaders() {
        #expect(UnitMarker.classify("Глава 3. Заключительные положения") == .chapter(UnitNumber(3), rest: "Заключительные положения"))
        #expect(UnitMarker.classify("Раздел 2-1") == .section(UnitNumber([2, 1]), rest: ""))
        #expect(UnitMarker.classify("Глава государства утверждает") == nil)
        #expect(UnitMarker.classify("Главы 2 и 3 исключить;") == nil)
        #expect(AnnexHeader.isOneLineRussianHeader("Приложение 2 к приказу Министра финансов от 4 июня 2022 года № 512"))
        #expect(!AnnexHeader.isOneLineRussianHeader("Утверждены прилагаемые Правила."))
        #expect(!AnnexHeader.isOneLineRussianHeader("Приложение заполняется заявителем."))
        #expect(AnnexHeader("Приложение 2 к приказу Министра финансов от 4 июня 2022 года № 512").number == UnitNumber(2))
    }
}
