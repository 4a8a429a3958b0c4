import Foundation
import NusqaKit
import Testing
@testable import NusqaCore
@testable import NusqaCorpus
@testable import NusqaDiff
@testable import NusqaTimeline


@Suite struct WordDiffTests {
    typealias Edit = WordDiff.Edit

    @Test("Token edits, case by case", arguments: [
        // replaced words
        ("Қор он жұмыс күні ішінде жібереді.", "Қор жеті жұмыс күні ішінде жібереді.",
         [Edit(operation: .equal, text: "Қор "), Edit(operation: .delete, text: "он"), Edit(operation: .insert, text: "жеті"),
          Edit(operation: .equal, text: " жұмыс күні ішінде жібереді.")]),
        // inserted words
        ("медициналық көмек көрсетеді;", "медициналық-санитариялық алғашқы көмек көрсетеді;",
         [Edit(operation: .delete, text: "медициналық"), Edit(operation: .insert, text: "медициналық-санитариялық алғашқы"),
          Edit(operation: .equal, text: " көмек көрсетеді;")]),
        ("жоспарлау кезеңімен жүзеге асырылады", "жоспарлау кезең-кезеңімен жүзеге асырылады",
         [Edit(operation: .equal, text: "жоспарлау "), Edit(operation: .delete, text: "кезеңімен"), Edit(operation: .insert, text: "кезең-кезеңімен"),
          Edit(operation: .equal, text: " жүзеге асырылады")]),
        // punctuation is its own token
        ("2) республика деңгейінде.", "2) республика деңгейінде;",
         [Edit(operation: .equal, text: "2) республика деңгейінде"), Edit(operation: .delete, text: "."), Edit(operation: .insert, text: ";")]),
        // whole text inserted (a new unit)
        ("", "26-1. ТМККК шеңберінде.",
         [Edit(operation: .insert, text: "26-1. ТМККК шеңберінде.")]),
        // whole text deleted (a deleted unit)
        ("5. Қор жібереді.", "",
         [Edit(operation: .delete, text: "5. Қор жібереді.")]),
    ])
    func edits(old: String, new: String, expected: [Edit]) {
        let edits = WordDiff.edits(from: old, to: new)
        #expect(edits == expected)
        #expect(WordDiff.old(from: edits) == old)
        #expect(WordDiff.new(from: edits) == new)
    }

    @Test func tokensKeepWordsPunctuationAndSpaces() {
        #expect(WordDiff.tokens("1) ТМККК-ті  алу;") == ["1", ")", " ", "ТМККК-ті", "  ", "алу", ";"])
    }
}

@Suite struct EditionDiffTests {
    func item(_ n: Int, _ text: String, children: [Clause] = []) -> Clause {
        Clause(.item, number: UnitNumber(n), text: text, children: children)
    }

    @Test func alignsByIDAndClassifiesChanges() throws {
        let old = Clause(.document, children: [
            Clause(.annex, number: UnitNumber(1), children: [
                item(1, "Қор он күн ішінде жібереді."),
                item(2, "Жоспарлау жүзеге асырылады.", children: [Clause(.subItem, number: UnitNumber(1), text: "бірінші;")]),
                item(3, "Алып тасталатын тармақ."),
            ])
        ])
        var deleted = Clause(.item, number: UnitNumber(3))
        deleted.status = .deleted
        let new = Clause(.document, children: [
            Clause(.annex, number: UnitNumber(1), children: [
                item(1, "Қор жеті күн ішінде жібереді."),
                item(2, "Жоспарлау жүзеге асырылады.", children: [Clause(.subItem, number: UnitNumber(1), text: "бірінші;")]),
                item(2, "x").with(number: UnitNumber([2, 1]), text: "Жаңа тармақ."),
                deleted,
            ])
        ])
        let diff = EditionDiff(from: old, to: new)
        #expect(diff.entries.map { "\($0.kind.rawValue) \($0.id)" } == [
            "changed att_1__para_1", "added att_1__para_2-1", "status-changed att_1__para_3",
        ])
        #expect(diff.entries[0].edits.filter { $0.operation != .equal }.map(\.text) == ["он", "жеті"])
        let flatOld = Dictionary(FlatClause.flatten(old).map { ($0.id, $0.clause) }, uniquingKeysWith: { a, _ in a })
        let flatNew = Dictionary(FlatClause.flatten(new).map { ($0.id, $0.clause) }, uniquingKeysWith: { a, _ in a })
        #expect(diff.applied(to: flatOld) == flatNew)
    }

    static let consolidation: Consolidation = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../Corpus").standardizedFileURL.path
        return Consolidation(corpus: (try? Corpus.load(from: root)) ?? Corpus(entries: []))
    }()

    func timeline(_ id: String) throws -> Timeline {
        Self.consolidation.timeline(for: try #require(Self.consolidation.corpus.entry(named: id)))
    }

    @Test func dsm290NewYearBringsExactlySubItemEleven() throws {
        let t = try timeline("V2000021844")
        let diff = EditionDiff(from: t.edition(asOf: CivilDate(iso: "2025-12-31")!).body, to: t.edition(asOf: CivilDate(iso: "2026-01-01")!).body)
        #expect(diff.entries.map { "\($0.kind.rawValue) \($0.id)" } == ["came-into-force att_1__para_2__subpara_11"])
    }

    @Test func dsm290In2027BringsExactlyItem26_1() throws {
        let t = try timeline("V2000021844")
        let diff = EditionDiff(from: t.edition(asOf: CivilDate(iso: "2026-12-31")!).body, to: t.edition(asOf: CivilDate(iso: "2027-01-01")!).body)
        #expect(diff.entries.map { "\($0.kind.rawValue) \($0.id)" } == ["added att_1__para_26-1"])
    }

    @Test func dsm290Order127MakesItsUnitsKnown() throws {
        let t = try timeline("V2000021844")
        let diff = EditionDiff(from: t.edition(asOf: CivilDate(iso: "2025-11-10")!).body, to: t.edition(asOf: CivilDate(iso: "2025-12-31")!).body)
        let top = diff.entries.filter { $0.id.steps.count == 2 }.map { "\($0.kind.rawValue) \($0.id.last!.text)" }
        let known = ["2", "4", "5", "18", "19", "20", "21", "24", "25", "29", "31", "32", "34", "39", "40", "41", "47", "48", "49", "50", "58", "99", "104", "105", "117"]
        #expect(top == known.map { "became-known para_\($0)" }.prefix(20) + ["added para_50-1", "added para_50-2"] + known.suffix(5).map { "became-known para_\($0)" })
    }

    @Test("Round trip over consecutive editions", arguments: ["V2000021844", "V2000021471", "V2200027833"])
    func roundTrip(act: String) throws {
        let t = try timeline(act)
        for (a, b) in zip(t.editions, t.editions.dropFirst()) {
            let diff = EditionDiff(from: a.body, to: b.body)
            let flatA = Dictionary(FlatClause.flatten(a.body).map { ($0.id, $0.clause) }, uniquingKeysWith: { x, _ in x })
            let flatB = Dictionary(FlatClause.flatten(b.body).map { ($0.id, $0.clause) }, uniquingKeysWith: { x, _ in x })
            #expect(diff.applied(to: flatA) == flatB, "\(act) \(a.date?.description ?? "base") → \(b.date?.description ?? "")")
            #expect(!diff.isEmpty)
        }
    }
}

extension Clause {
    func with(number: UnitNumber, text: String) -> Clause {
        var copy = self
        copy.number = number
        copy.text = text
        return copy
    }
}
