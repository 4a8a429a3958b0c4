import NusqaKit

extension CorpusStore {
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
        let valid = { (day: String) in "(valid_from IS NULL OR valid_from <= \(day)) AND (valid_to IS NULL OR valid_to > \(day))" }
        let statement = try database.prepare(
            """
            SELECT id, clause, content = 'not-in-corpus', \(valid("?2")), \(valid("?3")) FROM versions
            WHERE act = ?1 AND ((\(valid("?2"))) OR (\(valid("?3")))) ORDER BY ord, occurrence
            """)
        var versionIDs: [Int] = []
        let rows = try statement.rows([.text(id), .text(from.description), .text(to.description)]) { row -> EditionDiff.VersionRow in
            versionIDs.append(row.int(0))
            return EditionDiff.VersionRow(key: row.text(1) ?? "", inBefore: row.int(3) != 0, inAfter: row.int(4) != 0, isGap: row.int(2) != 0)
        }
        var failed = false
        let diff = EditionDiff(rows: rows, oldRootIsGap: oldRootIsGap) { indexes in
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
            SELECT v.clause, v.kind, v.status, v.content, v.inserted, v.pending_from, v.keeps_wording, w.heading, w.text
            FROM versions v JOIN wordings w ON w.id = v.wording WHERE v.id = ?1
            """)
        var out: [Int: (id: ClauseID, clause: FlatClause)] = [:]
        for version in ids {
            _ = try statement.rows([.int(version)]) { row in
                guard let clause = row.text(0).flatMap(StoredClauseIDs.parse), let kind = row.text(1).flatMap(ClauseKind.init(rawValue:)),
                    let content = row.text(3).flatMap(Clause.Content.init(rawValue:))
                else { return }
                let status: ClauseStatus
                switch row.text(2) ?? "" {
                case "in-force": status = .inForce
                case "deleted": status = .deleted
                case "repealed": status = .repealed
                default:
                    guard let day = row.text(5).flatMap({ CivilDate(iso: $0) }) else { return }
                    status = .pending(from: day, keepsPreviousWording: row.int(6) != 0)
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
        let statement = try database.prepare(
            """
            SELECT c.source, c.instruction, coalesce(c.instruction_text, p.instruction), c.operation, c.target, c.effective, c.estimated
            FROM changes c LEFT JOIN patches p ON p.act = c.source AND p.seq = c.instruction
            WHERE c.act = ?1 AND c.effective > ?2 AND c.effective <= ?3 ORDER BY c.seq
            """)
        return try statement.rows([.text(id), .text(low.description), .text(high.description)]) { row -> StoredChange? in
            guard let operation = row.text(3).flatMap(PatchOperation.init(rawValue:)), let target = row.text(4).flatMap({ ClauseID($0) }),
                let day = row.text(5).flatMap({ CivilDate(iso: $0) })
            else { return nil }
            return StoredChange(
                act: row.text(0) ?? "", instruction: row.int(1), instructionText: row.text(2) ?? "", operation: operation, target: target,
                effective: EffectiveDate(day, estimated: row.int(6) != 0))
        }.compactMap { $0 }
    }
}
