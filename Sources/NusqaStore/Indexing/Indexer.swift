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
    let actsDirectory: String
    let reader: StoreReader
    var progress = IndexProgress()
    let report: ((IndexProgress) -> Void)?
    private let started = Date()
    /// How many texts to read before writing their rows: bounds memory.
    let batchSize = 16

    init(database: Database, actsDirectory: String, report: ((IndexProgress) -> Void)?) {
        self.database = database
        self.actsDirectory = actsDirectory
        self.reader = StoreReader(database: database, actsDirectory: actsDirectory)
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
        let names = try FileManager.default.contentsOfDirectory(atPath: actsDirectory)
        var known: [String: FileStamp] = [:]
        let rows = try database.prepare("SELECT name, size, mtime, hash FROM files").rows([]) { row in
            (row.text(0) ?? "", FileStamp(size: row.int(1), mtime: row.int(2), hash: row.int(3)))
        }
        for (name, stamp) in rows { known[name] = stamp }
        var changes = Changes()
        var listed = Set<String>()
        for name in names where !name.hasPrefix(".") {
            let path = (actsDirectory as NSString).appendingPathComponent(name)
            guard let stat = fileStat(path) else { continue }
            listed.insert(name)
            if let old = known[name], old.size == stat.size, old.mtime == stat.mtime { continue }
            let hash = FileManager.default.contents(atPath: path).map { FileStamp.hash($0) } ?? 0
            let stamp = FileStamp(size: stat.size, mtime: stat.mtime, hash: hash)
            if let old = known[name], old.hash == hash, old.size == stat.size {
                changes.touched[name] = stamp
            } else {
                changes.changed[name] = stamp
            }
        }
        changes.removed = Set(known.keys).subtracting(listed)
        return changes
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
    }

    private func reindex(_ files: Set<String>) throws {
        // Which sidecars are touched: changed sidecars, and sidecars naming a changed text.
        var sidecars = Set(files.filter { $0.hasSuffix(".json") })
        let byText = try database.prepare("SELECT sidecar FROM acts WHERE text_file = ?1")
        for name in files where !name.hasSuffix(".json") {
            for sidecar in try byText.rows([.text(name)], { $0.text(0) ?? "" }) { sidecars.insert(sidecar) }
        }
        // Pass 1: the sidecars.
        var old: [String: OldAct] = [:]
        let oldRow = try database.prepare("SELECT id, number, registration, is_amending, target FROM acts WHERE sidecar = ?1")
        for sidecar in sidecars {
            old[sidecar] = try oldRow.rows([.text(sidecar)]) {
                OldAct(id: $0.text(0), number: $0.text(1), registration: $0.text(2), isAmending: $0.int(3) != 0, target: $0.text(4))
            }.first
        }
        var keys = Set<String>()
        var present: [String: ActMetadata] = [:]
        for sidecar in sidecars.sorted() {
            let before = reader.metadata(sidecar: sidecar)
            reader.forget(sidecar)
            let after = try writeSidecar(sidecar, removing: old[sidecar])
            if let after { present[sidecar] = after }
            // Another act's reading asked by id, number, registration or documents: ask again only when one of those moved.
            guard Self.resolvesDifferently(before, after) else { continue }
            if let oldRow = old[sidecar] {
                keys.formUnion(StoreReader.keys(id: oldRow.id, number: oldRow.number, registration: oldRow.registration))
            }
            if let after { keys.formUnion(StoreReader.keys(id: after.id, number: after.number, registration: after.registration?.number)) }
        }
        // Pass 2: amending acts to read: changed ones, and those whose questions the changes may answer otherwise.
        var toRead = Set(present.filter { sidecar, metadata in metadata.kind == "amending" || old[sidecar]?.isAmending == true }.keys)
        let askers = try database.prepare("SELECT DISTINCT a.sidecar FROM lookups l JOIN acts a ON a.id = l.act WHERE l.key = ?1")
        for key in keys { for sidecar in try askers.rows([.text(key)], { $0.text(0) ?? "" }) { toRead.insert(sidecar) } }
        var families = Set(present.keys)
        for sidecar in sidecars where present[sidecar] == nil {
            if let target = old[sidecar]?.target { families.formUnion(try sidecarsOf(id: target)) }
        }
        var pending = toRead
        repeat {
            progress.totalTexts += pending.count
            if !pending.isEmpty {
                families.formUnion(try read(pending.sorted(), old: &old))
                families.formUnion(pending)
            }
            // Pass 3: the families; a text found to be amending only now is read, and its target redone.
            progress.totalTexts += families.count
            pending = try consolidate(families.sorted())
            families = []
        } while !pending.isEmpty
        if progress.totalTexts < progress.texts { progress.totalTexts = progress.texts }
    }

    /// Whether citations or approved documents could resolve differently with `after` in place of `before`.
    static func resolvesDifferently(_ before: ActMetadata?, _ after: ActMetadata?) -> Bool {
        guard let before, let after else { return before != nil || after != nil }
        return before.id != after.id || before.number != after.number || before.signed != after.signed
            || before.registration?.number != after.registration?.number || before.documents != after.documents
    }

    /// The sidecars of the act with `id`.
    func sidecarsOf(id: String) throws -> [String] {
        try database.prepare("SELECT sidecar FROM acts WHERE id = ?1").rows([.text(id)]) { $0.text(0) ?? "" }
    }

    func tick() {
        progress.seconds = Date().timeIntervalSince(started)
        report?(progress)
    }
}
