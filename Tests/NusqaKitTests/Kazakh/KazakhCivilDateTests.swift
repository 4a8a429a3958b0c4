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

@Test("Checked day arithmetic: a typed failure outside 0001-01-01…9999-12-31, never a trap", arguments: [
    ("2025-03-01", Int.max), ("2025-03-01", Int.min), ("9999-12-31", 1), ("0001-01-01", -1), ("2025-03-01", 3_000_000),
])
func kazakhCivilDateCheckedDaysFail(start: String, days: Int) throws {
    let date = try #require(CivilDate(iso: start))
    #expect(throws: CivilDate.OutOfRange.self) { try date.advanced(byDays: days) }
    // The clamping form is total as well.
    #expect(date.adding(days: days) == (days < 0 ? CivilDate.minimum : CivilDate.maximum))
}

@Test("Checked month arithmetic keeps the day, or the month's last day", arguments: [
    ("2025-01-31", 1, "2025-02-28"), ("2024-01-31", 1, "2024-02-29"), ("2025-08-31", 6, "2026-02-28"),
    ("2025-03-15", -3, "2024-12-15"), ("2025-03-15", 120, "2035-03-15"),
])
func kazakhCivilDateCheckedMonths(start: String, months: Int, expected: String) throws {
    let date = try #require(CivilDate(iso: start))
    #expect(try date.advanced(byMonths: months).description == expected)
}

@Test func kazakhCivilDateCheckedLimits() throws {
    #expect(try CivilDate.maximum.advanced(byDays: 0) == CivilDate.maximum)
    #expect(CivilDate.minimum.description == "0001-01-01")
    #expect(CivilDate.maximum.description == "9999-12-31")
    #expect(throws: CivilDate.OutOfRange.self) { try CivilDate.maximum.advanced(byMonths: 1) }
    #expect(throws: CivilDate.OutOfRange.self) { try CivilDate.minimum.advanced(byMonths: Int.min) }
    #expect(throws: CivilDate.OutOfRange.self) { try CivilDate.checked(year: 2025, month: 2, day: 30) }
    #expect(throws: CivilDate.OutOfRange.self) { try CivilDate.checked(year: 10_000, month: 1, day: 1) }
    #expect(try CivilDate.checked(year: 2024, month: 2, day: 29).description == "2024-02-29")
}
