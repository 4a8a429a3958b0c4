import Foundation
import NusqaKit

/// Brings a store up to date with its corpus folder (индекстеу): finds the files whose content changed
/// (size and mtime first, then the content hash), and re-reads only those texts and the acts they touch.
///
/// Three passes, all in the caller's transaction:
/// 1. sidecars: the metadata of every changed act;
/// 2. amending acts: their instructions, read with a resolver that records every question it asks;
/// 3. families: each touched act with its amending acts, consolidated, written as clause versions.
final class Indexer {
    let database: Database
    let corpusDirectory: String
    let actsDirectory: String
    let reader: StoreReader
    var progress = IndexProgress()
    let report: ((IndexProgress) -> Void)?
    private let started = Date()
    /// How many texts to read before writing their rows: bounds memory.
    let batchSize = 16
    /// Pass 2's readings, kept for pass 3 up to a bound of text bytes.
    var readings = ReadingCache(budget: Indexer.readingBudget)
    /// The text bytes whose readings are kept between passes (see ``ReadingCache``).
    static let readingBudget = 256 << 20
    /// Statements prepared once per run, by their SQL.
    private var statements: [String: Statement] = [:]
    /// Act ids and clause ids already given a key in this run.
    var actKeys: [String: Int] = [:]
    var clauseKeys: [String: Int] = [:]

    /// The statement for `sql`, prepared on first use and kept for this run.
    func statement(_ sql: String) throws(SQLiteError) -> Statement {
        if let known = statements[sql] { return known }
        let prepared = try database.prepare(sql)
        statements[sql] = prepared
        return prepared
    }

    init(database: Database, corpusDirectory: String, report: ((IndexProgress) -> Void)?) {
        self.database = database
        self.corpusDirectory = corpusDirectory
        self.actsDirectory = (corpusDirectory as NSString).appendingPathComponent("acts")
        self.reader = StoreReader(database: database, corpusDirectory: corpusDirectory)
        self.report = report
    }

    /// The files under acts/ whose content differs from what the store holds.
    struct Changes {
        /// name → new stamp, for files new or changed in content.
        var changed: [String: FileStamp] = [:]
        /// name → new stamp, for files touched but unchanged in content.
        var touched: [String: FileStamp] = [:]
        /// Files the store knows that are gone.
        var removed: Set<String> = []
        var isEmpty: Bool { changed.isEmpty && touched.isEmpty && removed.isEmpty }
    }

    /// Compares the folder with the `files` table: stat every file, hash those whose size or mtime moved.
    /// - Throws: when the folder cannot be listed.
    /// - Complexity: O(files) stats, plus reading the files that moved.
    func scan() throws -> Changes {
        guard let entries = DirectoryListing.entries(of: actsDirectory) else {
            // Listed again the Foundation way for its error, which names the folder and the reason.
            _ = try FileManager.default.contentsOfDirectory(atPath: actsDirectory)
            throw CocoaError(.fileReadUnknown, userInfo: [NSFilePathErrorKey: actsDirectory])
        }
        let rows = try database.prepare("SELECT name, size, mtime, hash FROM files")
        let actsDirectory = self.actsDirectory
        return try FolderComparison.changes(
            entries,
            stored: { visit in
                try rows.bind([])
                while try rows.step() {
                    let stamp = FileStamp(size: rows.int(1), mtime: rows.int(2), hash: rows.int(3))
                    rows.withText(0) { visit($0, stamp) }
                }
                rows.reset()
            },
            contentHash: { name in
                FileManager.default.contents(atPath: (actsDirectory as NSString).appendingPathComponent(name)).map { FileStamp.hash($0) } ?? 0
            })
    }

    /// Applies `changes` to the store. Call inside a transaction.
    func apply(_ changes: Changes) throws {
        let upsertFile = try database.prepare("INSERT OR REPLACE INTO files(name, size, mtime, hash) VALUES (?1, ?2, ?3, ?4)")
        for (name, stamp) in changes.touched { try upsertFile.run([.text(name), .int(stamp.size), .int(stamp.mtime), .int(stamp.hash)]) }
        let contentChanged = Set(changes.changed.keys).union(changes.removed)
        if !contentChanged.isEmpty {
            progress.changedFiles = changes.changed.count + changes.removed.count
            try reindex(contentChanged)
        }
        for (name, stamp) in changes.changed { try upsertFile.run([.text(name), .int(stamp.size), .int(stamp.mtime), .int(stamp.hash)]) }
        let deleteFile = try database.prepare("DELETE FROM files WHERE name = ?1")
        for name in changes.removed { try deleteFile.run([.text(name)]) }
    }

    /// The old state of an act row, before this run rewrites it.
    struct OldAct {
        var id: String?
        var number: String?
        var registration: String?
        var isAmending: Bool
        var target: String?
        /// Whether it was the corpus's act for its id (loaded, and no earlier sidecar had the id).
        var wasEntry: Bool
    }

    private func reindex(_ files: Set<String>) throws {
        // Which sidecars are touched: changed sidecars, and sidecars naming a changed text.
        var sidecars = Set(files.filter { $0.hasSuffix(".json") })
        let byText = try database.prepare("SELECT sidecar FROM acts WHERE text_file = ?1")
        for name in files where !name.hasSuffix(".json") {
            for sidecar in try byText.rows([.text(name)], { $0.text(0) ?? "" }) { sidecars.insert(sidecar) }
        }
        var old: [String: OldAct] = [:]
        let oldRow = try database.prepare("SELECT id, number, registration, is_amending, target, loaded = 1 AND duplicate = 0 FROM acts WHERE sidecar = ?1")
        for sidecar in sidecars {
            old[sidecar] = try oldRow.rows([.text(sidecar)]) {
                OldAct(id: $0.text(0), number: $0.text(1), registration: $0.text(2), isAmending: $0.int(3) != 0, target: $0.text(4), wasEntry: $0.int(5) != 0)
            }.first
        }
        // Pass 1: the sidecars.
        var keys = Set<String>()
        var loaded: [String: ActMetadata] = [:]
        var ids = Set(old.values.compactMap { $0.wasEntry ? $0.id : nil })
        var families = Set<String>()
        for sidecar in sidecars.sorted() {
            let before = old[sidecar]?.wasEntry == true ? reader.metadata(sidecar: sidecar) : nil
            reader.forget(sidecar)
            let after = try writeSidecar(sidecar)
            if let after {
                loaded[sidecar] = after
                ids.insert(after.id)
                families.insert(sidecar)
            }
            if let target = old[sidecar]?.target { families.formUnion(try sidecarsOf(id: target)) }
            // Another act's reading asked by id, number, registration or documents: ask again only when one of those moved.
            if Self.resolvesDifferently(before, after) {
                if let before { keys.formUnion(StoreReader.keys(id: before.id, number: before.number, registration: before.registration?.number)) }
                if let after { keys.formUnion(StoreReader.keys(id: after.id, number: after.number, registration: after.registration?.number)) }
            }
        }
        // The first sidecar (by name) of an id is its act; a later one is left out, as loading the folder does.
        var toRead = Set(loaded.filter { sidecar, metadata in metadata.kind == .amending || old[sidecar]?.isAmending == true }.keys)
        for id in ids.sorted() {
            let change = try settle(id: id, changed: sidecars, old: old)
            guard change.oldWinner != change.newWinner else { continue }
            try forgetRows(of: id)
            for sidecar in [change.oldWinner, change.newWinner].compactMap({ $0 }) {
                if let metadata = change.metadata[sidecar] {
                    keys.formUnion(StoreReader.keys(id: metadata.id, number: metadata.number, registration: metadata.registration?.number))
                }
            }
            if let previous = change.oldWinner, !sidecars.contains(previous) {
                if let target = try database.prepare("SELECT target FROM acts WHERE sidecar = ?1").rows([.text(previous)], { $0.text(0) }).first ?? nil {
                    families.formUnion(try sidecarsOf(id: target))
                }
                try database.prepare("UPDATE acts SET is_amending = 0, target = NULL, patch_count = 0, instruction_count = 0 WHERE sidecar = ?1").run([.text(previous)])
            }
            if let winner = change.newWinner {
                families.insert(winner)
                if change.metadata[winner]?.kind == .amending { toRead.insert(winner) }
            }
        }
        // Pass 2: amending acts to read: changed ones, and those whose questions the changes may answer otherwise.
        let askers = try database.prepare("SELECT DISTINCT a.sidecar FROM lookups l JOIN acts a ON a.id = l.act WHERE l.key = ?1 AND a.loaded = 1 AND a.duplicate = 0")
        for key in keys { for sidecar in try askers.rows([.text(key)], { $0.text(0) ?? "" }) { toRead.insert(sidecar) } }
        var pending = toRead
        repeat {
            progress.totalTexts += pending.count
            if !pending.isEmpty {
                families.formUnion(try read(pending.sorted()))
                families.formUnion(pending)
            }
            // Pass 3: the families; a text found to be amending only now is read, and its target redone.
            progress.totalTexts += families.count
            pending = try consolidate(families.sorted())
            families = []
        } while !pending.isEmpty
        readings.removeAll()
        if progress.totalTexts < progress.texts { progress.totalTexts = progress.texts }
    }

    /// Which sidecar is the act for `id`, before and after pass 1, with the duplicate flags and findings set.
    private func settle(id: String, changed: Set<String>, old: [String: OldAct]) throws
        -> (oldWinner: String?, newWinner: String?, metadata: [String: ActMetadata])
    {
        let rows = try database.prepare("SELECT sidecar, duplicate, metadata FROM acts WHERE id = ?1 AND loaded = 1").rows([.text(id)]) {
            ($0.text(0) ?? "", $0.int(1) != 0, $0.blob(2))
        }
        var oldWinner = rows.first { !changed.contains($0.0) && !$0.1 }?.0
        if oldWinner == nil { oldWinner = old.first { $0.value.id == id && $0.value.wasEntry }?.key }
        let ordered = rows.map(\.0).sorted()
        let newWinner = ordered.first
        var metadata: [String: ActMetadata] = [:]
        for (sidecar, _, blob) in rows { metadata[sidecar] = try? SidecarReader.read(blob) }
        if let previous = oldWinner, metadata[previous] == nil, let before = reader.metadata(sidecar: previous) { metadata[previous] = before }
        // A sidecar whose text cannot be read but that comes after the act of its id is reported as a repeat, as loading does.
        let rejected = try database.prepare("SELECT sidecar FROM acts WHERE id = ?1 AND loaded = 0").rows([.text(id)]) { $0.text(0) ?? "" }
        for sidecar in rejected {
            try database.prepare("DELETE FROM findings WHERE sidecar = ?1 AND part = 0").run([.text(sidecar)])
            let file = (actsDirectory as NSString).appendingPathComponent(sidecar)
            if let first = newWinner, first < sidecar {
                try writeFindings([CorpusCheck.Problem(file: file, diagnostic: Corpus.duplicateID(id, firstSidecar: first))], sidecar: sidecar, part: 0)
            } else if case .rejected(_, let file, let diagnostic)? = Corpus.loadSidecar(named: sidecar, in: corpusDirectory, parse: false) {
                try writeFindings([CorpusCheck.Problem(file: file, diagnostic: diagnostic)], sidecar: sidecar, part: 0)
            }
        }
        let flag = try database.prepare("UPDATE acts SET duplicate = ?2 WHERE sidecar = ?1")
        for sidecar in ordered {
            let isDuplicate = sidecar != newWinner
            try flag.run([.text(sidecar), .int(isDuplicate ? 1 : 0)])
            try database.prepare("DELETE FROM findings WHERE sidecar = ?1 AND part = 0").run([.text(sidecar)])
            if isDuplicate, let first = newWinner {
                try database.prepare("DELETE FROM findings WHERE sidecar = ?1").run([.text(sidecar)])
                let file = (actsDirectory as NSString).appendingPathComponent(sidecar)
                try writeFindings([CorpusCheck.Problem(file: file, diagnostic: Corpus.duplicateID(id, firstSidecar: first))], sidecar: sidecar, part: 0)
            }
        }
        return (oldWinner, newWinner, metadata)
    }

    /// Whether citations or approved documents could resolve differently with `after` in place of `before`.
    static func resolvesDifferently(_ before: ActMetadata?, _ after: ActMetadata?) -> Bool {
        guard let before, let after else { return before != nil || after != nil }
        return before.id != after.id || before.number != after.number || before.signed != after.signed
            || before.registration?.number != after.registration?.number || before.documents != after.documents
    }

    /// The sidecar of the act with `id` in the corpus (none or one).
    func sidecarsOf(id: String) throws -> [String] {
        reader.sidecar(id: id).map { [$0] } ?? []
    }

    func tick() {
        progress.seconds = Date().timeIntervalSince(started)
        report?(progress)
    }
}
