import Foundation
import NusqaKit
import Testing
@testable import NusqaCore
@testable import NusqaRender

/// What the golden dumps show, stated as facts about each seed, so a regression names the fact it broke.
struct ParsingSeedStructureTests {
    // MARK: 000

    @Test func act000FrontMatterItemsSignatureAnnex() throws {
        let act = try ParsingFixtures.seed(Seeds.act000)
        #expect(act.kind == .amendingOrder)
        #expect(act.dialect == .adilet)
        #expect(act.title?.hasSuffix("№ ҚР ДСМ-134/2020 бұйрығына өзгерістер енгізу туралы") == true)
        #expect(act.body.children.map(\.idStep.text) == [
            "title", "header", "preamble", "para_1", "para_2", "para_3", "para_4", "signature", "att_1",
        ])
        #expect(act.body.node("preamble")?.text == "БҰЙЫРАМЫН:")
        // Item 1 amends: its abzacs stay flat, quoted payloads included.
        let item1 = try #require(act.body.node("para_1"))
        #expect(item1.children.map(\.kind) == [.abzac, .abzac, .abzac, .abzac])
        #expect(item1.children.map(\.idStep.text) == ["abz_2", "abz_3", "abz_4", "abz_5"])
        #expect(item1.children[1].text == "1-тармақ мынадай редакцияда жазылсын:")
        let item2 = try #require(act.body.node("para_2"))
        #expect(item2.children.map(\.idStep.text) == ["subpara_1", "subpara_2", "subpara_3"])
        #expect(act.body.node("signature")?.text == "Қазақстан Республикасының Денсаулық сақтау министрі А. Альназарова")
    }

    @Test func act000AnnexKeepsTheFlattenedTableWithAWarning() throws {
        let act = try ParsingFixtures.seed(Seeds.act000)
        let annex = try #require(act.body.node("att_1"))
        // The double header: the order's annex, then the annex of the criteria.
        let headers = annex.text.components(separatedBy: "\n")
        #expect(headers.count == 2)
        #expect(headers[0].hasSuffix("№ 129 бұйрығына қосымша"))
        #expect(headers[1].hasSuffix("өлшемшарттарына қосымша"))
        #expect(annex.heading == "Жоғары технологиялық медициналық көмектің түрлерін айқындау өлшемшарттары")
        #expect(annex.children.map(\.kind) == [.preformatted])
        #expect(annex.children[0].text.hasPrefix("№ Өлшемшарт"))
        let warnings = act.diagnostics.filter { $0.code == "flattened-table" }
        #expect(warnings.count == 1)
        #expect(warnings.first?.severity == .warning)
        #expect(act.spans[try #require(ClauseID("att_1__pre_1"))] == SourceSpan(lines: 83, 360))
    }

    @Test func act000Header() throws {
        let header = try #require(try ParsingFixtures.seed(Seeds.act000).header)
        #expect(header.issuer == "Қазақстан Республикасы Денсаулық сақтау министрінің")
        #expect(header.date == CivilDate(year: 2025, month: 11, day: 1))
        #expect(header.number == "129")
        #expect(header.registrationNumber == "37327")
        #expect(header.registrationDate == CivilDate(year: 2025, month: 11, day: 3))
    }

    // MARK: 001

    @Test func act001NoteItem1AndEntryIntoForce() throws {
        let act = try ParsingFixtures.seed(Seeds.act001)
        #expect(act.kind == .amendingOrder)
        #expect(act.body.children.map(\.idStep.text) == [
            "title", "header", "note_1", "preamble", "para_1", "para_2", "para_3", "para_4", "signature",
        ])
        let note = try #require(act.body.node("note_1"))
        #expect(note.kind == .editorialNote)
        #expect(note.text.hasPrefix("ЗҚАИ-ның ескертпесі!"))
        // 169 abzacs counting the lead: children abz_2 … abz_169, in source order.
        let item1 = try #require(act.body.node("para_1"))
        #expect(item1.children.count == 168)
        #expect(item1.children.first?.idStep.text == "abz_2")
        #expect(item1.children.last?.idStep.text == "abz_169")
        #expect(item1.children.allSatisfy { $0.kind == .abzac })
        let lines = item1.children.compactMap { act.spans[ClauseID("para_1__\($0.idStep.text)")!]?.start.line }
        #expect(lines == lines.sorted())
        // The abzacs the entry-into-force item names.
        #expect(item1.child("abz_18")?.text.hasPrefix("11) медициналық-әлеуметтік көмек") == true)
        #expect(item1.child("abz_94")?.text == "мынадай мазмұндағы 26-1- тармақпен толықтырылсын:")
        #expect(item1.child("abz_95")?.text.hasPrefix("\"26-1. ТМККК") == true)
        let item4 = try #require(act.body.node("para_4"))
        #expect(item4.text.contains("қолданысқа енгізіледі"))
        #expect(item4.text.contains("1-тармақтың тоқсан төртінші және тоқсан бесінші абзацтарын"))
        #expect(act.body.node("signature")?.text.hasSuffix("А. Альназарова") == true)
    }

    @Test func act001Header() throws {
        let header = try #require(try ParsingFixtures.seed(Seeds.act001).header)
        #expect(header.date == CivilDate(year: 2025, month: 10, day: 30))
        #expect(header.number == "127")
        #expect(header.registrationNumber == "37290")
        #expect(header.registrationDate == CivilDate(year: 2025, month: 10, day: 31))
    }

    // MARK: 002

    @Test func act002MetadataIsNotInTheBody() throws {
        let act = try ParsingFixtures.seed(Seeds.act002)
        #expect(act.dialect == .signedPDF)
        #expect(act.body.children.map(\.idStep.text) == [
            "header", "title", "preamble", "para_1", "para_2", "para_3", "para_4", "signature",
        ])
        #expect(act.metadata.map(\.line) == [1, 3, 16])
        #expect(act.metadata.first?.text.contains("QR-код") == true)
        let everything = TreeDump.render(act)
        #expect(!everything.contains("QR-код"))
        #expect(!everything.contains("Министерство здравоохранения"))
        #expect(!everything.contains("Денсаулық сақтау министрлігі\n"))
        #expect(act.title?.hasPrefix("«Амбулаториялық жағдайларда") == true)
    }

    @Test func act002DottedNumberIsAWarningAtLine99() throws {
        let act = try ParsingFixtures.seed(Seeds.act002)
        let dotted = act.diagnostics.filter { $0.code == "numbering-dotted-number" }
        #expect(dotted.count == 1)
        #expect(dotted.first?.severity == .warning)
        #expect(dotted.first?.location?.line == 99)
        #expect(dotted.first?.message.contains("'3.2'") == true)
        // Rows of a row payload ("1504-8 …") are not items missing their dot.
        #expect(!act.diagnostics.contains { $0.message.contains("1504-8") })
    }

    @Test func act002Header() throws {
        let header = try #require(try ParsingFixtures.seed(Seeds.act002).header)
        #expect(header.date == CivilDate(year: 2025, month: 1, day: 24))
        #expect(header.number == "5")
        #expect(header.registrationNumber == "35673")
        #expect(header.registrationDate == CivilDate(year: 2025, month: 1, day: 27))
    }

    // MARK: 003

    @Test func act003OrderPart() throws {
        let act = try ParsingFixtures.seed(Seeds.act003)
        #expect(act.dialect == .pipeTable)
        #expect(act.title == nil)
        #expect(act.header == nil)
        #expect(act.body.children.map(\.idStep.text) == [
            "preamble", "para_1", "para_2", "para_4", "para_5", "signature", "att_2",
        ])
        #expect(act.body.node("preamble")?.text.hasSuffix("БҰЙЫРАМЫН:") == true)
        let gaps = act.diagnostics.filter { $0.code == "numbering-gap" }
        #expect(gaps.count == 1)
        #expect(gaps.first?.location?.line == 15)
        #expect(gaps.first?.message.contains("3 is missing") == true)
        // "Қазақстан РеспубликасыДенсаулық" is glued in the source itself.
        #expect(act.body.node("signature")?.text.hasSuffix("министрі А. Цой") == true)
    }

    /// The annex is `att_2`, not `att_1`: its second header reads "… № ҚР ДСМ-134/2020 бұйрығына
    /// 2-қосымша", so the list it carries is annex 2 of the amended order, and the ids match the
    /// ones amendments of ҚР ДСМ-134/2020 use.
    @Test func act003AnnexTables() throws {
        let act = try ParsingFixtures.seed(Seeds.act003)
        let annex = try #require(act.body.node("att_2"))
        #expect(annex.text.hasSuffix("№ ҚР ДСМ-134/2020 бұйрығына2-қосымша"))
        #expect(annex.children.map(\.idStep.text) == ["table_1", "table_2", "table_3"])
        let rowCounts = annex.children.map { $0.children.filter { $0.kind == .row }.count }
        #expect(rowCounts == [28, 1, 74])
        let table1 = annex.children[0]
        let captionIndex = try #require(table1.children.firstIndex { $0.kind == .caption })
        #expect(table1.children.filter { $0.kind == .caption }.count == 1)
        #expect(table1.children[captionIndex + 1].idStep.text == "row_26")
        #expect(table1.children[captionIndex].text.hasPrefix("Консультациялық-диагностикалық көмек"))
        for table in annex.children {
            #expect(table.cells.first == "№")
            #expect(table.cells.count == 3)
        }
        let row74 = try #require(ClauseID("att_2__table_3__row_74"))
        #expect(act.spans[row74]?.start.line == 141)
        #expect(annex.node("table_3__row_74")?.cells == ["74", "99.791", "Қанның гематопоэздік дің жасушаларын дайындау"])
        #expect(annex.node("table_1__row_26")?.cells[1] == "92.201")
    }

    // MARK: 004

    @Test func act004IsOtherWithTextBlocksOnly() throws {
        let act = try ParsingFixtures.seed(Seeds.act004)
        #expect(act.kind == .other)
        #expect(act.dialect == .plain)
        #expect(act.header == nil)
        #expect(!act.body.children.isEmpty)
        #expect(act.body.children.allSatisfy { $0.kind == .text && $0.children.isEmpty })
    }

    @Test func act004CitesAtLeast13DistinctActs() throws {
        let act = try ParsingFixtures.seed(Seeds.act004)
        struct Key: Hashable { var date: CivilDate; var number: String }
        let distinct = Set(act.citations().compactMap { located -> Key? in
            guard let date = located.citation.date, let number = located.citation.number else { return nil }
            return Key(date: date, number: number)
        })
        #expect(distinct.count >= 13)
        #expect(distinct.contains(Key(date: CivilDate(year: 2020, month: 11, day: 30)!, number: "ҚР ДСМ-225/2020")))
        #expect(distinct.contains(Key(date: CivilDate(year: 2020, month: 10, day: 16)!, number: "672")))
    }
}
