import Foundation
import NusqaKit
import Testing

/// Minimised reproducers of what `nusqa-fuzz` found (issue 14), kept as regression cases.
@Suite struct FuzzRegressionTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../Fixtures/fuzz").standardizedFileURL.path
    static let corpusRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../Corpus").standardizedFileURL.path
    static let syntheticRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../Fixtures/synthetic/corpus").standardizedFileURL.path

    /// A fuzz input read as the harness reads it: an amending order (signed 2025-01-10, published
    /// 2025-01-20) in a corpus of the bundled and generated base acts; the timeline of `target`.
    static func timeline(of fixture: String, amending target: String) throws -> (Timeline, Corpus.Entry, Corpus) {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: fixtures + "/" + fixture)))
        var bases: [Corpus.Entry] = []
        for root in [corpusRoot, syntheticRoot] {
            bases += try Corpus.load(from: root).entries.filter { $0.metadata.kind == .base }
        }
        let metadata = ActMetadata(
            id: "fuzz", kind: .amending, signed: CivilDate(year: 2025, month: 1, day: 10), published: CivilDate(year: 2025, month: 1, day: 20))
        let corpus = Corpus(entries: bases + [Corpus.Entry(metadata: metadata, act: ActParser.parse(bytes: bytes, name: fixture), textPath: fixture)])
        let entry = try #require(corpus.entry(named: target))
        return (Consolidation(corpus: corpus).timeline(for: entry), entry, corpus)
    }

    /// Every edition has no structural error its base did not have: the invariant the fuzzer checks.
    static func expectNoNewErrors(_ timeline: Timeline) throws {
        let base = Set(EditionValidator.errors(try #require(timeline.editions.first)).map(\.description))
        for edition in timeline.editions.dropFirst() {
            let new = EditionValidator.errors(edition).filter { !base.contains($0.description) }
            #expect(new.isEmpty, "edition \(edition.date?.description ?? "base"): \(new)")
        }
    }

    /// Found by the fuzzer (seed 1, case 102 and others): an invalid byte after a lone CR was placed on
    /// the line before, at a column past that line's end. A lone CR is a line break when the text is read.
    @Test func invalidUTF8AfterALoneCRIsOnItsOwnLine() throws {
        let bytes = Array("бірінші\rекінші\r\nүшінші ".utf8) + [0xFF] + Array(" соңы\n".utf8)
        let act = ActParser.parse(bytes: bytes, name: "cr.txt")
        let diagnostic = try #require(act.diagnostics.first { $0.code == "invalid-utf8" })
        #expect(diagnostic.location == SourceLocation(line: 3, column: 8))
    }

    /// Found by the fuzzer (seed 1, case 754), minimised to 12 lines: a new wording whose payload numbers
    /// two sub-items "2)" was applied as it stood, and the edition then held two units with one id. The
    /// applier now refuses such a payload and lists the change as unapplied with the unit named twice.
    @Test func aPayloadWithDuplicateNumbersIsNotApplied() throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Self.fixtures + "/edition-duplicate-subitem.txt")))
        let bundled = try Corpus.load(from: Self.corpusRoot)
        let base = try #require(bundled.entry(named: "V2000021844"))
        let metadata = ActMetadata(id: "fuzz", kind: .amending, signed: CivilDate(year: 2025, month: 1, day: 10))
        let corpus = Corpus(entries: [base, Corpus.Entry(metadata: metadata, act: ActParser.parse(bytes: bytes, name: "fuzz.txt"))])
        let timeline = Consolidation(corpus: corpus).timeline(for: base)
        let refused = timeline.unapplied.compactMap { unapplied -> ClauseID? in
            if case .duplicateNumbers(let id) = unapplied.failure { return id }
            return nil
        }
        #expect(refused.map(\.description) == ["para_2__subpara_2"])
        for edition in timeline.editions {
            #expect(EditionValidator.errors(edition).isEmpty, "edition \(edition.date?.description ?? "base")")
        }
    }

    /// Found by the fuzzer (seed 20261130, case 12663; minimised to 7 lines): a new wording of 2-тармақ whose
    /// sub-items run "65536)", "4)" was applied as written, and the edition's numbering went down. The
    /// applier refuses it; the unapplied change names the sub-item out of order and its payload line (6).
    @Test func aPayloadNumberedOutOfOrderIsNotApplied() throws {
        let (timeline, entry, corpus) = try Self.timeline(of: "edition-numbering-order.txt", amending: "V2500035500")
        let refused = try #require(timeline.unapplied.first { if case .numberingOrder = $0.failure { true } else { false } })
        #expect(refused.failure == .numberingOrder(ClauseID("para_2__subpara_4")!))
        #expect(refused.change.target.description == "para_2")
        #expect(refused.location.line == 6)
        let listed = CorpusCheck.timeline(entry, timeline, corpus: corpus).map(\.diagnostic.message)
        #expect(listed.contains { $0.hasPrefix("unapplied change from fuzz (line 6) to para_2: the payload numbers its units out of order") })
        try Self.expectNoNewErrors(timeline)
    }

    /// Found by the fuzzer (seed 20261130, case 13410; minimised to 9 lines): an annex set out anew whose
    /// wording holds a sub-item "3)" straight under the annex, not inside an item. Refused, naming it.
    @Test func aPayloadWithASubItemStraightUnderAnAnnexIsNotApplied() throws {
        let (timeline, _, _) = try Self.timeline(of: "edition-orphan-sub-item.txt", amending: "V2000021471")
        let failures = timeline.unapplied.map(\.failure)
        #expect(failures.contains(.misplacedUnit(ClauseID("att_2__subpara_3")!, in: .annex)), "\(failures)")
        try Self.expectNoNewErrors(timeline)
    }

    /// Found by the fuzzer (seed 20261130, case 428; minimised to 12 lines): "400-жолдың … 1) тармақша алып
    /// тасталсын" in an act whose text has no row 400 at the top: the deletion made a row straight under the
    /// act and a sub-item inside the row. A target whose path cannot hold its unit is refused.
    @Test func aTargetWhosePathCannotHoldItsUnitIsNotApplied() throws {
        let (timeline, _, _) = try Self.timeline(of: "edition-misplaced-target.txt", amending: "V2000021844")
        let failures = timeline.unapplied.map(\.failure)
        #expect(failures.contains(.misplacedUnit(ClauseID("row_400__subpara_1")!, in: .row)), "\(failures)")
        try Self.expectNoNewErrors(timeline)
    }

    /// Found by the fuzzer (seed 20261130, case 35944; minimised to 10 lines): "1504-8 жолдармен
    /// толықтырылсын" with no table or annex named: the row went straight under the act. Refused.
    @Test func aRowOutsideATableIsNotApplied() throws {
        let (timeline, _, _) = try Self.timeline(of: "edition-orphan-row.txt", amending: "V2200027833")
        let failures = timeline.unapplied.map(\.failure)
        #expect(failures.contains(.misplacedUnit(ClauseID("row_1504-8")!, in: .document)), "\(failures)")
        try Self.expectNoNewErrors(timeline)
    }

    /// Found by the fuzzer (seed 20261130, case 46414; minimised to 11 lines): a target whose annex lost
    /// its number made an annex without one beside "1-қосымша", and two units had the id att_1. A path
    /// through a numbered unit without its number, which the text does not have, is refused.
    @Test func aTargetThroughAnUnnumberedAnnexIsNotApplied() throws {
        let (timeline, _, _) = try Self.timeline(of: "edition-unnumbered-annex.txt", amending: "V2200027833")
        let failures = timeline.unapplied.map(\.failure)
        #expect(failures.contains { if case .unnumberedUnit(let id) = $0 { id.last?.kind == .annex } else { false } }, "\(failures)")
        try Self.expectNoNewErrors(timeline)
    }

    /// Found by CI's fuzz run (seed 1, case 800; minimised to 17 lines): "1 және 2-тармақ … редакцияда
    /// жазылсын" made item 1 in an act whose text is not in the corpus, then "… 1-бөлімде: 1-тармақтың
    /// үшінші бөлігі …" made a section 1 with another item 1 in it; items are numbered through sections,
    /// so the edition held item 1 twice. A target inside a grouping that does not hold a unit the text
    /// has elsewhere is refused.
    @Test func aTargetInsideAGroupingThatDoesNotHoldItsUnitIsNotApplied() throws {
        let (timeline, _, _) = try Self.timeline(of: "edition-outside-grouping.txt", amending: "V2200027833")
        let failures = timeline.unapplied.map(\.failure)
        #expect(
            failures.contains {
                if case .outsideGrouping(let unit, let grouping) = $0 { unit.kind == .item && unit.number == UnitNumber(1) && grouping.kind == .section } else { false }
            }, "\(failures)")
        try Self.expectNoNewErrors(timeline)
    }

    /// Found by the lead's long run (seed 2026113014, case 252478; minimised to 16 lines): in an act whose
    /// text is not in the corpus, "25-", "31-тармақ … редакцияда жазылсын" made items 25 and 31 in the Rules,
    /// "… 5-бөлімде: 117-тармақ … толықтырылсын" a section 5 holding item 117, and "26-1-тармақпен
    /// толықтырылсын" then put item 26-1 into that section, the only grouping of items, after item 31. A new
    /// unit goes where the unit it follows in number order stands: 26-1 between 25 and 31, outside section 5.
    @Test func aNewItemGoesBesideTheItemItFollowsNotIntoALaterSection() throws {
        let (timeline, _, _) = try Self.timeline(of: "edition-item-outside-the-sections.txt", amending: "V2000021844")
        #expect(timeline.unapplied.isEmpty, "\(timeline.unapplied.map(\.reason))")
        let rules = try #require(timeline.editions.last?.body.children.first { $0.kind == .annex && $0.number == UnitNumber(1) })
        let layout = rules.children.map { child in
            child.kind == .section ? "sec_\(child.number?.description ?? "")[\(child.children.map { $0.number?.description ?? "" }.joined(separator: ","))]" : child.number?.description ?? ""
        }
        #expect(layout == ["25", "26-1", "31", "sec_5[117]"])
        try Self.expectNoNewErrors(timeline)
    }
}
