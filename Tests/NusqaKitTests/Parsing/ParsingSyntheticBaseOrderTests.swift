import NusqaKit
import Testing
@testable import NusqaCore
@testable import NusqaParse

/// The small synthetic base order (`Fixtures/synthetic/base-order.txt`, adilet dialect): an order that
/// approves Rules, with chapters, items, sub-items, unnumbered abzacs and an item of several parts.
/// The consolidation tests apply patches to it, so its ids and texts are pinned here.
struct ParsingSyntheticBaseOrderTests {
    static func act() throws -> Act { try ParsingFixtures.fixture("synthetic/base-order.txt") }

    @Test func parsesCleanlyAsABaseOrder() throws {
        let act = try Self.act()
        #expect(act.kind == .baseOrder)
        #expect(act.dialect == .adilet)
        #expect(act.diagnostics.isEmpty, "\(act.diagnostics.map(\.message))")
        #expect(act.title == "Медициналық ұйымдарда пациенттерді тіркеу қағидаларын бекіту туралы")
    }

    @Test func header() throws {
        let header = try #require(try Self.act().header)
        #expect(header.issuer == "Қазақстан Республикасы Денсаулық сақтау министрінің")
        #expect(header.date == CivilDate(year: 2025, month: 1, day: 15))
        #expect(header.number == "10")
        #expect(header.registrationNumber == "35500")
        #expect(header.registrationDate == CivilDate(year: 2025, month: 1, day: 17))
    }

    @Test func theOrderItself() throws {
        let body = try Self.act().body
        #expect(body.children.map(\.idStep.text) == [
            "title", "header", "preamble", "para_1", "para_2", "para_3", "signature", "att_1",
        ])
        #expect(body.node("preamble")?.text.hasSuffix("тармақшасына сәйкес БҰЙЫРАМЫН:") == true)
        #expect(body.node("para_1")?.text == "Қоса беріліп отырған Медициналық ұйымдарда пациенттерді тіркеу қағидалары бекітілсін.")
        #expect(body.node("para_2")?.children.map(\.idStep.text) == ["subpara_1", "subpara_2"])
        #expect(body.node("para_3")?.text.hasSuffix("күнтізбелік он күн өткен соң қолданысқа енгізіледі.") == true)
        #expect(body.node("signature")?.text == "Қазақстан Республикасының Денсаулық сақтау министрі А. Альназарова")
    }

    @Test func theRules() throws {
        let act = try Self.act()
        let rules = try #require(act.body.node("att_1"))
        #expect(rules.number == UnitNumber(1))
        #expect(rules.text == "Қазақстан Республикасы Денсаулық сақтау министрінің 2025 жылғы 15 қаңтардағы № 10 бұйрығына қосымша")
        #expect(rules.heading == "Медициналық ұйымдарда пациенттерді тіркеу қағидалары")
        #expect(rules.children.map(\.kind) == [.chapter, .chapter])
        #expect(rules.children.map(\.heading) == ["Жалпы ережелер", "Пациенттерді тіркеу тәртібі"])
        // Items are numbered through the chapters, and chapters are not in item ids.
        #expect(rules.children[0].children.map(\.idStep.text) == ["para_1", "para_2"])
        #expect(rules.children[1].children.map(\.idStep.text) == ["para_3", "para_4", "para_5"])

        let item2 = try #require(rules.node("para_2"))
        #expect(item2.text == "Осы Қағидаларда пайдаланылатын негізгі ұғымдар:")
        #expect(item2.children.map(\.number) == [UnitNumber(1), UnitNumber(2), UnitNumber(3)])
        #expect(rules.node("para_2__subpara_3")?.text == "тіркеу орны – медициналық ұйымның пациенттерді қабылдайтын бөлімшесі.")

        // An unnumbered abzac after sub-items is the item's 4th abzac (lead, 1), 2), then it).
        let item3 = try #require(rules.node("para_3"))
        #expect(item3.children.map(\.idStep.text) == ["subpara_1", "subpara_2", "abz_4"])
        #expect(rules.node("para_3__abz_4")?.text == "Тіркеу кезінде пациенттің байланыс деректері нақтыланады.")

        // An item of three parts: its lead is part 1.
        let item4 = try #require(rules.node("para_4"))
        #expect(item4.text == "Тіркеу пациент жүгінген күні жүргізіледі.")
        #expect(item4.children.map(\.idStep.text) == ["abz_2", "abz_3"])
        #expect(item4.children.map(\.kind) == [.abzac, .abzac])

        #expect(rules.node("para_5")?.children.isEmpty == true)
    }

    @Test func spansPointAtTheSourceLines() throws {
        let act = try Self.act()
        let expected: [(String, Int)] = [
            ("para_1", 8), ("att_1__para_1", 25), ("att_1__para_2__subpara_3", 29), ("att_1__para_3__abz_4", 35),
            ("att_1__para_4__abz_3", 38), ("att_1__para_5", 39),
        ]
        for (id, line) in expected {
            #expect(act.spans[try #require(ClauseID(id))]?.start.line == line, "\(id)")
        }
    }
}
