import NusqaKit

/// One clause version a search found (табылған бірлік): where it is, when it was in force, and the matching words.
public struct SearchMatch: Sendable, Hashable {
    /// The act's corpus id.
    public var act: String
    /// The clause id.
    public var clause: String
    /// The Kazakh reading of the clause id ("2-тармақтың 11) тармақшасы").
    public var reading: String
    /// The clause text around the match, matched words in [brackets].
    public var snippet: String
    /// The first day of this wording; nil: from the text before any change in the corpus.
    public var validFrom: String?
    /// The first day of the next wording; nil: still in force.
    public var validTo: String?
    /// Whether a date is estimated.
    public var isEstimated: Bool
    /// `in-force`, `deleted`, `repealed`, `not-yet-in-force`.
    public var status: String
}

extension CorpusStore {
    /// The clause versions in force on `date` whose text or heading matches `query`, in act and document order.
    /// - Parameters:
    ///   - act: only this act (an id).
    ///   - limit: at most this many.
    /// - Complexity: an FTS5 index lookup, then O(matches).
    public func search(_ query: SearchQuery, asOf date: CivilDate, act: String? = nil, limit: Int = 100) throws -> [SearchMatch] {
        guard !query.isEmpty else { return [] }
        var sql = """
            SELECT a.id, c.clause, snippet(clause_text, -1, '[', ']', '…', 16), v.valid_from, v.valid_to, v.estimated, v.status
            FROM clause_text JOIN versions v ON v.wording = clause_text.rowid JOIN act_ids a ON a.key = v.id >> \(StoredCodes.actShift)
                JOIN clause_ids c ON c.key = v.clause
            WHERE clause_text MATCH ?1 AND (v.valid_from IS NULL OR v.valid_from <= ?2) AND (v.valid_to IS NULL OR v.valid_to > ?2)
            """
        var values: [SQLValue] = [.text(query.expression), .int(StoredCodes.dayNumber(date))]
        if let act {
            guard let key = actKey(act) else { return [] }
            let range = StoredCodes.versionRange(act: key)
            sql += " AND v.id BETWEEN ?3 AND ?4"
            values += [.int(range.lowerBound), .int(range.upperBound)]
        }
        sql += " ORDER BY a.id, v.ord, v.occurrence LIMIT \(max(0, limit))"
        let day = { (row: Statement, column: Int32) in row.isNull(column) ? nil : StoredCodes.date(row.int(column)).description }
        return try database.prepare(sql).rows(values) { row in
            let clause = row.text(1) ?? ""
            return SearchMatch(
                act: row.text(0) ?? "", clause: clause, reading: ClauseID(clause)?.kazakhReference ?? clause, snippet: row.text(2) ?? "",
                validFrom: day(row, 3), validTo: day(row, 4), isEstimated: row.int(5) != 0, status: StoredCodes.name("status", row.int(6)) ?? "")
        }
    }
}
