import NusqaKit
import Testing
@testable import NusqaAmend
@testable import NusqaCore
@testable import NusqaRender
@testable import NusqaTimeline

/// An amending order whose date of entry into force cannot be read: its patches stay undated and are
/// listed as unapplied with their reason — never an edition "in force since 0001-01-01".
@Suite struct TimelineUndatedTests {
    static let fragment = ["мынадай мазмұндағы 5-1-тармақпен толықтырылсын:", "\"5-1. Қор есепті жүргізеді.\";"]

    /// A base act whose Rules are not in the corpus, so an insertion would apply if it had a date.
    static func timeline(of reading: AmendmentReading) -> Timeline {
        var base = Clause(.document, content: .notInCorpus)
        base.children = [Clause(.annex, number: UnitNumber(1), content: .notInCorpus)]
        let changes = reading.patches.map { Change(act: "A", actDate: nil, patch: $0, effective: $0.effective, deferredTarget: nil) }
        return Timeline(actID: "T", base: base, changes: changes)
    }

    static let cases: [(name: String, metadata: ActMetadata?, entry: String, code: String)] = [
        ("no entry-into-force item", AmendmentFixtures.metadata(), "      2. Осы бұйрықтың орындалуын бақылау жүктелсін.", "entry-into-force-missing"),
        ("no publication, registration or signing date", nil, AmendmentFixtures.tenDays, "publication-date-unknown"),
    ]

    @Test(arguments: cases.indices)
    func undatedPatchesAreUnappliedWithAReason(_ index: Int) throws {
        let (name, metadata, entry, code) = Self.cases[index]
        let (_, reading) = AmendmentFixtures.read(Self.fragment, metadata: metadata, entry: entry)
        let patch = try #require(reading.patches.first, "\(name): the instruction was not read")
        #expect(patch.effective == nil, "\(name)")
        #expect(!reading.diagnostics(code).isEmpty, "\(name): no \(code) diagnostic")

        let timeline = Self.timeline(of: reading)
        #expect(timeline.editions.count == 1, "\(name): an undated change made an edition")
        #expect(timeline.editions.allSatisfy { $0.date == nil }, "\(name)")
        #expect(timeline.changes.isEmpty, "\(name)")
        #expect(timeline.unapplied.map(\.failure) == [.undated], "\(name)")
        #expect(timeline.unapplied.first?.reason.hasPrefix("no entry-into-force date") == true, "\(name)")

        let text = EditionRenderer(
            title: "T", asOf: CivilDate(iso: "2030-01-01")!, edition: timeline.edition(asOf: CivilDate(iso: "2030-01-01")!),
            coming: timeline.comingChanges(after: CivilDate(iso: "2030-01-01")!), unapplied: timeline.unapplied, info: { _ in nil }
        ).render(.text)
        #expect(!text.contains("0001") && !text.contains("01.01.0001"), "\(name): a sentinel date is shown")
        #expect(text.contains("(A, undated): no entry-into-force date"), "\(name): the unapplied change is not listed")
    }

    @Test func aDatedChangeBesideAnUndatedOneStillApplies() throws {
        let (_, dated) = AmendmentFixtures.read(Self.fragment)
        let (_, undated) = AmendmentFixtures.read(Self.fragment, metadata: nil)
        let patch = try #require(dated.patches.first)
        let date = try #require(patch.effective?.date)
        var late = try #require(undated.patches.first)
        late.target = try #require(ClauseID("att_1__para_5-2"))
        var base = Clause(.document, content: .notInCorpus)
        base.children = [Clause(.annex, number: UnitNumber(1), content: .notInCorpus)]
        let timeline = Timeline(
            actID: "T", base: base,
            changes: [
                Change(act: "B", actDate: nil, patch: late, effective: nil, deferredTarget: nil),
                Change(act: "A", actDate: nil, patch: patch, effective: patch.effective, deferredTarget: nil),
            ])
        #expect(timeline.editions.map(\.date) == [nil, date])
        #expect(timeline.unapplied.map(\.change.act) == ["B"])
        #expect(timeline.unapplied.map(\.failure) == [.undated])
    }
}
