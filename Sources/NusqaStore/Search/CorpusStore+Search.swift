import NusqaKit

extension CorpusStore {
    /// The clause versions in force on `date` whose text or heading matches `query` (іздеу), in act id order and,
    /// within an act, in document order (`versions.id`: the act's rowid range follows `ord`, `occurrence`).
    ///
    /// Two plans give the same list. A query matching many wordings walks the versions in that order (act ids
    /// through their unique index, each act's versions by rowid) and stops at `limit`, with the matching wordings
    /// as a set: no sort, and only the first `limit` matches are read back with their snippets. A query matching
    /// few wordings, or one the walk does not satisfy within a budget of rows, takes every version of the matching
    /// wordings from the `versions_wording` index alone, sorts their ids by act id and rowid, and reads the dates
    /// of only as many as the page needs. `act` is always walked: its versions are one range.
    /// - Parameters:
    ///   - act: only this act (an id).
    ///   - limit: at most this many.
    /// - Complexity: the FTS5 lookup of the matching wordings, then O(rows walked) or O(their versions · log).
    public func search(_ query: SearchQuery, asOf date: CivilDate, act: String? = nil, limit: Int = 100) throws -> [SearchMatch] {
        try search(query, asOf: date, act: act, limit: limit, plan: .automatic).matches
    }

    /// ``search(_:asOf:act:limit:)`` by `plan`. - Returns: the matches and, when the walk gave them, the rows it read.
    func search(_ query: SearchQuery, asOf date: CivilDate, act: String?, limit: Int, plan: SearchPlan) throws -> (matches: [SearchMatch], rowsWalked: Int?) {
        guard !query.isEmpty, limit > 0 else { return ([], nil) }
        return try database.reading {
            var range: ClosedRange<Int>?
            if let act {
                guard let key = actKey(act) else { return ([], nil) }
                range = StoredCodes.versionRange(act: key)
            }
            let day = StoredCodes.dayNumber(date)
            let matching = WordingSet(
                try database.prepare("SELECT rowid FROM clause_text WHERE clause_text MATCH ?1").rows([.text(query.expression)]) { $0.int(0) })
            guard !matching.isEmpty else { return ([], nil) }
            var walks = plan == .walk
            var budget = Int.max
            if plan == .automatic {
                // The cheap count: fewer matching wordings than asked-for matches will not fill the page early.
                walks = range != nil || matching.count >= limit
                if range == nil { budget = max(Self.walkFloor, Self.walkRowsPerWording * matching.count) }
            }
            if walks, let (versions, rows) = try walk(matching, day: day, range: range, limit: limit, budget: budget) {
                return (try read(versions, query: query), rows)
            }
            return (try read(try joinAndSort(query, day: day, range: range, limit: limit), query: query), nil)
        }
    }

    /// Rows the walk may read per matching wording before the join is cheaper (the join reads about one
    /// index entry and 1.6 versions per wording, several times a walked row's cost), and at least this many.
    static let walkRowsPerWording = 8
    static let walkFloor = 4096

    /// The first `limit` versions valid on `day` whose wording is in `matching`, in act id and document order;
    /// nil when `budget` rows are read first. - Returns: the versions' ids and how many rows were read.
    private func walk(_ matching: WordingSet, day: Int, range: ClosedRange<Int>?, limit: Int, budget: Int) throws -> ([Int], Int)? {
        let statement: Statement
        if let range {
            statement = try database.prepare("SELECT id, wording, valid_from, valid_to FROM versions WHERE id BETWEEN ?1 AND ?2 ORDER BY id")
            try statement.bind([.int(range.lowerBound), .int(range.upperBound)])
        } else {
            statement = try database.prepare(
                """
                SELECT v.id, v.wording, v.valid_from, v.valid_to
                FROM act_ids a JOIN versions v ON v.id BETWEEN a.key << \(StoredCodes.actShift) AND (a.key << \(StoredCodes.actShift)) + \(StoredCodes.versionsPerAct - 1)
                ORDER BY a.id, v.id
                """)
            try statement.bind([])
        }
        defer { statement.reset() }
        var found: [Int] = []
        var rows = 0
        while try statement.step() {
            rows += 1
            if rows > budget { return nil }
            guard matching.contains(statement.int(1)),
                statement.isNull(2) || statement.int(2) <= day,
                statement.isNull(3) || statement.int(3) > day
            else { continue }
            found.append(statement.int(0))
            if found.count == limit { break }
        }
        return (found, rows)
    }

    /// The matches of `versions` (ids, in order), each with its snippet.
    private func read(_ versions: [Int], query: SearchQuery) throws -> [SearchMatch] {
        let row = try database.prepare(
            """
            SELECT a.id, c.clause, v.valid_from, v.valid_to, v.estimated, v.status, v.wording
            FROM versions v JOIN act_ids a ON a.key = v.id >> \(StoredCodes.actShift) JOIN clause_ids c ON c.key = v.clause WHERE v.id = ?1
            """)
        var out: [(match: SearchMatch, wording: Int)] = []
        for id in versions {
            out += try row.rows([.int(id)]) { (Self.match($0), $0.int(6)) }
        }
        // One FTS5 pass for the snippets (a prefix query's lookup costs the same for one row as for all of them),
        // over the wordings found only; `+rowid` keeps the list a filter, not one FTS5 lookup per id.
        let wordings = Set(out.map(\.wording))
        guard let low = wordings.min(), let high = wordings.max() else { return [] }
        let list = wordings.sorted().map(String.init).joined(separator: ",")
        var snippets: [Int: String] = [:]
        for (wording, snippet) in try database.prepare(
            """
            SELECT rowid, snippet(clause_text, -1, '[', ']', '…', 16) FROM clause_text
            WHERE clause_text MATCH ?1 AND rowid BETWEEN ?2 AND ?3 AND +rowid IN (\(list))
            """
        ).rows([.text(query.expression), .int(low), .int(high)], { ($0.int(0), $0.text(1) ?? "") }) {
            snippets[wording] = snippet
        }
        return out.map { found in
            var match = found.match
            match.snippet = snippets[found.wording] ?? ""
            return match
        }
    }

    /// The first `limit` versions valid on `day` among every version of every matching wording, in act id and
    /// document order: the versions' ids from the `versions_wording` index alone (no table row, no snippet), grouped
    /// by act; the acts in id order, each one's candidates in rowid order, their dates read until the page is full.
    private func joinAndSort(_ query: SearchQuery, day: Int, range: ClosedRange<Int>?, limit: Int) throws -> [Int] {
        let inAct = range.map { " AND v.id BETWEEN \($0.lowerBound) AND \($0.upperBound)" } ?? ""
        let ids = try database.prepare("SELECT v.id FROM clause_text JOIN versions v ON v.wording = clause_text.rowid WHERE clause_text MATCH ?1\(inAct)")
            .rows([.text(query.expression)]) { $0.int(0) }
        var byAct: [Int: [Int]] = [:]
        for id in ids { byAct[id >> StoredCodes.actShift, default: []].append(id) }
        // Act keys are not in act id order: the acts in id order (the unique index, keys only), those with
        // candidates taken in rowid order, until the page is full.
        let dates = try database.prepare("SELECT valid_from IS NULL OR valid_from <= ?2, valid_to IS NULL OR valid_to > ?2 FROM versions WHERE id = ?1")
        let acts = try database.prepare("SELECT key FROM act_ids ORDER BY id")
        try acts.bind([])
        defer { acts.reset() }
        var found: [Int] = []
        var actsLeft = byAct.count
        while found.count < limit, actsLeft > 0, try acts.step() {
            guard let candidates = byAct[acts.int(0)] else { continue }
            actsLeft -= 1
            for id in candidates.sorted() where found.count < limit {
                if try dates.rows([.int(id), .int(day)], { $0.int(0) != 0 && $0.int(1) != 0 }).first == true { found.append(id) }
            }
        }
        return found
    }

    /// A match, its snippet still empty, from a row whose columns 0…5 are act id, clause id, valid from, valid to,
    /// estimated, status.
    private static func match(_ row: Statement) -> SearchMatch {
        let day = { (column: Int32) in row.isNull(column) ? nil : StoredCodes.date(row.int(column)).description }
        let clause = row.text(1) ?? ""
        return SearchMatch(
            act: row.text(0) ?? "", clause: clause, reading: ClauseID(clause)?.kazakhReference ?? clause, snippet: "",
            validFrom: day(2), validTo: day(3), isEstimated: row.int(4) != 0, status: StoredCodes.name("status", row.int(5)) ?? "")
    }
}
