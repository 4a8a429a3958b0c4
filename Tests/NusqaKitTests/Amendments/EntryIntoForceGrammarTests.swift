import Testing
import NusqaCore
@testable import NusqaAmend

/// One entry-into-force clause and what the grammar must read from it.
struct GrammarCase: Sendable, CustomTestStringConvertible {
    var name: String
    var sentence: String
    var rule: EntryIntoForce.Rule
    var force: EntryIntoForce.Rule? = nil
    var mustBePublished = false
    /// Each exception: its units (ids, `a..b` for a range) and its rule.
    var exceptions: [(units: [String], rule: EntryIntoForce.Rule)] = []
    var appliesFrom: String? = nil
    var testDescription: String { name }
}

private let d = AmendmentFixtures.date

let grammarCases: [GrammarCase] = [
    // Signing.
    GrammarCase(name: "from signing", sentence: "Осы қаулы қол қойылған күнінен бастап қолданысқа енгізіледі.", rule: .onSigning),
    GrammarCase(name: "from the moment of signing, 'күшіне енеді'", sentence: "Осы қаулы қол қойылған сәттен бастап күшіне енеді.", rule: .onSigning),
    GrammarCase(
        name: "from signing with Latin i and a, c inside the words",
        sentence: "Осы қаулы қол қойылған күнiнен бacтaп қолданысқа енгiзiледi.", rule: .onSigning),
    GrammarCase(
        name: "from signing, must be published (тиіс)",
        sentence: "Осы қаулы қол қойылған күнінен бастап қолданысқа енгізіледі және ресми жариялануға тиіс.", rule: .onSigning,
        mustBePublished: true),
    GrammarCase(
        name: "from signing, must be published (жатады)",
        sentence: "Осы қаулы қол қойылған күнінен бастап қолданысқа енгізіледі және ресми жариялануға жатады.", rule: .onSigning,
        mustBePublished: true),
    GrammarCase(
        name: "ten days after signing",
        sentence: "Осы қаулы қол қойылған күнінен бастап күнтізбелік он күн өткен соң қолданысқа енгізіледі.", rule: .after(.signing, .days(10))),
    // Publication.
    GrammarCase(
        name: "ten days after first publication, in words",
        sentence: "Осы бұйрық алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі.",
        rule: .daysAfterPublication(10)),
    GrammarCase(
        name: "ten days, in digits",
        sentence: "Осы бұйрық алғашқы ресми жарияланған күнінен кейін күнтізбелік 10 күн өткен соң қолданысқа енгізіледі.",
        rule: .daysAfterPublication(10)),
    GrammarCase(
        name: "ten days, digits and words",
        sentence: "Осы шешім алғашқы ресми жарияланған күнінен кейін он (10) күнтізбелік күн өткен соң қолданысқа енгізіледі.",
        rule: .daysAfterPublication(10)),
    GrammarCase(
        name: "older wording: алғаш рет … жарияланғаннан кейін он күнтізбелік күн",
        sentence: "Осы қаулы алғаш рет ресми жарияланғаннан кейін он күнтізбелік күн өткен соң қолданысқа енгізіледі.",
        rule: .daysAfterPublication(10)),
    GrammarCase(
        name: "жарияланғанынан кейін, twenty-one days",
        sentence: "Осы Заң алғашқы ресми жарияланғанынан кейін күнтізбелік жиырма бір күн өткен соң қолданысқа енгізіледі.",
        rule: .daysAfterPublication(21)),
    GrammarCase(
        name: "three hundred and sixty-five days in words",
        sentence: "Осы Заң алғашқы ресми жарияланған күнінен кейін күнтізбелік үш жүз алпыс бес күн өткен соң қолданысқа енгізіледі.",
        rule: .daysAfterPublication(365)),
    GrammarCase(
        name: "six months",
        sentence: "Осы Заң алғашқы ресми жарияланған күнінен кейін алты ай өткен соң қолданысқа енгізіледі.",
        rule: .after(.publication, .months(6))),
    GrammarCase(
        name: "from the day of publication",
        sentence: "Осы қаулы алғашқы ресми жарияланған күнінен бастап қолданысқа енгізіледі.", rule: .fromPublication),
    GrammarCase(
        name: "after publication, no period", sentence: "Осы қаулы алғашқы ресми жарияланған күнінен кейін қолданысқа енгізіледі.",
        rule: .dayAfterPublication),
    GrammarCase(
        name: "without 'алғашқы', Latin i",
        sentence: "Қаулы ресми түрде жарияланған күнінен кейiн күнтiзбелiк он күн өткен соң қолданысқа енгізіледі.",
        rule: .daysAfterPublication(10)),
    // Registration.
    GrammarCase(
        name: "on state registration",
        sentence: "Осы бұйрық Қазақстан Республикасының Әділет министрлігінде мемлекеттік тіркелген күнінен бастап күшіне енеді.",
        rule: .onRegistration),
    GrammarCase(name: "тіркеуден өткен күннен", sentence: "Осы бұйрық мемлекеттік тіркеуден өткен күннен бастап күшіне енеді.", rule: .onRegistration),
    GrammarCase(
        name: "two phases: force on registration, enactment ten days after publication",
        sentence: "Осы шешім әділет органдарында мемлекеттік тіркелген күннен бастап күшіне енеді және алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі.",
        rule: .daysAfterPublication(10), force: .onRegistration),
    // Fixed dates.
    GrammarCase(name: "a fixed date", sentence: "Осы қаулы 2010 жылғы 1 қаңтардан бастап қолданысқа енгізіледі.", rule: .fixed(d("2010-01-01"))),
    GrammarCase(
        name: "a fixed date with 'жылдың' and a possessive month",
        sentence: "Осы бұйрық 2026 жылдың 1 қаңтарынан бастап қолданысқа енгізіледі.", rule: .fixed(d("2026-01-01"))),
    GrammarCase(
        name: "a fixed date, Latin i in the month, must be published",
        sentence: "Осы қаулы 2016 жылғы 23 сәуiрден бастап қолданысқа енгізіледі және ресми жариялануға тиіс.", rule: .fixed(d("2016-04-23")),
        mustBePublished: true),
    GrammarCase(
        name: "a dotted date", sentence: "Осы шешім 01.01.2024 жылдан бастап қолданысқа енгізіледі.", rule: .fixed(d("2024-01-01"))),
    GrammarCase(
        name: "a fixed date with a sunset, kept out of the rule",
        sentence: "Осы қаулы 2024 жылғы 1 шілдеден бастап қолданысқа енгізіледі және 2024 жылғы 31 желтоқсанға дейін қолданылады.",
        rule: .fixed(d("2024-07-01"))),
    GrammarCase(
        name: "ten days after registration, өткеннен кейін",
        sentence: "Осы бұйрық Қазақстан Республикасының Әділет министрлігінде мемлекеттік тіркелген күннен бастап он күн өткеннен кейін қолданысқа енгізіледі.",
        rule: .after(.registration, .days(10))),
    GrammarCase(
        name: "from publication, 'күшіне енеді', capitals",
        sentence: "ОСЫ ЗАҢ ЖАРИЯЛАНҒАН КҮНІНЕН БАСТАП КҮШІНЕ ЕНЕДІ.", rule: .fromPublication),
    // Conditions.
    GrammarCase(
        name: "another act's entry into force: a conditional rule, quoted",
        sentence: "Осы қаулы «Салық туралы» Қазақстан Республикасының Заңы қолданысқа енгізілген күннен бастап қолданысқа енгізіледі.",
        rule: .conditional("«Салық туралы» Қазақстан Республикасының Заңы қолданысқа енгізілген күннен бастап қолданысқа енгізіледі")),
    GrammarCase(
        name: "a treaty's coming into force: conditional",
        sentence: "Осы қаулы Қазақстан Республикасы мен Қырғыз Республикасы арасындағы Келісім күшіне енген күнінен бастап қолданысқа енгізіледі.",
        rule: .conditional("Қазақстан Республикасы мен Қырғыз Республикасы арасындағы Келісім күшіне енген күнінен бастап қолданысқа енгізіледі")),
    GrammarCase(
        name: "working days: no calendar to count them, conditional",
        sentence: "Осы бұйрық алғашқы ресми жарияланған күнінен кейін он жұмыс күні өткен соң қолданысқа енгізіледі.",
        rule: .conditional("жарияланған күнінен кейін он жұмыс күні өткен соң қолданысқа енгізіледі")),
    // Applies-from.
    GrammarCase(
        name: "applies to relations arising from a date, kept apart",
        sentence: "Осы бұйрық алғашқы ресми жарияланған күнінен бастап қолданысқа енгізіледі және 2021 жылғы 1 қазаннан бастап туындаған құқықтық қатынастарға қолданылады.",
        rule: .fromPublication, appliesFrom: "2021-10-01"),
    GrammarCase(
        name: "applies-from with 'ж.' and 'басталған … колданылады' (sic)",
        sentence: "Осы қаулы қол қойылған күнінен бастап қолданысқа енгізіледі және 2014 ж. 1 қаңтарынан басталған құқықтық қатынастарға колданылады.",
        rule: .onSigning, appliesFrom: "2014-01-01"),
    GrammarCase(
        name: "applies-from with 'таралады'",
        sentence: "Осы шешім оның алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі және 2024 жылғы 1 қаңтардан бастап туындаған құқықтық қатынастарға таралады.",
        rule: .daysAfterPublication(10), appliesFrom: "2024-01-01"),
    // Exceptions.
    GrammarCase(
        name: "abzacs of an item (seed 001)",
        sentence: """
            Осы бұйрық 2027 жылғы 1 қаңтардан бастап қолданысқа енгізілетін 1-тармақтың тоқсан төртінші және тоқсан бесінші \
            абзацтарын және 2026 жылғы 1 қаңтардан бастап қолданысқа енгізілетін 1-тармақтың он сегізінші абзацын қоспағанда, \
            алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі.
            """,
        rule: .daysAfterPublication(10),
        exceptions: [(["para_1__abz_94", "para_1__abz_95"], .fixed(d("2027-01-01"))), (["para_1__abz_18"], .fixed(d("2026-01-01")))]),
    GrammarCase(
        name: "an item, default 'күшіне енеді' from signing",
        sentence: "Осы қаулы 2005 жылғы 1 қаңтардан бастап қолданысқа енгiзiлетiн 2-тармақты қоспағанда, қол қойылған күнiнен бастап күшiне енедi.",
        rule: .onSigning, exceptions: [(["para_2"], .fixed(d("2005-01-01")))]),
    GrammarCase(
        name: "articles of a code",
        sentence: "Осы Кодекс, 2017 жылғы 1 қаңтардан бастап қолданысқа енгізілетін 45-бапты, 2018 жылғы 1 қаңтардан бастап қолданысқа енгізілетін 48-бапты қоспағанда, 2015 жылғы 1 қаңтардан бастап қолданысқа енгізіледі.",
        rule: .fixed(d("2015-01-01")), exceptions: [(["art_45"], .fixed(d("2017-01-01"))), (["art_48"], .fixed(d("2018-01-01")))]),
    GrammarCase(
        name: "sub-items of an item of an article",
        sentence: "Осы Заң, 2027 жылғы 1 қаңтардан бастап қолданысқа енгізілетін 6-баптың 1-тармағының 7) және 8) тармақшаларын қоспағанда, алғашқы ресми жарияланған күнінен кейін күнтізбелік алпыс күн өткен соң қолданысқа енгізіледі.",
        rule: .daysAfterPublication(60),
        exceptions: [(["art_6__para_1__subpara_7", "art_6__para_1__subpara_8"], .fixed(d("2027-01-01")))]),
    GrammarCase(
        name: "a range of articles with a relative date",
        sentence: "Осы Заң, алғашқы ресми жарияланған күнінен кейін күнтізбелік алпыс күн өткен соң қолданысқа енгізілетін осы Заңның 7, 12 – 31-баптарын қоспағанда, алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі.",
        rule: .daysAfterPublication(10), exceptions: [(["art_7", "art_12..art_31"], .daysAfterPublication(60))]),
    GrammarCase(
        name: "siblings keep their outer links; a new article starts from the top",
        sentence: "Осы Заң, 2021 жылғы 1 қаңтардан бастап қолданысқа енгізілетін 19-баптың 1-тармағының 8) тармақшасын және 2-тармағының 15) тармақшасын, 209-баптың 4-тармағын, 5-тармағының 5) тармақшасын қоспағанда, 2018 жылғы 1 қаңтардан бастап қолданысқа енгізіледі.",
        rule: .fixed(d("2018-01-01")),
        exceptions: [(["art_19__para_1__subpara_8", "art_19__para_2__subpara_15", "art_209__para_4", "art_209__para_5__subpara_5"], .fixed(d("2021-01-01")))]),
    GrammarCase(
        name: "possessive chain: part, sub-item, part, abzac",
        sentence: "Осы Кодекс 2018 жылғы 1 шілдеден бастап қолданысқа енгізілетін 24-баптың бірінші бөлігі 15) тармақшасы бірінші бөлігінің төртінші абзацын қоспағанда, 2018 жылғы 1 қаңтардан бастап қолданысқа енгізіледі.",
        rule: .fixed(d("2018-01-01")), exceptions: [(["art_24__abz_1__subpara_15__abz_1__abz_4"], .fixed(d("2018-07-01")))]),
    GrammarCase(
        name: "a sub-item of the order's item",
        sentence: "Осы қаулы 2026 жылғы 1 қаңтардан бастап қолданысқа енгізілетін 1-тармақтың 3) тармақшасын қоспағанда, қол қойылған күнінен бастап қолданысқа енгізіледі.",
        rule: .onSigning, exceptions: [(["para_1__subpara_3"], .fixed(d("2026-01-01")))]),
    GrammarCase(
        name: "a unit's own rule in its own sentence",
        sentence: "1. Осы Заң алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі. 2. Осы Заңның 5-бабының 2-тармағы 2026 жылғы 1 қаңтардан бастап қолданысқа енгізіледі.",
        rule: .daysAfterPublication(10), exceptions: [(["art_5__para_2"], .fixed(d("2026-01-01")))]),
    GrammarCase(
        name: "units excepted after the act's own rule, their rule in the next clause",
        sentence: "Осы Заң алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі, осы Заңның 1-бабының 5-тармағын қоспағанда, ол 2026 жылғы 1 қаңтардан бастап қолданысқа енгізіледі.",
        rule: .daysAfterPublication(10), exceptions: [(["art_1__para_5"], .fixed(d("2026-01-01")))]),
    GrammarCase(
        name: "active 'жариялаған' and 'қол қойған'",
        sentence: "Осы бұйрық алғашқы ресми жариялаған күнінен бастап қолданысқа енгізіледі және министр қол қойған күнінен бастап күшіне енеді.",
        rule: .fromPublication, force: .onSigning),
    // Russian texts.
    GrammarCase(
        name: "Russian: ten calendar days after first publication",
        sentence: "Настоящий приказ вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования.",
        rule: .daysAfterPublication(10)),
    GrammarCase(
        name: "Russian: from signing, must be published",
        sentence: "Настоящее постановление вводится в действие со дня его подписания и подлежит официальному опубликованию.", rule: .onSigning,
        mustBePublished: true),
    GrammarCase(
        name: "Russian: an exception after 'за исключением'",
        sentence: "Настоящее постановление вступает в силу со дня подписания, за исключением пункта 2, который вводится в действие с 1 января 2005 года.",
        rule: .onSigning, exceptions: [(["para_2"], .fixed(d("2005-01-01")))]),
    GrammarCase(
        name: "Russian: an item, then a sub-item of another item",
        sentence: "Настоящее постановление вводится в действие со дня подписания, за исключением пункта 2, подпункта 3) пункта 5, которые вводятся в действие с 1 июля 2026 года.",
        rule: .onSigning, exceptions: [(["para_2", "para_5__subpara_3"], .fixed(d("2026-07-01")))]),
    GrammarCase(
        name: "Russian: items of an article, owner after them",
        sentence: "Настоящий Закон вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования, за исключением пунктов 3 и 4 статьи 14, которые вводятся в действие с 1 января 2016 года.",
        rule: .daysAfterPublication(10), exceptions: [(["art_14__para_3", "art_14__para_4"], .fixed(d("2016-01-01")))]),
    GrammarCase(
        name: "a quoted title is not grammar",
        sentence: "Осы қаулы «Қолданысқа енгізіледі 2020 жылғы 1 қаңтардан бастап» деген бөлімді қоспағанда, қол қойылған күнінен бастап қолданысқа енгізіледі.",
        rule: .onSigning),
]

@Test("Entry-into-force grammar", arguments: grammarCases)
func entryIntoForceGrammar(_ c: GrammarCase) throws {
    let result = EntryIntoForceReader.read(c.sentence)
    #expect(result.problems.isEmpty)
    let rule = try #require(result.rule)
    #expect(rule.rule == c.rule)
    #expect(rule.comesIntoForce == c.force)
    #expect(rule.mustBePublished == c.mustBePublished)
    #expect(rule.exceptions.map { $0.units.map(\.description) } == c.exceptions.map(\.units))
    #expect(rule.exceptions.map(\.rule) == c.exceptions.map(\.rule))
    #expect(rule.appliesFrom == c.appliesFrom.map(d))
}

@Test("Sentences that state no entry-into-force rule", arguments: [
    "Осы бұйрықтың орындалуын бақылау жетекшілік ететін вице-министрге жүктелсін.",
    "Осы Кодекс қолданысқа енгізілген күннен бастап мыналардың күші жойылды деп танылсын:",
    "Осы Кодекстің 287-бабында бекітілген ережелер 2016 жылғы 1 қаңтардан бастап қолданылады.",
    "Ескерту. 1-тармақ жаңа редакцияда – ҚР Үкіметінің 2022 № 581 (қол қойылған күнінен бастап «қолданысқа енгізіледі») қаулысымен.",
])
func entryIntoForceNotStated(_ sentence: String) {
    #expect(EntryIntoForceReader.read(sentence).rule == nil)
}

@Test("Periods beyond the calendar are number-out-of-range, never a trap or a guessed date", arguments: [
    ("9223372036854775807", "9223372036854775807"),
    ("99999999999999999999999", "99999999999999999999999"),
    ("3652060", "3652060"),
])
func entryIntoForceOutOfRange(number: String, words: String) throws {
    let sentence = "Осы бұйрық алғашқы ресми жарияланған күнінен кейін күнтізбелік \(number) күн өткен соң қолданысқа енгізіледі."
    let result = EntryIntoForceReader.read(sentence)
    let problem = try #require(result.problems.first)
    #expect(result.problems.count == 1)
    #expect(problem.code == "number-out-of-range")
    #expect(problem.words == words)
    #expect(String(sentence[problem.range]) == words)
    guard case .conditional = result.rule?.rule else {
        Issue.record("an out-of-range period must not become a date: \(String(describing: result.rule?.rule))")
        return
    }
}

@Test("Rule dates: D, D+1, D+N+1, months, fixed; out of range is a typed failure")
func entryIntoForceRuleDates() throws {
    let published = d("2025-03-01")
    #expect(try EntryIntoForce.Rule.fromPublication.date(eventDate: published) == published)
    #expect(try EntryIntoForce.Rule.dayAfterPublication.date(eventDate: published) == d("2025-03-02"))
    #expect(try EntryIntoForce.Rule.daysAfterPublication(10).date(eventDate: published) == d("2025-03-12"))
    #expect(try EntryIntoForce.Rule.after(.publication, .months(6)).date(eventDate: d("2025-08-31")) == d("2026-03-01"))
    #expect(try EntryIntoForce.Rule.fixed(d("2026-01-01")).date(eventDate: nil) == d("2026-01-01"))
    #expect(try EntryIntoForce.Rule.onSigning.date(eventDate: nil) == nil)
    #expect(try EntryIntoForce.Rule.conditional("…").date(eventDate: published) == nil)
    #expect(throws: CivilDate.OutOfRange.self) { try EntryIntoForce.Rule.daysAfterPublication(Int.max).date(eventDate: published) }
    #expect(throws: CivilDate.OutOfRange.self) { try EntryIntoForce.Rule.after(.signing, .months(Int.max)).date(eventDate: published) }
}
