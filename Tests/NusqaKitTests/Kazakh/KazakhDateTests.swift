import NusqaKit
import Testing
@testable import NusqaCore
@testable import NusqaLanguage

@Test("Date phrases", arguments: [
    ("2025 жылғы 30 қазандағы", "2025-10-30", KazakhMonth.CaseForm.attributive, false),
    ("2025 жылы 27 қаңтарда", "2025-01-27", .locative, false),
    ("2026 жылғы 1 қаңтардан бастап", "2026-01-01", .ablative, true),
    ("2024 ж. 1 қаңтарынан бастап", "2024-01-01", .ablative, true),
    ("2025 жылғы 3\nқарашада", "2025-11-03", .locative, false),
    ("2025   жылғы\n\n 31 \n қазанда", "2025-10-31", .locative, false),
    ("2021 жылғы 27 шілдедегі", "2021-07-27", .attributive, false),
    ("2015 жылғы 29 қыркүйектегі", "2015-09-29", .attributive, false),
    ("2024 жылғы 29 ақпандағы", "2024-02-29", .attributive, false),
])
func kazakhDatePhrase(phrase: String, iso: String, form: KazakhMonth.CaseForm, isFrom: Bool) throws {
    let text = "Осы бұйрық " + phrase + " қолданысқа енгізіледі."
    let found = KazakhDate.matches(in: text)
    #expect(found.count == 1)
    let match = try #require(found.first)
    #expect(match.date.description == iso)
    #expect(match.form == form)
    #expect(match.isFrom == isFrom)
    #expect(String(text[match.range]) == phrase)
    #expect(KazakhDate.parse(phrase)?.description == iso)
}

@Test func kazakhDateRejectsInvalidAndPartial() {
    #expect(KazakhDate.matches(in: "2025 жылғы 31 ақпандағы № 5 бұйрығы").isEmpty)
    #expect(KazakhDate.matches(in: "2025 жылғы 29 ақпандағы").isEmpty)
    #expect(KazakhDate.matches(in: "2025 жылғы 30 қазақ").isEmpty)
    #expect(KazakhDate.matches(in: "20 ақпанына дейін").isEmpty)
    #expect(KazakhDate.matches(in: "25 жылғы 3 қарашада").isEmpty)
    #expect(KazakhDate.parse("2025 жылғы 30 қазандағы № 127") == nil)
    #expect(KazakhDate.parse("тиісті жылдың 1 ақпанынан") == nil)
}

@Test func kazakhDateSeedSentence() {
    let text = """
    Қазақстан Республикасы Денсаулық сақтау министрінің 2025 жылғы 30 қазандағы № 
    127 бұйрығы. Қазақстан Республикасының Әділет министрлігінде 2025 жылғы 31 
    қазанда № 37290 болып тіркелді
    """
    let found = KazakhDate.matches(in: text)
    #expect(found.map(\.date.description) == ["2025-10-30", "2025-10-31"])
    #expect(found.map(\.form) == [.attributive, .locative])
}

@Test("Dotted dates", arguments: [
    ("30.10.2025", "2025-10-30"), ("19.11.2021", "2021-11-19"), (" 1.2.2024 ", "2024-02-01"),
])
func kazakhDateDotted(text: String, iso: String) {
    #expect(KazakhDate.parseDotted(text)?.description == iso)
    #expect(KazakhDate.parse(text)?.description == iso)
}

@Test func kazakhDateDottedRejects() {
    #expect(KazakhDate.parseDotted("31.02.2025") == nil)
    #expect(KazakhDate.parseDotted("2025.10.30") == nil)
    #expect(KazakhDate.parseDotted("30.10.25") == nil)
    #expect(KazakhDate.parseDotted("30.10.2025 ж.") == nil)
    #expect(CivilDate(year: 2025, month: 10, day: 30)?.dotted == "30.10.2025")
}
