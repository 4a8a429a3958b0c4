import Foundation
import NusqaKit
import Testing
@testable import NusqaCore
@testable import NusqaTimeline


/// An inserted unit whose sub-item comes into force later than the rest of it.
@Suite struct TimelineDeferredInsertTests {
    @Test func deferredSubItemOfAnInsertedItemWaitsForItsDate() throws {
        // Abzacs of item 1: 1 lead, 2 scope, 3 instruction, 4 "5-1. …", 5 "1) …", 6 "2) …".
        let entry = "      2. Осы бұйрық 2026 жылғы 1 шілдеден бастап қолданысқа енгізілетін 1-тармақтың алтыншы абзацын қоспағанда, алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі."
        let (_, reading) = AmendmentFixtures.read(
            [
                "мынадай мазмұндағы 5-1-тармақпен толықтырылсын:",
                "\"5-1. Қор мыналарды қамтамасыз етеді:",
                "1) есепке алуды;",
                "2) электрондық есептілікті.\";",
            ], entry: entry)
        let patch = try #require(reading.patches.first)
        #expect(patch.operation == .insert)
        #expect(patch.deferred.map(\.target.description) == ["att_1__para_5-1__subpara_2"])
        let change = Change(act: "A", actDate: nil, patch: patch, effective: patch.effective, deferredTarget: nil)
        let later = Change(act: "A", actDate: nil, patch: patch, effective: patch.deferred[0].effective, deferredTarget: patch.deferred[0].target)
        var base = Clause(.document, content: .notInCorpus)
        base.children = [Clause(.annex, number: UnitNumber(1), content: .notInCorpus)]
        let timeline = Timeline(actID: "T", base: base, changes: [later, change])
        #expect(timeline.unapplied.isEmpty)
        let first = timeline.edition(asOf: try #require(patch.effective?.date))
        let item = try #require(PatchApplier.node(at: ClauseID("att_1__para_5-1")!, in: first.body))
        #expect(item.children.map(\.status) == [.inForce, .pending(from: CivilDate(iso: "2026-07-01")!, keepsPreviousWording: false)])
        let second = timeline.edition(asOf: CivilDate(iso: "2026-07-01")!)
        let sub = try #require(PatchApplier.node(at: ClauseID("att_1__para_5-1__subpara_2")!, in: second.body))
        #expect(sub.status == .inForce)
        #expect(sub.text == "электрондық есептілікті.")
    }
}
