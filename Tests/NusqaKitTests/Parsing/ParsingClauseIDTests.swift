import NusqaKit
import Testing
@testable import NusqaCore

/// Clause ids (`att_1__para_2__subpara_11`): parse → print round trips and steps.
struct ParsingClauseIDTests {
    @Test(arguments: [
        "att_1__para_2__subpara_11", "att_2__table_1__row_26", "preamble", "att_1__att_2__row_1504-8",
        "para_4", "att_2__table_3__row_74", "para_1__abz_169", "att_1__para_26-1",
    ])
    func roundTrips(_ text: String) throws {
        let id = try #require(ClauseID(text))
        #expect(id.description == text)
        #expect(ClauseID(id.description) == id)
    }

    @Test func stepsOfANestedId() throws {
        let id = try #require(ClauseID("att_1__para_2__subpara_11"))
        #expect(id.steps == [
            ClauseID.Step(.annex, UnitNumber(1)), ClauseID.Step(.item, UnitNumber(2)), ClauseID.Step(.subItem, UnitNumber(11)),
        ])
        #expect(id.parent?.description == "att_1__para_2")
        #expect(id.isDescendant(ofOrEqualTo: try #require(ClauseID("att_1"))))
        #expect(try #require(ClauseID("att_1__att_2__row_1504-8")).last == ClauseID.Step(.row, UnitNumber([1504, 8])))
        #expect(try #require(ClauseID("preamble")).steps == [ClauseID.Step(.preamble)])
    }

    @Test func ordersByDocumentOrderWithNumbersCountedNotSpelled() throws {
        let texts = [
            "preamble", "para_2", "para_10", "para_10__subpara_1", "para_10-1", "para_11", "signature",
            "att_1", "att_1__para_1", "att_1__para_9", "att_1__para_10", "att_2",
        ]
        let ids = try texts.map { try #require(ClauseID($0)) }
        for (earlier, later) in zip(ids, ids.dropFirst()) {
            #expect(earlier < later, "\(earlier) should come before \(later)")
            #expect(!(later < earlier), "\(later) should not come before \(earlier)")
        }
        #expect(ids.reversed().sorted() == ids)
        #expect(!(ids[1] < ids[1]))
    }

    @Test(arguments: ["foo_1", "para_x", "para_", "att_1__", "para_1-", "para_٣"])
    func rejectsMalformed(_ text: String) {
        #expect(ClauseID(text) == nil, "'\(text)' should not parse")
    }
}
