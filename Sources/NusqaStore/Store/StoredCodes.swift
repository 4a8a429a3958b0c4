import NusqaKit

/// How the store spells values as integers (сақталған кодтар): day numbers for dates, small codes for the kind,
/// status, content and operation of a version, and the rowid range of an act's versions.
///
/// The `codes` table holds every code with its name, so `sqlite3` users (and the `clause_versions` view) read names.
enum StoredCodes {
    /// The `codes.field` values and their names, in code order (a code is the name's index).
    static let fields: [(field: String, names: [String])] = [
        ("kind", ClauseKind.allCases.map(\.rawValue)),
        ("status", ["in-force", "deleted", "repealed", "not-yet-in-force"]),
        ("content", [Clause.Content.known.rawValue, Clause.Content.notInCorpus.rawValue]),
        ("operation", PatchOperation.allCases.map(\.rawValue)),
    ]

    private static let lookup: [String: [String: Int]] = Dictionary(
        uniqueKeysWithValues: fields.map { field, names in (field, Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })) })

    /// The code of `name` in `field`; -1 for a name the table lacks (never written by this build).
    static func code(_ field: String, _ name: String) -> Int { lookup[field]?[name] ?? -1 }

    /// The name of `code` in `field`, nil when out of range.
    static func name(_ field: String, _ code: Int) -> String? {
        guard let names = fields.first(where: { $0.field == field })?.names, names.indices.contains(code) else { return nil }
        return names[code]
    }

    /// The versions of the act with key `k` have rowids from `k << actShift` on: one range per act, in document order.
    static let actShift = 24
    /// The most versions one act can store.
    static let versionsPerAct = 1 << actShift

    /// The rowid range of the versions of the act with key `key`.
    static func versionRange(act key: Int) -> ClosedRange<Int> { (key << actShift)...((key << actShift) + versionsPerAct - 1) }

    private static let epoch = CivilDate(year: 1970, month: 1, day: 1) ?? .minimum

    /// A date as a day number: days since 1970-01-01 (SQLite reads it back with `date(n * 86400, 'unixepoch')`).
    static func dayNumber(_ date: CivilDate) -> Int { date.days(since: epoch) }

    /// The date of a day number.
    static func date(_ dayNumber: Int) -> CivilDate { epoch.adding(days: dayNumber) }
}
