import NusqaKit

/// `--as-of`, `--from`, `--to` values.
enum DateOption {
    static func parse(_ value: String?) throws(UsageError) -> CivilDate? {
        guard let value else { return nil }
        guard let date = CivilDate(iso: value) else { throw UsageError("invalid date '\(value)'; expected YYYY-MM-DD") }
        return date
    }
}
