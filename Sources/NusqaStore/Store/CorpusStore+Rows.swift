import NusqaKit

extension CorpusStore {
    /// Runs `body`, whose queries read the store, in one read transaction: one lock for all its statements.
    /// Do not update the store (``refresh(act:)``) inside it.
    public func reading<T>(_ body: () throws -> T) throws -> T { try database.reading(body) }

    /// The act `id` when its editions can be read back from its rows exactly (``ClauseVersionBuilder``'s check
    /// at indexing): its metadata and whether its text is a gap. Nil otherwise: consolidate its family instead.
    public func rowsAnswer(act id: String) -> (metadata: ActMetadata, rootIsGap: Bool)? {
        guard let sidecar = reader.sidecar(id: id), let metadata = reader.metadata(sidecar: sidecar),
            let flags = try? database.prepare("SELECT rows_exact, root_gap FROM acts WHERE sidecar = ?1").rows([.text(sidecar)], { ($0.int(0), $0.int(1)) }).first,
            flags.0 == 1
        else { return nil }
        return (metadata, flags.1 == 1)
    }

    /// The metadata of the act `id` in the corpus.
    public func metadata(id: String) -> ActMetadata? {
        reader.sidecar(id: id).flatMap { reader.metadata(sidecar: $0) }
    }

    /// The diff of the act `id` between its editions in force on `from` and on `to`, from its rows: the versions
    /// valid on either day, in document order, and the full clause of only those that differ
    /// (``EditionDiff/init(rows:oldRootIsGap:load:)``). Exact only for an act ``rowsAnswer(act:)`` accepts.
    /// - Complexity: one index range over the act's versions, then the changed versions by id.
    public func editionDiff(act id: String, from: CivilDate, to: CivilDate, oldRootIsGap: Bool) throws -> EditionDiff? {
        guard let act = actKey(id) else { return nil }
        let notInCorpus = StoredCodes.code("content", Clause.Content.notInCorpus.rawValue)
        // Every version of the act in rowid order; which are valid on either day is worked out here rather than in
        // SQL (four expressions a row there): a version is valid on a day from `valid_from` (NULL: always) until
        // before `valid_to` (NULL: still).
        let statement = try database.prepare(
            "SELECT id, clause, content = \(notInCorpus), valid_from, valid_to FROM versions WHERE id BETWEEN ?1 AND ?2 ORDER BY id")
        var versionIDs: [Int] = []
        var rows: [EditionDiff.VersionRow] = []
        let range = StoredCodes.versionRange(act: act)
        let (before, after) = (StoredCodes.dayNumber(from), StoredCodes.dayNumber(to))
        try statement.bind([.int(range.lowerBound), .int(range.upperBound)])
        while try statement.step() {
            let validFrom = statement.isNull(3) ? Int.min : statement.int(3)
            let validTo = statement.isNull(4) ? Int.max : statement.int(4)
            let inBefore = validFrom <= before && before < validTo
            let inAfter = validFrom <= after && after < validTo
            guard inBefore || inAfter else { continue }
            versionIDs.append(statement.int(0))
            rows.append(EditionDiff.VersionRow(key: statement.int(1), inBefore: inBefore, inAfter: inAfter, isGap: statement.int(2) != 0))
        }
        statement.reset()
        var failed = false
        let keyOf = try database.prepare("SELECT key FROM clause_ids WHERE clause = ?1")
        let key = { (clause: ClauseID) in (try? keyOf.rows([.text(clause.description)]) { $0.int(0) })?.first }
        let diff = EditionDiff(rows: rows, oldRootIsGap: oldRootIsGap, keyOf: key) { indexes in
            do {
                let byVersion = try flatVersions(indexes.map { versionIDs[$0] })
                var out: [Int: (id: ClauseID, clause: FlatClause)] = [:]
                for index in indexes { out[index] = byVersion[versionIDs[index]] }
                return out
            } catch {
                failed = true
                return [:]
            }
        }
        return failed ? nil : diff
    }

    /// The clause id and flat clause of each version (by `versions.id`); a version that cannot be read back is left out.
    func flatVersions(_ ids: [Int]) throws -> [Int: (id: ClauseID, clause: FlatClause)] {
        let statement = try database.prepare(
            """
            SELECT c.clause, v.kind, v.status, v.content, v.inserted, v.pending_from, v.keeps_wording, w.heading, w.text
            FROM versions v JOIN wordings w ON w.id = v.wording JOIN clause_ids c ON c.key = v.clause WHERE v.id = ?1
            """)
        var out: [Int: (id: ClauseID, clause: FlatClause)] = [:]
        for version in ids {
            _ = try statement.rows([.int(version)]) { row in
                guard let clause = row.text(0).flatMap(StoredClauseIDs.parse),
                    let kind = StoredCodes.name("kind", row.int(1)).flatMap(ClauseKind.init(rawValue:)),
                    let content = StoredCodes.name("content", row.int(3)).flatMap(Clause.Content.init(rawValue:))
                else { return }
                let status: ClauseStatus
                switch StoredCodes.name("status", row.int(2)) ?? "" {
                case "in-force": status = .inForce
                case "deleted": status = .deleted
                case "repealed": status = .repealed
                default:
                    guard !row.isNull(5) else { return }
                    status = .pending(from: StoredCodes.date(row.int(5)), keepsPreviousWording: row.int(6) != 0)
                }
                out[version] = (
                    clause,
                    FlatClause(
                        kind: kind, heading: row.isNull(7) ? nil : row.text(7), text: row.text(8) ?? "", content: content, status: status,
                        isInserted: row.int(4) != 0)
                )
            }
        }
        return out
    }

    /// The dated changes applied to the act `id` that take effect after `low` and on or before `high`, in timeline order.
    public func appliedChanges(act id: String, after low: CivilDate, through high: CivilDate) throws -> [StoredChange] {
        guard let act = actKey(id) else { return [] }
        let statement = try database.prepare(
            """
            SELECT s.id, c.instruction, coalesce(c.instruction_text, p.instruction), c.operation, t.clause, c.effective, c.estimated
            FROM changes c JOIN act_ids s ON s.key = c.source JOIN clause_ids t ON t.key = c.target
                LEFT JOIN patches p ON p.act = s.id AND p.seq = c.instruction
            WHERE c.act = ?1 AND c.effective > ?2 AND c.effective <= ?3 ORDER BY c.seq
            """)
        let values: [SQLValue] = [.int(act), .int(StoredCodes.dayNumber(low)), .int(StoredCodes.dayNumber(high))]
        return try statement.rows(values) { row -> StoredChange? in
            guard let operation = StoredCodes.name("operation", row.int(3)).flatMap(PatchOperation.init(rawValue:)),
                let target = row.text(4).flatMap({ ClauseID($0) })
            else { return nil }
            return StoredChange(
                act: row.text(0) ?? "", instruction: row.int(1), instructionText: row.text(2) ?? "", operation: operation, target: target,
                effective: EffectiveDate(StoredCodes.date(row.int(5)), estimated: row.int(6) != 0))
        }.compactMap { $0 }
    }

    /// The integer key the store gives the act `id` (`act_ids`), nil when it has none.
    func actKey(_ id: String) -> Int? {
        (try? database.prepare("SELECT key FROM act_ids WHERE id = ?1").rows([.text(id)]) { $0.int(0) })?.first
    }
}
