import NusqaKit
import Testing
@testable import NusqaCore

@Test("Civil date arithmetic", arguments: [
    ("2025-11-05", 11, "2025-11-16"),
    ("2025-01-31", 1, "2025-02-01"),
    ("2025-12-31", 1, "2026-01-01"),
    ("2024-02-28", 1, "2024-02-29"),
    ("2025-02-28", 1, "2025-03-01"),
    ("2000-02-28", 1, "2000-02-29"),
    ("1900-02-28", 1, "1900-03-01"),
    ("2026-01-01", -1, "2025-12-31"),
    ("2024-03-01", -1, "2024-02-29"),
    ("2025-10-30", 365, "2026-10-30"),
    ("2024-01-01", 366, "2025-01-01"),
    ("2025-03-10", -70, "2024-12-30"),
])
func kazakhCivilDateAdding(start: String, days: Int, expected: String) throws {
    let date = try #require(CivilDate(iso: start))
    let result = date.adding(days: days)
    #expect(result.description == expected)
    #expect(result.days(since: date) == days)
}

@Test func kazakhCivilDateValidation() {
    #expect(CivilDate(year: 2025, month: 2, day: 29) == nil)
    #expect(CivilDate(year: 2024, month: 2, day: 29) != nil)
    #expect(CivilDate(year: 1900, month: 2, day: 29) == nil)
    #expect(CivilDate(year: 2025, month: 4, day: 31) == nil)
    #expect(CivilDate(year: 2025, month: 13, day: 1) == nil)
    #expect(CivilDate(year: 2025, month: 1, day: 0) == nil)
    #expect(CivilDate(iso: "2025-10-30") == CivilDate(year: 2025, month: 10, day: 30))
    #expect(CivilDate(iso: "2025-1-30") == nil)
    #expect(CivilDate(iso: "2025-10-3x") == nil)
    #expect(CivilDate(iso: "2025-٠1-30") == nil)
}

@Test func kazakhCivilDateFormattingAndOrder() throws {
    let date = try #require(CivilDate(year: 2025, month: 10, day: 3))
    #expect(date.description == "2025-10-03")
    #expect(date.dotted == "03.10.2025")
    let later = try #require(CivilDate(year: 2025, month: 11, day: 1))
    #expect(date < later)
    #expect(!(later < date))
    #expect(later.days(since: date) == 29)
    let today = CivilDate.today()
    #expect(today.year >= 2025)
    #expect(today.adding(days: 1).days(since: today) == 1)
}
