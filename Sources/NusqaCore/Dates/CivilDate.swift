import Foundation

/// A calendar date (күн; дата): a proleptic Gregorian year, month and day with no time or zone.
///
/// Legal dates are civil values, so this type never goes through Foundation `Date`
/// except in ``today()``.
public struct CivilDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The year (жыл), 1...9999.
    public let year: Int
    /// The month (ай), 1...12.
    public let month: Int
    /// The day of the month (күн), 1...31.
    public let day: Int

    /// Күн (дата): creates a date, or `nil` when the day does not exist (e.g. 31 ақпан, 29 ақпан 2025).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= CivilDate.daysInMonth(year: year, month: month)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// ISO күн (дата ISO): parses exactly `YYYY-MM-DD`, e.g. "2025-10-30"; `nil` otherwise.
    ///
    /// - Complexity: O(n) in the length of `iso`.
    public init?(iso: some StringProtocol) {
        let bytes = Array(iso.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let y = CivilDate.asciiNumber(bytes[0..<4]),
              let m = CivilDate.asciiNumber(bytes[5..<7]),
              let d = CivilDate.asciiNumber(bytes[8..<10])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Кібісе жыл (високосный год): whether `year` has 29 February.
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// Айдағы күн саны (число дней в месяце): 28...31, or 0 for a month outside 1...12.
    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 1, 3, 5, 7, 8, 10, 12: return 31
        case 4, 6, 9, 11: return 30
        case 2: return isLeapYear(year) ? 29 : 28
        default: return 0
        }
    }

    /// Ерте (раньше): whether `lhs` is an earlier day than `rhs`.
    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// ISO жазба (запись ISO): "2025-10-30".
    public var description: String {
        "\(CivilDate.pad(year, 4))-\(CivilDate.pad(month, 2))-\(CivilDate.pad(day, 2))"
    }

    /// Нүктелі жазба (запись через точки): "30.10.2025", as in adilet notes.
    public var dotted: String {
        "\(CivilDate.pad(day, 2)).\(CivilDate.pad(month, 2)).\(CivilDate.pad(year, 4))"
    }

    /// The supported range (қолдау көрсетілетін аралық): 0001-01-01 through 9999-12-31.
    public static let supportedYears = 1...9999

    /// A date outside the supported range (ауқымнан тыс күн; дата вне диапазона): what a checked
    /// operation returns instead of trapping or clamping.
    public struct OutOfRange: Error, Sendable, Hashable, CustomStringConvertible {
        /// The operation that failed, e.g. "2025-03-01 + 9223372036854775807 days".
        public var operation: String
        /// Creates the failure.
        public init(_ operation: String) { self.operation = operation }
        /// "2025-03-01 + 9223372036854775807 days falls outside 0001-01-01…9999-12-31".
        public var description: String { "\(operation) falls outside 0001-01-01…9999-12-31" }
    }

    /// Тексерілген күн (проверенная дата): the date, or a typed failure when it does not exist or the
    /// year is outside ``supportedYears``.
    public static func checked(year: Int, month: Int, day: Int) throws(OutOfRange) -> CivilDate {
        guard let date = CivilDate(year: year, month: month, day: day) else { throw OutOfRange("\(year)-\(month)-\(day)") }
        return date
    }

    /// Күн қосу, тексерілген (прибавить дни с проверкой): the date `days` calendar days later (earlier when
    /// negative), or a typed failure when the result leaves the supported range. Never traps.
    public func advanced(byDays days: Int) throws(OutOfRange) -> CivilDate {
        let (sum, overflow) = dayNumber.addingReportingOverflow(days)
        guard !overflow, (CivilDate.minimumDayNumber...CivilDate.maximumDayNumber).contains(sum) else {
            throw OutOfRange("\(self) + \(days) days")
        }
        return CivilDate(dayNumber: sum)
    }

    /// Ай қосу, тексерілген (прибавить месяцы с проверкой): the same day `months` months later, the last
    /// day of the month when that month is shorter (31 қаңтар + 1 ай → 28/29 ақпан); a typed failure
    /// outside the supported range. Never traps.
    public func advanced(byMonths months: Int) throws(OutOfRange) -> CivilDate {
        let (index, overflow) = (year * 12 + month - 1).addingReportingOverflow(months)
        guard !overflow else { throw OutOfRange("\(self) + \(months) months") }
        let newYear = index >= 0 ? index / 12 : (index - 11) / 12
        let newMonth = index - newYear * 12 + 1
        guard CivilDate.supportedYears.contains(newYear) else { throw OutOfRange("\(self) + \(months) months") }
        let newDay = Swift.min(day, CivilDate.daysInMonth(year: newYear, month: newMonth))
        return try CivilDate.checked(year: newYear, month: newMonth, day: newDay)
    }

    /// Күн қосу (прибавить дни): the date `days` calendar days later (earlier when negative), clamped
    /// to the supported range 0001-01-01...9999-12-31. Total: never traps, whatever `days` is; use
    /// ``advanced(byDays:)`` where a clamped result would be wrong.
    public func adding(days: Int) -> CivilDate {
        (try? advanced(byDays: days)) ?? (days < 0 ? CivilDate.minimum : CivilDate.maximum)
    }

    /// Күндер айырмасы (разница в днях): the number of days from `other` to `self` (negative if earlier).
    public func days(since other: CivilDate) -> Int {
        dayNumber - other.dayNumber
    }

    /// The first supported day, 0001-01-01.
    public static let minimum = CivilDate(dayNumber: minimumDayNumber)
    /// The last supported day, 9999-12-31.
    public static let maximum = CivilDate(dayNumber: maximumDayNumber)
    static let minimumDayNumber = -719_162  // 0001-01-01
    static let maximumDayNumber = 2_932_896  // 9999-12-31

    /// Бүгін (сегодня): the current civil date in UTC.
    public static func today() -> CivilDate {
        let seconds = Date().timeIntervalSince1970
        let days = (seconds / 86_400).rounded(.down)
        // A clock far outside the supported range clamps rather than trapping on the conversion.
        let clamped = Swift.min(Swift.max(days, Double(minimumDayNumber)), Double(maximumDayNumber))
        return CivilDate(dayNumber: Int(clamped))
    }

    // MARK: - Day numbers (days since 1970-01-01; H. Hinnant's civil algorithms)

    var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    init(dayNumber: Int) {
        let z = Swift.min(Swift.max(dayNumber, CivilDate.minimumDayNumber), CivilDate.maximumDayNumber) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    package static func asciiNumber(_ bytes: ArraySlice<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 9 else { return nil }
        var value = 0
        for byte in bytes {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            // Checked like every number read from text (nine digits cannot overflow, but the rule is one rule).
            let (times, o1) = value.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times.addingReportingOverflow(Int(byte - UInt8(ascii: "0")))
            guard !o1, !o2 else { return nil }
            value = sum
        }
        return value
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
