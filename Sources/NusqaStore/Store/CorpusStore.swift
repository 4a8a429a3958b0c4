import CSQLite
import Foundation
import NusqaKit

/// The corpus store (корпус қоймасы): one SQLite file per corpus holding acts, links, patches, findings and
/// clause versions, kept current with the corpus folder without being asked.
///
/// ``open(corpus:at:rebuild:progress:message:)`` checks the folder (size and mtime, then content hash), re-reads
/// only what changed, and rebuilds a store that is damaged, foreign or of another schema with a one-line message.
public final class CorpusStore {
    /// The store file.
    public let path: String
    /// The corpus's `acts/` folder, spelled as the caller gave the corpus folder.
    public let actsDirectory: String
    /// What the last update did; nil when nothing had changed.
    public private(set) var lastUpdate: IndexProgress?
    let database: Database
    let reader: StoreReader

    /// The corpus folder, spelled as the caller gave it.
    public let corpusDirectory: String

    private init(path: String, corpusDirectory: String, database: Database) {
        self.path = path
        self.corpusDirectory = corpusDirectory
        self.actsDirectory = (corpusDirectory as NSString).appendingPathComponent("acts")
        self.database = database
        self.reader = StoreReader(database: database, corpusDirectory: corpusDirectory)
    }

    /// Why a store file cannot be used as it is.
    enum Unusable: Error {
        case missing
        case damaged(String)
        case foreign
        case newer(Int)
        case older(Int)
        case otherProgram

        var message: String {
            switch self {
            case .missing: "does not exist"
            case .damaged(let reason): "is damaged (\(reason))"
            case .foreign: "is not a nusqa store"
            case .newer(let version): "was written by a newer nusqa (schema \(version), this one reads \(StoreSchema.version))"
            case .older(let version): "has an older schema (\(version), now \(StoreSchema.version))"
            case .otherProgram: "was written by another build of nusqa"
            }
        }
    }

    /// Opens the store of the corpus at `corpusDirectory`, bringing it up to date.
    /// - Parameters:
    ///   - rebuild: build it from nothing even when it is current.
    ///   - freshness: how much of the folder to check (``Freshness``); every file by default.
    ///   - progress: called as indexing goes (for a progress bar).
    ///   - message: receives one line when a store is rebuilt because it could not be used.
    /// - Throws: ``SQLiteError`` when no store can be written at `path`; an error when the corpus folder cannot be listed.
    public static func open(
        corpus corpusDirectory: String, at path: String, rebuild: Bool = false, freshness: Freshness = .everyFile, progress: ((IndexProgress) -> Void)? = nil,
        message: (String) -> Void = { _ in }
    ) throws -> CorpusStore {
        guard !rebuild else { return try build(path: path, corpusDirectory: corpusDirectory, progress: progress) }
        do {
            let store = try openExisting(path: path, corpusDirectory: corpusDirectory)
            try store.update(progress: progress, freshness: freshness)
            return store
        } catch let unusable as Unusable {
            switch unusable {
            case .missing, .otherProgram: break  // built quietly: there is nothing a person must know
            default: message("nusqa: the store \(path) \(unusable.message); rebuilding it")
            }
        } catch let error as SQLiteError {
            message("nusqa: the store \(path) is damaged (\(error.message)); rebuilding it")
        }
        return try build(path: path, corpusDirectory: corpusDirectory, progress: progress)
    }

    /// Opens the store when it is usable and, by the `acts/` folder's mtime (``Freshness/folder``), current: nothing
    /// to index, so no parsing and no deep stack. Nil when ``open(corpus:at:rebuild:freshness:progress:message:)`` has
    /// work to do (or a message to give).
    public static func openIfCurrent(corpus corpusDirectory: String, at path: String) -> CorpusStore? {
        guard let store = try? openExisting(path: path, corpusDirectory: corpusDirectory), let folder = store.folderStamp(),
            (try? store.storedFolderStamp()) == folder
        else { return nil }
        return store
    }

    private static func openExisting(path: String, corpusDirectory: String) throws -> CorpusStore {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw Unusable.missing }
        let header = (try? handle.read(upToCount: 100)) ?? Data()
        try? handle.close()
        guard header.count >= 100 else { throw Unusable.damaged(header.isEmpty ? "empty file" : "truncated header") }
        guard header.prefix(16) == Data("SQLite format 3\0".utf8) else { throw Unusable.foreign }
        let database = try Database(path: path, create: false)
        try configure(database)
        let application = try database.integer("PRAGMA application_id") ?? 0
        let version = try database.integer("PRAGMA user_version") ?? 0
        guard application == Int(StoreSchema.applicationID) else { throw Unusable.foreign }
        if version > StoreSchema.version { throw Unusable.newer(version) }
        if version < StoreSchema.version { throw Unusable.older(version) }
        // A file shorter than the page count its header records lost its tail (a truncated copy, a full disk).
        let pageSize = Int(header[16]) << 8 | Int(header[17])
        let pages = header[28..<32].reduce(0) { $0 << 8 | Int($1) }
        let size = fileStat(path)?.size ?? 0
        if pages > 0, (pageSize == 1 ? 65536 : pageSize) * pages > size {
            throw Unusable.damaged("truncated: \(size) of \((pageSize == 1 ? 65536 : pageSize) * pages) bytes")
        }
        try database.reading {
            let program = try database.prepare("SELECT value FROM meta WHERE key = 'program'").rows([]) { $0.text(0) }.first ?? nil
            guard program == StoreSchema.program else { throw Unusable.otherProgram }
            // Every table is there and its first page reads: one statement for all of them.
            let tables = [
                "files", "acts", "links", "lookups", "patches", "findings", "act_ids", "clause_ids", "codes", "versions", "wordings", "changes",
                "timeline_changes",
            ]
            _ = try database.integer("SELECT " + tables.map { "(SELECT count(*) FROM (SELECT 1 FROM \($0) LIMIT 1))" }.joined(separator: ", "))
        }
        return CorpusStore(path: path, corpusDirectory: corpusDirectory, database: database)
    }

    private static func configure(_ database: Database) throws(SQLiteError) {
        try database.execute("PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = OFF; PRAGMA cache_size = -32000")
    }

    /// Builds a store from nothing into a temporary file, then renames it over `path`: a store being built
    /// never replaces a usable one until it is complete.
    private static func build(path: String, corpusDirectory: String, progress: ((IndexProgress) -> Void)?) throws -> CorpusStore {
        // The folder must be readable before anything is written.
        _ = try FileManager.default.contentsOfDirectory(atPath: (corpusDirectory as NSString).appendingPathComponent("acts"))
        let folder = folderStamp((corpusDirectory as NSString).appendingPathComponent("acts"))
        let temporary = path + ".new-\(getpid())-\(UUID().uuidString.prefix(8))"
        for stale in [temporary, temporary + "-journal"] { try? FileManager.default.removeItem(atPath: stale) }
        var summary: IndexProgress
        do {
            let database = try Database(path: temporary)
            try database.execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA page_size = 4096")
            try database.execute(StoreSchema.tables)
            try Indexer.writeCodes(database)
            try database.prepare("INSERT INTO meta(key, value) VALUES ('program', ?1)").run([.text(StoreSchema.program)])
            if let folder { try database.prepare("INSERT INTO meta(key, value) VALUES ('folder', ?1)").run([.text(folder)]) }
            let indexer = Indexer(database: database, corpusDirectory: corpusDirectory, report: progress)
            indexer.progress.rebuilt = true
            try database.transaction { try indexer.apply(try indexer.scan()) }
            try database.execute("PRAGMA application_id = \(StoreSchema.applicationID); PRAGMA user_version = \(StoreSchema.version)")
            try database.execute("PRAGMA journal_mode = DELETE")
            indexer.tick()
            summary = indexer.progress
        }
        for leftover in [path + "-journal", path + "-wal", path + "-shm"] { try? FileManager.default.removeItem(atPath: leftover) }
        guard rename(temporary, path) == 0 else {
            try? FileManager.default.removeItem(atPath: temporary)
            throw SQLiteError(code: SQLITE_CANTOPEN, message: "cannot write \(path)")
        }
        let database = try Database(path: path, create: false)
        try configure(database)
        let store = CorpusStore(path: path, corpusDirectory: corpusDirectory, database: database)
        store.lastUpdate = summary
        return store
    }

    /// Re-reads what changed in the corpus folder since the store last saw it.
    /// - Parameter freshness: ``Freshness/folder`` skips the check while the `acts/` folder's mtime is unchanged.
    func update(progress: ((IndexProgress) -> Void)?, freshness: Freshness = .everyFile) throws {
        let folder = folderStamp()
        if freshness == .folder, let folder, try storedFolderStamp() == folder { return }
        let indexer = Indexer(database: database, corpusDirectory: corpusDirectory, report: progress)
        let version = try database.integer("PRAGMA data_version")
        let scanned = try indexer.scan()
        guard !scanned.isEmpty else {
            try remember(folder: folder)
            return
        }
        try database.transaction {
            // Scanned again under the write lock only when another process committed since the first scan
            // (it may have brought the store up to date meanwhile); otherwise the first scan still holds.
            let changes = try database.integer("PRAGMA data_version") == version ? scanned : indexer.scan()
            guard !changes.isEmpty else { return }
            try indexer.apply(changes)
            if let pause = ProcessInfo.processInfo.environment["NUSQA_STORE_TEST_PAUSE"], let seconds = Double(pause) {
                // Tests kill the process here, with the transaction open.
                FileHandle.standardError.write(Data("nusqa: paused inside the index transaction\n".utf8))
                Thread.sleep(forTimeInterval: seconds)
            }
        }
        try remember(folder: folder)
        reader.forgetAll()
        indexer.tick()
        lastUpdate = indexer.progress
    }

    /// Brings the store up to date when a file of the family of the act `id` changed (``Freshness``): its sidecar
    /// and text, its amending acts' sidecars and texts, the sidecars of the acts their readings cite.
    /// - Returns: whether a file had moved (and every file was checked).
    /// - Complexity: one `stat` per family file; the full check of every file when one of them moved.
    @discardableResult public func refresh(act id: String) throws -> Bool {
        guard try database.reading({ try familyMoved(act: id) }) else { return false }
        try update(progress: nil, freshness: .everyFile)
        return true
    }

    /// Whether a file of the family of the act `id` moved (size or mtime) since the store read it: when it did,
    /// ``refresh(act:)`` has work to do. Only `stat`s and reads; safe on any thread's stack.
    public func familyHasMoved(act id: String) throws -> Bool {
        try database.reading { try familyMoved(act: id) }
    }

    private func familyMoved(act id: String) throws -> Bool {
        guard let current = reader.sidecar(id: id) else { return false }
        var names = Set<String>()
        let own = try database.prepare("SELECT sidecar, text_file FROM acts WHERE sidecar = ?1").rows([.text(current)]) { ($0.text(0), $0.text(1)) }
        let amenders = try database.prepare("SELECT sidecar, text_file, id FROM acts WHERE target = ?1 AND is_amending = 1").rows([.text(id)]) {
            ($0.text(0), $0.text(1), $0.text(2))
        }
        for (sidecar, text) in own { names.formUnion([sidecar, text].compactMap { $0 }) }
        for (sidecar, text, _) in amenders { names.formUnion([sidecar, text].compactMap { $0 }) }
        let cited = try database.prepare(
            "SELECT a.sidecar FROM lookups l JOIN acts a ON a.id = l.result WHERE l.act = ?1 AND l.result IS NOT NULL")
        for asking in [id] + amenders.compactMap(\.2) { names.formUnion(try cited.rows([.text(asking)]) { $0.text(0) ?? "" }) }
        let known = try database.prepare("SELECT size, mtime FROM files WHERE name = ?1")
        for name in names.sorted() where !name.isEmpty {
            let stamp = fileStat((actsDirectory as NSString).appendingPathComponent(name))
            let stored = try known.rows([.text(name)]) { ($0.int(0), $0.int(1)) }.first
            if stamp?.size != stored?.0 || stamp?.mtime != stored?.1 { return true }
        }
        return false
    }

    /// The `acts/` folder's mtime, when it is old enough to be trusted: a file added in the same clock tick as the
    /// check could leave the mtime unchanged, so a folder changed in the last two seconds is not remembered.
    private func folderStamp() -> String? { Self.folderStamp(actsDirectory) }

    private static func folderStamp(_ actsDirectory: String) -> String? {
        guard let stamp = fileStat(actsDirectory) else { return nil }
        let now = Int(Date().timeIntervalSince1970 * 1e9)
        return now - stamp.mtime > 2_000_000_000 ? "\(stamp.mtime)" : nil
    }

    private func storedFolderStamp() throws -> String? {
        try database.prepare("SELECT value FROM meta WHERE key = 'folder'").rows([]) { $0.text(0) }.first ?? nil
    }

    /// Records the folder's mtime after a full check (a write only when it moved).
    private func remember(folder: String?) throws {
        guard try storedFolderStamp() != folder else { return }
        if let folder {
            try database.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES ('folder', ?1)").run([.text(folder)])
        } else {
            try database.execute("DELETE FROM meta WHERE key = 'folder'")
        }
    }
}
