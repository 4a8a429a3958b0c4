import Foundation
import NusqaKit
import Testing
@testable import NusqaAmend

struct EntryCase: Sendable, CustomTestStringConvertible {
    var name: String
    var sentence: String
    var rule: EntryIntoForce.Rule
    /// The general date for publication on 2025-03-01.
    var general: String
    /// Each exception: its unit ids and its date.
    var exceptions: [(units: [String], date: String)] = []
    var appliesFrom: String? = nil
    var testDescription: String { name }
}

private let d = AmendmentFixtures.date

let entryCases: [EntryCase] = [
    EntryCase(
        name: "ten calendar days after publication → D+11",
        sentence: "Осы бұйрық алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі.",
        rule: .daysAfterPublication(10), general: "2025-03-12"),
    EntryCase(
        name: "from the day of publication (күнінен бастап) → D",
        sentence: "Осы бұйрық алғашқы ресми жарияланған күнінен бастап қолданысқа енгізіледі.",
        rule: .fromPublication, general: "2025-03-01"),
    EntryCase(
        name: "after the day of publication (күнінен кейін) → D+1",
        sentence: "Осы бұйрық алғашқы ресми жарияланған күнінен кейін қолданысқа енгізіледі.",
        rule: .dayAfterPublication, general: "2025-03-02"),
    EntryCase(
        name: "sixty calendar days → D+61",
        sentence: "Осы бұйрық алғашқы ресми жарияланған күнінен кейін күнтізбелік алпыс күн өткен соң қолданысқа енгізіледі.",
        rule: .daysAfterPublication(60), general: "2025-05-01"),
    EntryCase(
        name: "twenty-one calendar days → D+22",
        sentence: "Осы бұйрық алғашқы ресми жарияланған күнінен кейін күнтізбелік жиырма бір күн өткен соң қолданысқа енгізіледі.",
        rule: .daysAfterPublication(21), general: "2025-03-23"),
    EntryCase(
        name: "a fixed date",
        sentence: "Осы бұйрық 2026 жылғы 1 қаңтардан бастап қолданысқа енгізіледі.",
        rule: .fixed(d("2026-01-01")), general: "2026-01-01"),
    EntryCase(
        name: "abzac exceptions of seed 001's item 4",
        sentence: """
            Осы бұйрық 2027 жылғы 1 қаңтардан бастап қолданысқа енгізілетін 1-тармақтың \
            тоқсан төртінші және тоқсан бесінші абзацтарын және 2026 жылғы 1 қаңтардан бастап \
            қолданысқа енгізілетін 1-тармақтың он сегізінші абзацын қоспағанда, алғашқы ресми \
            жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі.
            """,
        rule: .daysAfterPublication(10), general: "2025-03-12",
        exceptions: [(["para_1__abz_94", "para_1__abz_95"], "2027-01-01"), (["para_1__abz_18"], "2026-01-01")]),
    EntryCase(
        name: "a single abzac exception",
        sentence: "Осы бұйрық 2025 жылғы 1 шілдеден бастап қолданысқа енгізілетін 1-тармақтың екінші абзацын қоспағанда, алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі.",
        rule: .daysAfterPublication(10), general: "2025-03-12", exceptions: [(["para_1__abz_2"], "2025-07-01")]),
    EntryCase(
        name: "applies to relations arising from a date, kept apart (ten days)",
        sentence: "Осы бұйрық алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі және 2021 жылғы 1 қазаннан бастап туындаған құқықтық қатынастарға қолданылады.",
        rule: .daysAfterPublication(10), general: "2025-03-12", appliesFrom: "2021-10-01"),
    EntryCase(
        name: "applies to relations arising from a date, kept apart (from publication)",
        sentence: "Осы бұйрық алғашқы ресми жарияланған күнінен бастап қолданысқа енгізіледі және 2025 жылғы 1 қаңтардан бастап туындаған құқықтық қатынастарға қолданылады.",
        rule: .fromPublication, general: "2025-03-01", appliesFrom: "2025-01-01"),
]

@Test("Entry-into-force forms", arguments: entryCases)
func amendmentEntryIntoForce(_ c: EntryCase) throws {
    let rule = try #require(EntryIntoForce.parse(c.sentence))
    #expect(rule.rule == c.rule)
    #expect(rule.generalDate(publication: d("2025-03-01")) == d(c.general))
    #expect(rule.exceptions.map { $0.units.map(\.description) } == c.exceptions.map(\.units))
    #expect(rule.exceptions.map(\.rule) == c.exceptions.map { .fixed(d($0.date)) })
    #expect(rule.appliesFrom == c.appliesFrom.map(d))
    if case .fixed = c.rule { #expect(!rule.dependsOnPublication) } else { #expect(rule.dependsOnPublication) }
}

@Test func amendmentEntryIntoForceNotStated() {
    #expect(EntryIntoForce.parse("Осы бұйрықтың орындалуын бақылау жетекшілік ететін вице-министрге жүктелсін.") == nil)
}

@Test("Effective dates: published, estimated from registration, from signing, unknown")
func amendmentEstimatedDates() throws {
    let fragment = ["5-тармақ алып тасталсын;"]
    let published = AmendmentFixtures.read(fragment).reading
    #expect(published.patches.first?.effective == EffectiveDate(d("2025-03-12"), estimated: false))
    let registered = AmendmentFixtures.read(fragment, metadata: AmendmentFixtures.metadata(published: nil)).reading
    #expect(registered.patches.first?.effective == EffectiveDate(d("2025-03-03"), estimated: true))
    let signed = AmendmentFixtures.read(fragment, metadata: AmendmentFixtures.metadata(published: nil, registered: nil)).reading
    #expect(signed.patches.first?.effective == EffectiveDate(d("2025-03-01"), estimated: true))
    // No metadata and no header: no date to start from — an error, the patch is still there.
    let unknown = AmendmentFixtures.read(fragment, metadata: nil).reading
    #expect(unknown.patches.map(\.target.description) == ["att_1__para_5"])
    #expect(!unknown.diagnostics("publication-date-unknown").isEmpty)
    // A fixed date needs no publication date and is never estimated.
    let fixed = AmendmentFixtures.read(fragment, metadata: nil, entry: "      2. Осы бұйрық 2026 жылғы 1 қаңтардан бастап қолданысқа енгізіледі.").reading
    #expect(fixed.patches.first?.effective == EffectiveDate(d("2026-01-01"), estimated: false))
    #expect(fixed.errors.isEmpty)
}

@Test("An abzac exception covering a whole instruction dates its patch; one inside a payload defers the unit")
func amendmentExceptionsOnFragment() throws {
    // Abzacs of item 1: 1 lead, 2 scope, 3 "2-тармақ …:", 4 "\"2. …", 5 "1) …", 6 "2) …\";", 7 "5-тармақ алып тасталсын;"
    let entry = "      2. Осы бұйрық 2026 жылғы 1 қаңтардан бастап қолданысқа енгізілетін 1-тармақтың алтыншы абзацын және 2027 жылғы 1 қаңтардан бастап қолданысқа енгізілетін 1-тармақтың жетінші абзацын қоспағанда, алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі."
    let (_, reading) = AmendmentFixtures.read(
        ["2-тармақ мынадай редакцияда жазылсын:", "\"2. Ұғымдар:", "1) бірінші;", "2) екінші.\";", "5-тармақ алып тасталсын;"], entry: entry)
    #expect(reading.targets == ["att_1__para_2", "att_1__para_5"])
    let item2 = try #require(reading.patch("att_1__para_2"))
    #expect(item2.abzacs == 3...6)
    #expect(item2.effective == EffectiveDate(d("2025-03-12"), estimated: false))
    #expect(item2.deferred.map(\.target.description) == ["att_1__para_2__subpara_2"])
    #expect(item2.deferred.first?.effective.date == d("2026-01-01"))
    #expect(reading.patch("att_1__para_5")?.effective == EffectiveDate(d("2027-01-01"), estimated: false))
}
