import Foundation
import NusqaKit
import Testing
@testable import NusqaAmend
@testable import NusqaCore
@testable import NusqaTimeline

/// How the entry-into-force rule dates the patches of an order, and what the timeline makes of it.
@Suite struct EntryIntoForceApplicationTests {
    private let d = AmendmentFixtures.date
    /// Abzacs of item 1: 1 lead, 2 scope, 3 "2-тармақ …:", 4 "\"2. …", 5 "1) …", 6 "2) …\";", 7 "5-тармақ алып тасталсын;".
    private let fragment = ["2-тармақ мынадай редакцияда жазылсын:", "\"2. Ұғымдар:", "1) бірінші;", "2) екінші.\";", "5-тармақ алып тасталсын;"]

    private func entry(_ sentence: String) -> String { "      2. " + sentence }

    @Test("Signing and registration rules date the patches from the sidecar's dates")
    func signingAndRegistration() throws {
        let signing = AmendmentFixtures.read(fragment, entry: entry("Осы бұйрық қол қойылған күнінен бастап қолданысқа енгізіледі.")).reading
        #expect(signing.patches.map(\.effective) == [EffectiveDate(d("2025-02-18"), estimated: false), EffectiveDate(d("2025-02-18"), estimated: false)])
        let registration = AmendmentFixtures.read(
            fragment, entry: entry("Осы бұйрық мемлекеттік тіркелген күнінен бастап күшіне енеді.")).reading
        #expect(registration.patches.first?.effective == EffectiveDate(d("2025-02-20"), estimated: false))
        // No registration date: estimated from signing, like an unknown publication date.
        let estimated = AmendmentFixtures.read(
            fragment, metadata: AmendmentFixtures.metadata(registered: nil), entry: entry("Осы бұйрық мемлекеттік тіркелген күнінен бастап күшіне енеді.")
        ).reading
        #expect(estimated.patches.first?.effective == EffectiveDate(d("2025-02-18"), estimated: true))
        // No date at all: an error, and the patches stay undated.
        let unknown = AmendmentFixtures.read(fragment, metadata: nil, entry: entry("Осы бұйрық қол қойылған күнінен бастап қолданысқа енгізіледі.")).reading
        #expect(!unknown.diagnostics("signing-date-unknown").isEmpty)
        #expect(unknown.patches.allSatisfy { $0.effective == nil })
    }

    @Test("Two phases: the enactment dates the patches, the coming into force is kept apart")
    func twoPhases() throws {
        let reading = AmendmentFixtures.read(
            fragment,
            entry: entry(
                "Осы бұйрық мемлекеттік тіркелген күннен бастап күшіне енеді және алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі."
            )
        ).reading
        #expect(reading.entryIntoForce?.comesIntoForce == .onRegistration)
        #expect(reading.patches.first?.effective == EffectiveDate(d("2025-03-12"), estimated: false))
    }

    @Test("An exception with a relative rule, and one stated in its own sentence, reach the patches they name")
    func relativeAndSeparateExceptions() throws {
        let relative = AmendmentFixtures.read(
            fragment,
            entry: entry(
                "Осы бұйрық, алғашқы ресми жарияланған күнінен кейін күнтізбелік алпыс күн өткен соң қолданысқа енгізілетін 1-тармақтың жетінші абзацын қоспағанда, қол қойылған күнінен бастап қолданысқа енгізіледі."
            )
        ).reading
        #expect(relative.patch("att_1__para_2")?.effective == EffectiveDate(d("2025-02-18"), estimated: false))
        #expect(relative.patch("att_1__para_5")?.effective == EffectiveDate(d("2025-05-01"), estimated: false))
        let separate = AmendmentFixtures.read(
            fragment,
            entry: entry(
                "Осы бұйрық қол қойылған күнінен бастап қолданысқа енгізіледі. Осы бұйрықтың 1-тармағының бесінші абзацы 2026 жылғы 1 қаңтардан бастап қолданысқа енгізіледі."
            )
        ).reading
        let item2 = try #require(separate.patch("att_1__para_2"))
        #expect(item2.effective == EffectiveDate(d("2025-02-18"), estimated: false))
        #expect(item2.deferred.map(\.target.description) == ["att_1__para_2__subpara_1"])
        #expect(item2.deferred.first?.effective == EffectiveDate(d("2026-01-01"), estimated: false))
    }

    @Test("An exception naming the whole amending item dates every patch; one naming a missing unit is reported")
    func wholeItemAndMissingUnit() throws {
        let whole = AmendmentFixtures.read(
            fragment,
            entry: entry("Осы бұйрық 2026 жылғы 1 наурыздан бастап қолданысқа енгізілетін 1-тармақты қоспағанда, қол қойылған күнінен бастап қолданысқа енгізіледі.")
        ).reading
        #expect(whole.patches.map(\.effective) == [EffectiveDate(d("2026-03-01"), estimated: false), EffectiveDate(d("2026-03-01"), estimated: false)])
        let missing = AmendmentFixtures.read(
            fragment,
            entry: entry("Осы бұйрық 2026 жылғы 1 наурыздан бастап қолданысқа енгізілетін 7-тармақты қоспағанда, қол қойылған күнінен бастап қолданысқа енгізіледі.")
        ).reading
        #expect(missing.diagnostics("exception-unit-missing").count == 1)
        #expect(missing.patches.map(\.effective?.date) == [d("2025-02-18"), d("2025-02-18")])
    }

    @Test(
        "A conditional or out-of-range rule leaves the patches undated, and the timeline has no edition dated 0001-01-01",
        arguments: [
            ("Осы бұйрық Қазақстан Республикасы мен Қырғыз Республикасы арасындағы Келісім күшіне енген күнінен бастап қолданысқа енгізіледі.", "entry-into-force-conditional"),
            ("Осы бұйрық алғашқы ресми жарияланған күнінен кейін күнтізбелік 9223372036854775807 күн өткен соң қолданысқа енгізіледі.", "number-out-of-range"),
        ])
    func undatedRule(sentence: String, code: String) throws {
        let (act, reading) = AmendmentFixtures.read(fragment, entry: entry(sentence))
        #expect(reading.patches.count == 2)
        #expect(reading.patches.allSatisfy { $0.effective == nil })
        let diagnostic = try #require(reading.diagnostics(code).first)
        let entryLine = try #require(act.source?.lines.lastIndex { $0.contains("қолданысқа енгізіледі") }) + 1
        #expect(diagnostic.location?.line == entryLine)
        if code == "number-out-of-range" {
            #expect(diagnostic.isError)
            let line = try #require(act.source?.line(entryLine))
            let column = try #require(diagnostic.location?.column)
            let atCaret = String(line.dropFirst(column - 1))
            #expect(atCaret.hasPrefix("9223372036854775807"))
        }
        let changes = reading.patches.map { Change(act: "A", actDate: nil, patch: $0, effective: $0.effective, deferredTarget: nil) }
        var base = Clause(.document, content: .notInCorpus)
        base.children = [Clause(.annex, number: UnitNumber(1), content: .notInCorpus)]
        let timeline = Timeline(actID: "T", base: base, changes: changes)
        #expect(!timeline.editions.contains { $0.date == CivilDate(year: 1, month: 1, day: 1) })
        #expect(timeline.editions.count == 1)
        #expect(timeline.unapplied.count == 2)
        #expect(timeline.unapplied.allSatisfy { $0.failure == .undated })
    }
}
