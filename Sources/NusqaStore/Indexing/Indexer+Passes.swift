import Foundation
import NusqaKit

extension Indexer {
    /// Pass 1 for one sidecar: its metadata row and the problem that leaves it out, if one does.
    /// - Returns: the metadata when the act loads (a repeated id is settled afterwards).
    func writeSidecar(_ sidecar: String) throws -> ActMetadata? {
        try database.prepare("DELETE FROM findings WHERE sidecar = ?1").run([.text(sidecar)])
        let path = (actsDirectory as NSString).appendingPathComponent(sidecar)
        guard FileManager.default.fileExists(atPath: path), let load = Corpus.loadSidecar(named: sidecar, in: corpusDirectory, parse: false) else {
            try database.prepare("DELETE FROM acts WHERE sidecar = ?1").run([.text(sidecar)])
            return nil
        }
        let metadata: ActMetadata?
        var isLoaded = false
        var hasText = false
        switch load {
        case .loaded(let entry):
            metadata = entry.metadata
            isLoaded = true
            hasText = entry.textPath != nil
        case .rejected(let known, let file, let diagnostic):
            metadata = known
            try writeFindings([CorpusCheck.Problem(file: file, diagnostic: diagnostic)], sidecar: sidecar, part: 0)
        }
        let bytes = FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? []
        try database.prepare(
            """
            INSERT INTO acts(sidecar, id, kind, number, signed, registration, published, issuer, title, text_file, has_text, loaded, duplicate,
                is_amending, target, patch_count, instruction_count, metadata)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, 0, 0, NULL, 0, 0, ?13)
            ON CONFLICT(sidecar) DO UPDATE SET id = ?2, kind = ?3, number = ?4, signed = ?5, registration = ?6, published = ?7,
                issuer = ?8, title = ?9, text_file = ?10, has_text = ?11, loaded = ?12, duplicate = 0, metadata = ?13
            """
        ).run([
            .text(sidecar), .optional(metadata?.id), .optional(metadata?.kind.rawValue), .optional(metadata?.number),
            .optional(metadata?.signed?.description), .optional(metadata?.registration?.number), .optional(metadata?.published?.description),
            .optional(metadata?.issuer), .optional(metadata?.title), .optional(metadata?.text), .int(hasText ? 1 : 0), .int(isLoaded ? 1 : 0),
            .blob(bytes),
        ])
        if !isLoaded {
            try database.prepare("UPDATE acts SET is_amending = 0, target = NULL, patch_count = 0, instruction_count = 0 WHERE sidecar = ?1").run([
                .text(sidecar)
            ])
        }
        return isLoaded ? metadata : nil
    }

    /// Deletes what the store holds under an act id that no longer exists.
    func forgetRows(of id: String) throws {
        for sql in ["DELETE FROM patches WHERE act = ?1", "DELETE FROM lookups WHERE act = ?1", "DELETE FROM links WHERE source = ?1"] {
            try database.prepare(sql).run([.text(id)])
        }
        if let key = try existingActKey(id) {
            try statement("DELETE FROM changes WHERE act = ?1").run([.int(key)])
            try statement("DELETE FROM timeline_changes WHERE act = ?1").run([.int(key)])
        }
        try deleteVersions(of: id)
    }

    /// Pass 2: reads amending acts. - Returns: the sidecars of the acts they amended before and amend now.
    func read(_ sidecars: [String]) throws -> Set<String> {
        var targets = Set<String>()
        let corpusDirectory = self.corpusDirectory
        let shared = SharedStoreReader(reader)
        let entries = sidecars.filter { reader.metadata(sidecar: $0) != nil }
        for start in stride(from: 0, to: entries.count, by: batchSize) {
            let batch = Array(entries[start..<min(start + batchSize, entries.count)])
            // Parsing and reading run on every core; the rows are written here, one act at a time.
            let parsed = ParallelMap.map(batch) { sidecar -> (String, Corpus.Entry?, ReadAct?) in
                guard case .loaded(let entry)? = Corpus.loadSidecar(named: sidecar, in: corpusDirectory, parse: true) else { return (sidecar, nil, nil) }
                return (sidecar, entry, Self.readAct(entry, shared: shared))
            }
            for (sidecar, loaded, read) in parsed {
                if let previous = try database.prepare("SELECT target FROM acts WHERE sidecar = ?1").rows([.text(sidecar)], { $0.text(0) }).first,
                    let target = previous
                {
                    targets.formUnion(try sidecarsOf(id: target))
                }
                guard let entry = loaded else { continue }
                let size = entry.textPath.flatMap { fileStat($0)?.size } ?? 0
                if let target = try writeReading(sidecar: sidecar, entry: entry, read: read) {
                    let family = try sidecarsOf(id: target)
                    targets.formUnion(family)
                    if let read, let rank = family.min() { readings.keep(read.reading, sidecar: sidecar, cost: size, rank: rank) }
                }
                progress.texts += entry.act == nil ? 0 : 1
                progress.bytes += size
            }
            tick()
        }
        return targets
    }

    /// An amending act's reading with the citation questions it asked (оқылған акт).
    struct ReadAct: Sendable {
        var reading: AmendmentReading
        var lookups: [(key: String, result: String?)]
    }

    /// Reads `entry` if it is an amending act; nil otherwise. Safe to call from several threads at once.
    static func readAct(_ entry: Corpus.Entry, shared: SharedStoreReader) -> ReadAct? {
        guard let act = entry.act, act.kind == .amendingOrder else { return nil }
        let resolver = RecordingResolver(shared: shared)
        let reading = AmendmentReader.read(act, metadata: entry.metadata, resolveTarget: resolver.resolve, documentsOf: resolver.documents)
        return ReadAct(reading: reading, lookups: resolver.lookups)
    }

    /// Writes what reading one act gives: its patches, questions, links and problems. - Returns: the target id.
    /// - Parameter read: the act's reading when it was already worked out (``readAct(_:shared:)``); read here otherwise.
    func writeReading(sidecar: String, entry: Corpus.Entry, read: ReadAct? = nil) throws -> String? {
        let id = entry.metadata.id
        try forgetRows(of: id)
        try database.prepare("DELETE FROM findings WHERE sidecar = ?1 AND part = 1").run([.text(sidecar)])
        let update = try database.prepare(
            "UPDATE acts SET text_title = ?2, has_text = ?3, is_amending = ?4, target = ?5, patch_count = ?6, instruction_count = ?7 WHERE sidecar = ?1")
        guard let act = entry.act, act.kind == .amendingOrder else {
            try update.run([.text(sidecar), .optional(entry.act?.title), .int(entry.act == nil ? 0 : 1), .int(0), .null, .int(0), .int(0)])
            try writeFindings(CorpusCheck.own(entry, reading: nil), sidecar: sidecar, part: 1)
            return nil
        }
        guard let read = read ?? Self.readAct(entry, shared: SharedStoreReader(reader)) else { return nil }
        let reading = read.reading
        try update.run([
            .text(sidecar), .optional(act.title), .int(1), .int(1), .optional(reading.targetID), .int(reading.patches.count),
            .int(reading.instructionCount),
        ])
        let patch = try database.prepare(
            """
            INSERT OR REPLACE INTO patches(act, seq, target_act, operation, target_clause, effective, estimated, line, col, end_line, end_col,
                abzac_from, abzac_to, instruction) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
            """)
        for index in reading.patches.indices {
            try patch.run(Self.patchRow(reading.patches[index], act: id, sequence: index + 1, target: reading.targetID))
        }
        progress.patches += reading.patches.count
        let lookup = try database.prepare("INSERT INTO lookups(act, key, result) VALUES (?1, ?2, ?3)")
        for item in read.lookups { try lookup.run([.text(id), .text(item.key), .optional(item.result)]) }
        let link = try database.prepare("INSERT INTO links(source, target, relation) VALUES (?1, ?2, ?3)")
        if let target = reading.targetID { try link.run([.text(id), .text(target), .text("amends")]) }
        for cited in Set(read.lookups.compactMap(\.result)).subtracting([reading.targetID ?? ""]).sorted() {
            try link.run([.text(id), .text(cited), .text("cites")])
        }
        try writeFindings(CorpusCheck.own(entry, reading: reading), sidecar: sidecar, part: 1)
        return reading.targetID
    }

    /// The `patches` row of one patch.
    static func patchRow(_ item: Patch, act: String, sequence: Int, target: String?) -> [SQLValue] {
        var effective = SQLValue.null
        var estimated = 0
        if let date = item.effective {
            effective = .text(date.date.description)
            estimated = date.isEstimated ? 1 : 0
        }
        return [
            .text(act), .int(sequence), .optional(target), .text(item.operation.rawValue), .text(item.target.description), effective,
            .int(estimated), .int(item.span.start.line), .int(item.span.start.column), .int(item.span.end.line), .int(item.span.end.column),
            .int(item.abzacs.lowerBound), .int(item.abzacs.upperBound), .text(item.instruction),
        ]
    }

    /// Pass 3: consolidates each family. - Returns: sidecars whose text turned out to be an unread amending act.
    func consolidate(_ sidecars: [String]) throws -> Set<String> {
        // Plan: one job per act; an amending act without amending acts of its own rides with its target's job.
        let rows = try database.prepare("SELECT id, is_amending FROM acts WHERE sidecar = ?1 AND \(StoreReader.isEntry)")
        let amendersOf = try database.prepare("SELECT sidecar, id FROM acts WHERE target = ?1 AND is_amending = 1 AND \(StoreReader.isEntry) ORDER BY sidecar")
        let hasAmenders = try database.prepare("SELECT 1 FROM acts WHERE target = ?1 AND is_amending = 1 AND \(StoreReader.isEntry) LIMIT 1")
        let citedBy = try database.prepare("SELECT DISTINCT result FROM lookups WHERE act = ?1 AND result IS NOT NULL")
        var info: [String: (id: String, isAmending: Bool)] = [:]
        for sidecar in sidecars {
            if let row = try rows.rows([.text(sidecar)], { ($0.text(0) ?? "", $0.int(1) != 0) }).first { info[sidecar] = row }
        }
        guard !info.isEmpty else { return [] }
        // Read on the first publisher's note that names a number, from a job's thread: the jobs run while this
        // thread waits, so the connection is used by one thread at a time (the index's lock orders the jobs).
        let numberRows = try database.prepare("SELECT id, kind, number, signed FROM acts WHERE \(StoreReader.isEntry) AND number IS NOT NULL")
        let numbers = NumberIndex {
            try numberRows.rows([]) {
                ActMetadata(
                    id: $0.text(0) ?? "", kind: ActMetadata.Kind(rawValue: $0.text(1) ?? "") ?? .other, number: $0.text(2),
                    signed: $0.text(3).flatMap { CivilDate(iso: $0) })
            }
        }
        var covered = Set<String>()
        var jobs: [FamilyJob] = []
        let ordered = info.keys.sorted { (info[$0]?.isAmending == true ? 1 : 0, $0) < (info[$1]?.isAmending == true ? 1 : 0, $1) }
        for sidecar in ordered where !covered.contains(sidecar) {
            guard let (id, isAmending) = info[sidecar] else { continue }
            covered.insert(sidecar)
            var amenders: [String] = []
            var cited: [Corpus.Entry] = []
            var alsoFor = Set<String>()
            for (amender, amenderID) in try amendersOf.rows([.text(id)], { ($0.text(0) ?? "", $0.text(1) ?? "") }) {
                amenders.append(amender)
                for result in try citedBy.rows([.text(amenderID)], { $0.text(0) ?? "" }) {
                    for citedSidecar in try sidecarsOf(id: result) { if let entry = reader.entry(sidecar: citedSidecar) { cited.append(entry) } }
                }
                if info[amender] != nil, !covered.contains(amender), try hasAmenders.rows([.text(amenderID)], { _ in 1 }).isEmpty {
                    alsoFor.insert(amenderID)
                    covered.insert(amender)
                }
            }
            var known: [String: AmendmentReading] = [:]
            for name in [sidecar] + amenders { if let reading = readings.take(name) { known[name] = reading } }
            jobs.append(
                FamilyJob(
                    corpusDirectory: corpusDirectory, targetSidecar: sidecar, amenders: amenders, cited: cited, alsoFor: alsoFor,
                    targetIsReadAmending: isAmending, numbers: numbers, readings: known))
        }
        var unread = Set<String>()
        for start in stride(from: 0, to: jobs.count, by: batchSize) {
            let results = ParallelMap.map(Array(jobs[start..<min(start + batchSize, jobs.count)])) { $0.run() }
            if let failure = numbers.failure { throw failure }
            for result in results.joined() {
                try writeFamilyResult(result)
                if result.isUnreadAmending { unread.insert(result.sidecar) }
                progress.texts += result.texts
                progress.bytes += result.bytes
            }
            tick()
        }
        return unread
    }

    /// Writes one act's clause versions, its applied changes and its timeline problems.
    func writeFamilyResult(_ result: FamilyJob.Result) throws {
        try deleteVersions(of: result.id)
        let act = try actKey(result.id)
        guard result.versions.count <= StoredCodes.versionsPerAct else {
            throw SQLiteError(code: 1, message: "\(result.id) has more than \(StoredCodes.versionsPerAct) clause versions")
        }
        let insert = try statement(
            """
            INSERT INTO versions(id, clause, occurrence, ord, valid_from, valid_to, estimated, kind, status, content, inserted,
                pending_from, keeps_wording, wording, amended_by, operation)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)
            """)
        // Rowids follow document order (ties keep the timeline's order), so an act's edition is a rowid range scan.
        let ordered = result.versions.indices.sorted {
            let (left, right) = (result.versions[$0], result.versions[$1])
            return (left.order, left.occurrence, $0) < (right.order, right.occurrence, $1)
        }
        let first = StoredCodes.versionRange(act: act).lowerBound
        var wordings: [ChangeCodec.Wording: Int] = [:]
        for (place, index) in ordered.enumerated() {
            let version = result.versions[index]
            var amendedBy = SQLValue.null
            var operation = SQLValue.null
            if let provenance = version.provenance {
                amendedBy = .int(try actKey(provenance.act))
                operation = .int(StoredCodes.code("operation", provenance.operation.rawValue))
            }
            let from: SQLValue = version.validFrom.map { .int(StoredCodes.dayNumber($0)) } ?? .null
            let to: SQLValue = version.validTo.map { .int(StoredCodes.dayNumber($0)) } ?? .null
            var pendingFrom = SQLValue.null
            var keepsWording = 0
            if case .pending(let day, let keeps) = version.flat.status {
                pendingFrom = .int(StoredCodes.dayNumber(day))
                keepsWording = keeps ? 1 : 0
            }
            let wording = try wordingID(heading: version.flat.heading, text: version.flat.text)
            wordings[ChangeCodec.Wording(heading: version.flat.heading, text: version.flat.text)] = wording
            try insert.run([
                .int(first + place), .int(try clauseKey(version.clause)), .int(version.occurrence), .int(version.order), from, to,
                .int(version.isEstimated ? 1 : 0), .int(StoredCodes.code("kind", version.flat.kind.rawValue)),
                .int(StoredCodes.code("status", version.statusName)), .int(StoredCodes.code("content", version.flat.content.rawValue)),
                .int(version.flat.isInserted ? 1 : 0), pendingFrom, .int(keepsWording), .int(wording), amendedBy, operation,
            ])
        }
        try statement("UPDATE acts SET rows_exact = ?2, root_gap = ?3 WHERE sidecar = ?1").run([
            .text(result.sidecar), .int(result.isExact ? 1 : 0), .int(result.rootIsGap ? 1 : 0),
        ])
        try statement("DELETE FROM changes WHERE act = ?1").run([.int(act)])
        let change = try statement(
            """
            INSERT INTO changes(act, seq, source, instruction, operation, target, effective, estimated, instruction_text)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
            """)
        let stored = try statement("SELECT instruction FROM patches WHERE act = ?1 AND seq = ?2")
        for (index, item) in result.changes.enumerated() {
            guard let effective = item.effective else { continue }
            let known = try stored.rows([.text(item.act), .int(item.patch.sequence)]) { $0.text(0) }.first ?? nil
            try change.run([
                .int(act), .int(index + 1), .int(try actKey(item.act)), .int(item.patch.sequence),
                .int(StoredCodes.code("operation", item.patch.operation.rawValue)), .int(try clauseKey(item.target)),
                .int(StoredCodes.dayNumber(effective.date)), .int(effective.isEstimated ? 1 : 0),
                known == item.patch.instruction ? .null : .text(item.patch.instruction),
            ])
        }
        try writeTimelineChanges(result.inputs, act: act, wordings: wordings)
        progress.clauseVersions += result.versions.count
        try statement("DELETE FROM findings WHERE sidecar = ?1 AND part = 2").run([.text(result.sidecar)])
        try writeFindings(result.timelineProblems, sidecar: result.sidecar, part: 2)
        if let own = result.own {
            try statement("DELETE FROM findings WHERE sidecar = ?1 AND part = 1").run([.text(result.sidecar)])
            try writeFindings(own, sidecar: result.sidecar, part: 1)
            try statement("UPDATE acts SET text_title = ?2, has_text = ?3 WHERE sidecar = ?1").run([
                .text(result.sidecar), .optional(result.textTitle), .int(result.hasText ? 1 : 0),
            ])
        }
    }

    /// Writes the changes aimed at an act (``ChangeCodec``), naming the wordings of its versions and the stored
    /// instructions rather than repeating them.
    func writeTimelineChanges(_ changes: [Change], act: Int, wordings: [ChangeCodec.Wording: Int]) throws {
        let patches = try statement("SELECT seq, instruction FROM patches WHERE act = ?1")
        var instructions: [String: [Int: String]] = [:]
        let references = ChangeCodec.References(wordings: wordings) { amending, sequence in
            if instructions[amending] == nil {
                var found: [Int: String] = [:]
                for (seq, text) in (try? patches.rows([.text(amending)], { ($0.int(0), $0.text(1) ?? "") })) ?? [] { found[seq] = text }
                instructions[amending] = found
            }
            return instructions[amending]?[sequence]
        }
        let bytes = ChangeCodec.encode(changes, references: references)
        try statement("INSERT OR REPLACE INTO timeline_changes(act, changes) VALUES (?1, ?2)").run([.int(act), .blob(bytes)])
    }

    /// Writes problems; a file under acts/ is stored relative to it, so the store answers for any spelling of the folder.
    func writeFindings(_ problems: [CorpusCheck.Problem], sidecar: String, part: Int) throws {
        let insert = try database.prepare(
            """
            INSERT OR REPLACE INTO findings(sidecar, part, seq, file, in_acts, severity, code, message, line, col, with_location)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
            """)
        let prefix = actsDirectory + "/"
        for (index, problem) in problems.enumerated() {
            let inActs = problem.file.hasPrefix(prefix)
            let file = inActs ? String(problem.file.dropFirst(prefix.count)) : problem.file
            let location = problem.diagnostic.location
            try insert.run([
                .text(sidecar), .int(part), .int(index), .text(file), .int(inActs ? 1 : 0), .text(problem.diagnostic.severity.rawValue),
                .text(problem.diagnostic.code), .text(problem.diagnostic.message), location.map { .int($0.line) } ?? .null,
                location.map { .int($0.column) } ?? .null, .int(problem.withLocation ? 1 : 0),
            ])
        }
    }

    /// Deletes an act's versions, and the wordings no other version uses.
    func deleteVersions(of id: String) throws {
        guard let act = try existingActKey(id) else { return }
        let range = StoredCodes.versionRange(act: act)
        let bounds: [SQLValue] = [.int(range.lowerBound), .int(range.upperBound)]
        let wordings = try statement("SELECT DISTINCT wording FROM versions WHERE id BETWEEN ?1 AND ?2").rows(bounds) { $0.int(0) }
        try statement("DELETE FROM versions WHERE id BETWEEN ?1 AND ?2").run(bounds)
        let orphan = try statement("DELETE FROM wordings WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM versions WHERE wording = ?1)")
        for wording in wordings { try orphan.run([.int(wording)]) }
    }

    /// The id of the wording with this heading and text, added when new: each distinct wording is stored (and
    /// indexed for search) once, however many versions and acts share it.
    func wordingID(heading: String?, text: String) throws -> Int {
        var bytes = Array((heading ?? "").utf8)
        bytes.append(heading == nil ? 0 : 1)
        bytes += text.utf8
        // Folded to 32 bits (4 bytes a row and an index entry); rows with an equal hash are told apart by their text.
        let full = FileStamp.hash(bytes)
        let hash = Int(Int32(truncatingIfNeeded: full ^ (full >> 32)))
        let candidates = try statement("SELECT id, heading, text FROM wordings WHERE hash = ?1").rows([.int(hash)]) {
            ($0.int(0), $0.isNull(1) ? nil : $0.text(1), $0.text(2) ?? "")
        }
        if let found = candidates.first(where: { $0.1 == heading && $0.2 == text }) { return found.0 }
        try statement("INSERT INTO wordings(hash, heading, text) VALUES (?1, ?2, ?3)").run([.int(hash), .optional(heading), .text(text)])
        return Int(database.lastInsertRowID)
    }
}
