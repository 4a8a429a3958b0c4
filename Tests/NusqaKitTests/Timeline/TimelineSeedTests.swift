import Foundation
import NusqaKit
import NusqaToolSupport
import Testing
@testable import NusqaCore
@testable import NusqaCorpus
@testable import NusqaTimeline


/// Consolidation of the three base orders the seeds amend; their texts are not in the corpus.
@Suite struct TimelineSeedTests {
    static let consolidation: Consolidation = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../Corpus").standardizedFileURL.path
        // The bundled corpus is part of the repository; a failure to load it fails every test below.
        return Consolidation(corpus: (try? Corpus.load(from: root)) ?? Corpus(entries: []))
    }()

    func timeline(_ id: String) throws -> Timeline {
        let entry = try #require(Self.consolidation.corpus.entry(named: id))
        return Self.consolidation.timeline(for: entry)
    }

    func node(_ id: String, _ edition: Edition) -> Clause? {
        ClauseID(id).flatMap { PatchApplier.node(at: $0, in: edition.body) }
    }

    func date(_ text: String) -> CivilDate { CivilDate(iso: text)! }

    @Test func dsm290EditionsAreTheThreeDatesOfOrder127() throws {
        let timeline = try timeline("V2000021844")
        #expect(timeline.editions.map { $0.date?.description } == [nil, "2025-11-11", "2026-01-01", "2027-01-01"])
        #expect(timeline.editions[1].isEstimated)
        #expect(!timeline.editions[2].isEstimated && !timeline.editions[3].isEstimated)
        #expect(timeline.unapplied.isEmpty)
    }

    @Test func dsm290BeforeOrder127EverythingIsAGap() throws {
        let edition = try timeline("V2000021844").edition(asOf: date("2025-11-10"))
        #expect(edition.date == nil)
        let rules = try #require(node("att_1", edition))
        #expect(rules.content == .notInCorpus)
        #expect(rules.children.isEmpty)
        #expect(rules.provenance.isEmpty)
    }

    @Test func dsm290OnNewYearsEveKnowsTheReplacedItems() throws {
        let timeline = try timeline("V2000021844")
        let edition = timeline.edition(asOf: date("2025-12-31"))
        for number in ["2", "4", "5", "18", "19", "24", "25", "29", "31", "32", "40", "41", "47", "50", "50-1", "50-2", "58"] {
            let item = try #require(node("att_1__para_\(number)", edition), "item \(number)")
            #expect(item.content == .known, "item \(number)")
            #expect(item.provenance.map(\.act) == ["V2500037290"], "item \(number)")
        }
        // Partial units: only the named part is known, the rest of the unit stays a gap.
        let item20 = try #require(node("att_1__para_20", edition))
        #expect(item20.content == .notInCorpus)
        #expect(item20.text.hasPrefix("Қор осы Қағидалардың 18-тармағының"))
        let item34 = try #require(node("att_1__para_34", edition))
        #expect(item34.content == .notInCorpus)
        #expect(item34.children.compactMap(\.number?.description) == ["13", "17"])
        #expect(node("att_1__para_39__abz_9", edition)?.text.hasPrefix("Ортодонтиялық") == true)
        #expect(node("att_1__para_21__subpara_4", edition)?.content == .known)
        #expect(node("att_1__para_21", edition)?.content == .notInCorpus)
        // Sub-item 11) of the new item 2 waits for 2026-01-01; item 26-1 waits for 2027.
        let eleven = try #require(node("att_1__para_2__subpara_11", edition))
        #expect(eleven.status == .pending(from: date("2026-01-01"), keepsPreviousWording: false))
        #expect(node("att_1__para_26-1", edition) == nil)
        let coming = timeline.comingChanges(after: date("2025-12-31")).map { "\($0.effectiveText) \($0.target)" }
        #expect(coming == ["2026-01-01 att_1__para_2__subpara_11", "2027-01-01 att_1__para_26-1"])
    }

    @Test func dsm290SubItemElevenInForceFrom2026AndItem26_1From2027() throws {
        let timeline = try timeline("V2000021844")
        let newYear = timeline.edition(asOf: date("2026-01-01"))
        let eleven = try #require(node("att_1__para_2__subpara_11", newYear))
        #expect(eleven.status == .inForce)
        #expect(eleven.text.hasPrefix("медициналық-әлеуметтік көмек"))
        #expect(node("att_1__para_26-1", newYear) == nil)
        #expect(timeline.comingChanges(after: date("2026-06-01")).map(\.target.description) == ["att_1__para_26-1"])
        let item = try #require(node("att_1__para_26-1", timeline.edition(asOf: date("2027-01-01"))))
        #expect(item.text.hasPrefix("ТМККК шеңберінде"))
        // 26-1 sits between 26-less neighbours in number order: after 25, before 29.
        let rules = try #require(node("att_1", timeline.edition(asOf: date("2027-01-01"))))
        let numbers = rules.children.compactMap(\.number)
        #expect(numbers == numbers.sorted())
    }

    @Test func dsm134AnnexTwoFromOrder65AndRulesFromOrder129() throws {
        let timeline = try timeline("V2000021471")
        let early = timeline.edition(asOf: date("2021-08-07"))
        let annex = try #require(node("att_2", early))
        #expect(annex.children.filter { $0.kind == .table }.map { $0.children.filter { $0.kind == .row }.count } == [28, 1, 74])
        #expect(node("att_1__para_1", early) == nil)
        let late = timeline.edition(asOf: date("2025-11-14"))
        #expect(node("att_1__para_1", late)?.content == .known)
        #expect(node("att_1__att_1", late)?.children.first?.kind == .preformatted)
        #expect(timeline.history(of: ClauseID("att_2")!).map(\.act) == ["dsm-65-2021-07-27"])
    }

    @Test func dsm37KnowsPreambleItemsAndRowAfterOrder5() throws {
        let edition = try timeline("V2200027833").edition(asOf: date("2025-02-07"))
        for id in ["preamble", "att_1__para_1", "att_1__para_2", "att_1__para_3-1", "att_1__para_3-2", "att_1__att_2__row_1504-8"] {
            #expect(node(id, edition)?.content == .known, "\(id)")
        }
        #expect(node("preamble", edition)?.text.hasSuffix("сәйкес :") == true)
    }

    @Test func asOfReadsStoredEditionsAndNeverReapplies() throws {
        let timeline = try timeline("V2000021844")
        let applied = timeline.applicationCount
        #expect(applied == timeline.changes.count)
        for day in ["2020-01-01", "2025-11-11", "2025-12-31", "2026-01-01", "2026-06-01", "2030-01-01"] {
            let edition = timeline.edition(asOf: date(day))
            #expect(timeline.editions.contains(edition))
        }
        #expect(timeline.applicationCount == applied)
    }

    @Test func anyInputOrderGivesTheSameEditions() throws {
        let entry = try #require(Self.consolidation.corpus.entry(named: "V2000021844"))
        let changes = Self.consolidation.changes(for: "V2000021844")
        let base = Self.consolidation.base(for: entry)
        let forward = Timeline(actID: "x", base: base, changes: changes)
        var generator = SplitMix64(seed: 42)
        for _ in 0..<5 {
            let shuffled = Timeline(actID: "x", base: base, changes: changes.shuffled(using: &generator))
            #expect(shuffled.editions == forward.editions)
        }
        #expect(Timeline(actID: "x", base: base, changes: changes.reversed()).editions == forward.editions)
    }
}
