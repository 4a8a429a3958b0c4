import NusqaKit
import Testing
@testable import NusqaCore

/// The one clause walker: document order, ids with chapters transparent, depth counted from the start.
struct ParsingClauseWalkTests {
    static var tree: Clause {
        var sub = Clause(.subItem, number: UnitNumber(1))
        sub.text = "1) бірінші"
        var item1 = Clause(.item, number: UnitNumber(1))
        item1.children = [sub]
        var chapter1 = Clause(.chapter, number: UnitNumber(1))
        chapter1.children = [item1]
        var chapter2 = Clause(.chapter, number: UnitNumber(2))
        chapter2.children = [Clause(.item, number: UnitNumber(2))]
        var annex = Clause(.annex, number: UnitNumber(1))
        annex.children = [chapter1, chapter2]
        var root = Clause(.document)
        root.children = [Clause(.preamble), annex]
        return root
    }

    @Test func walksInDocumentOrderWithIdsAndDepths() {
        let visits = Self.tree.descendants().map { "\($0.id) \($0.depth)" }
        #expect(visits == [
            "preamble 1", "att_1 1", "att_1__chp_1 2", "att_1__para_1 3", "att_1__para_1__subpara_1 4", "att_1__chp_2 2", "att_1__para_2 3",
        ])
    }

    @Test func aWalkFromAChapterKeepsItsItemsUnderTheAnnex() throws {
        let annex = try #require(Self.tree.children.last)
        let chapter = try #require(annex.children.first)
        let chapterID = annex.id(ofChild: chapter, at: try #require(ClauseID("att_1")))
        #expect(chapterID.description == "att_1__chp_1")
        #expect(chapter.descendants(id: chapterID).map(\.id.description) == ["att_1__para_1", "att_1__para_1__subpara_1"])
    }

    @Test func theClosureFormVisitsTheSameUnits() {
        var ids: [String] = []
        Self.tree.forEachDescendant { _, id in ids.append(id.description) }
        #expect(ids == Self.tree.descendants().map(\.id.description))
    }
}
