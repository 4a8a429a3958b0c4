import Foundation
import NusqaKit
import Testing
@testable import NusqaCore
@testable import NusqaDiff
@testable import NusqaTimeline


/// Word-level diffs between editions of the synthetic base order № 10 (`Fixtures/synthetic/corpus/`).
@Suite struct DiffSyntheticTests {
    static let consolidation = TimelineSyntheticTests.consolidation

    static var timeline: Timeline {
        consolidation.timeline(for: consolidation.corpus.entry(named: TimelineSyntheticTests.baseID)!)
    }

    func diff(_ from: String, _ to: String) -> EditionDiff {
        let t = Self.timeline
        return EditionDiff(from: t.edition(asOf: CivilDate(iso: from)!).body, to: t.edition(asOf: CivilDate(iso: to)!).body)
    }

    func entry(_ diff: EditionDiff, _ id: String) throws -> EditionDiff.Entry {
        try #require(diff.entries.first { $0.id.description == id }, "\(id) in \(diff.entries.map(\.id.description))")
    }

    func changes(_ entry: EditionDiff.Entry) -> [String] {
        entry.edits.filter { $0.operation != .equal }.map { "\($0.operation.rawValue):\($0.text)" }
    }

    @Test func replacedWordsInsertOnlyTheNewWords() throws {
        // № 20: 1-тармақта "тіркеу тәртібін" → "тіркеу және есепке алу тәртібін".
        let e = try entry(diff("2025-02-01", "2025-03-21"), "att_1__para_1")
        #expect(e.kind == .changed)
        #expect(changes(e) == ["insert:және есепке алу "])
        #expect(WordDiff.new(from: e.edits).contains("тіркеу және есепке алу тәртібін"))
    }

    @Test func insertedWordsInAnAbzac() throws {
        // № 20: 3-тармақта "байланыс деректері" → "байланыс деректері мен электрондық пошта мекенжайы".
        let e = try entry(diff("2025-02-01", "2025-03-21"), "att_1__para_3__abz_4")
        #expect(changes(e) == ["insert:мен электрондық пошта мекенжайы "])
    }

    @Test func replacedAbzac() throws {
        // № 20: the first abzac of item 4 in new wording; № 30: its second part.
        let first = try entry(diff("2025-02-01", "2025-03-21"), "att_1__para_4")
        #expect(changes(first) == ["insert:, ал жүгіну жұмыс уақытынан тыс болса, келесі жұмыс күні"])
        let second = try entry(diff("2025-03-21", "2025-04-14"), "att_1__para_4__abz_2")
        #expect(changes(second) == ["insert:, оның ішінде электрондық нысанда"])
    }

    @Test func deletedUnitKeepsItsNumber() throws {
        // № 30: "5-тармақ алып тасталсын".
        let e = try entry(diff("2025-03-21", "2025-04-14"), "att_1__para_5")
        #expect(e.kind == .statusChanged)
        #expect(e.new?.status == .deleted)
        #expect(changes(e) == ["delete:Тіркеу деректері медициналық ақпараттық жүйеде сақталады."])
    }

    @Test func insertedUnits() throws {
        let d = diff("2025-02-01", "2025-03-21")
        #expect(d.entries.filter { $0.kind == .added }.map(\.id.description) == [
            "att_1__para_3-1", "att_1__para_3-2", "att_1__para_3-2__subpara_1", "att_1__para_3-2__subpara_2",
        ])
        #expect(changes(try entry(d, "att_1__para_3-1")) == ["insert:Кәмелетке толмаған пациентті тіркеу оның заңды өкілінің қатысуымен жүргізіледі."])
    }

    @Test func deferredSubItemsComeIntoForce() throws {
        let d = diff("2026-06-30", "2026-07-01")
        #expect(d.entries.map { "\($0.kind.rawValue) \($0.id)" } == [
            "came-into-force att_1__para_2__subpara_3", "came-into-force att_1__para_2__subpara_4",
        ])
        #expect(changes(d.entries[0]) == ["delete:.", "insert: немесе электрондық сервисі;"])
    }

    @Test func roundTripOverEveryConsecutivePair() {
        let t = Self.timeline
        for (a, b) in zip(t.editions, t.editions.dropFirst()) {
            let diff = EditionDiff(from: a.body, to: b.body)
            let flatA = Dictionary(FlatClause.flatten(a.body).map { ($0.id, $0.clause) }, uniquingKeysWith: { x, _ in x })
            let flatB = Dictionary(FlatClause.flatten(b.body).map { ($0.id, $0.clause) }, uniquingKeysWith: { x, _ in x })
            #expect(diff.applied(to: flatA) == flatB, "\(a.date?.description ?? "base") → \(b.date?.description ?? "")")
        }
    }
}
