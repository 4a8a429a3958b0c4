import Foundation
import NusqaKit
import Testing
@testable import NusqaCore
@testable import NusqaParse


/// An annex of an approved document ("… Қағидаларына 1-қосымша") nests under that document.
@Suite struct ParsingNestedAnnexTests {
    @Test func annexOfTheRulesNestsUnderTheRules() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../Fixtures/synthetic/nested-annex.txt").standardizedFileURL
        let act = ActParser.parse(bytes: [UInt8](try Data(contentsOf: url)), name: "nested-annex.txt")
        #expect(act.kind == .baseOrder)
        #expect(!act.hasErrors)
        #expect(act.diagnostics.filter { $0.code.hasPrefix("numbering") }.isEmpty)
        let rules = try #require(act.body.children.first { $0.kind == .annex })
        #expect(rules.heading == "Сынақ қағидалары")
        #expect(rules.children.map(\.kind) == [.item, .item, .annex])
        let nested = try #require(rules.children.last)
        #expect(nested.number == UnitNumber(1))
        #expect(nested.heading == "Көрсеткіштер тізбесі")
        #expect(nested.children.map(\.text) == ["Бірінші көрсеткіш.", "Екінші көрсеткіш."])
        #expect(act.spans[ClauseID("att_1__att_1__para_2")!]?.start.line == 22)
    }
}
