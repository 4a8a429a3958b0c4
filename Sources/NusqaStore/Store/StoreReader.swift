import Foundation
import NusqaKit

/// Reads acts back from a store (қоймадан оқу): metadata-only entries, families, lookups.
final class StoreReader {
    let database: Database
    let corpusDirectory: String
    let actsDirectory: String
    private var cache: [String: ActMetadata] = [:]
    private lazy var byKeys = try? database.prepare(
        "SELECT sidecar, metadata FROM acts WHERE \(StoreReader.isEntry) AND (registration = ?1 OR number = ?2)")
    private lazy var byName = try? database.prepare(
        "SELECT sidecar, metadata FROM acts WHERE \(StoreReader.isEntry) AND (id = ?1 OR number = ?2 OR registration = ?2)")
    private lazy var bySidecar = try? database.prepare("SELECT metadata FROM acts WHERE sidecar = ?1 AND \(StoreReader.isEntry)")

    /// The SQL condition for an act that is in the corpus: it loads, and no earlier sidecar has its id.
    static let isEntry = "id IS NOT NULL AND loaded = 1 AND duplicate = 0"

    /// The sidecar of the act in the corpus with `id`.
    func sidecar(id: String) -> String? {
        try? database.prepare("SELECT sidecar FROM acts WHERE id = ?1 AND \(StoreReader.isEntry)").rows([.text(id)]) { $0.text(0) ?? "" }.first
    }

    init(database: Database, corpusDirectory: String) {
        self.database = database
        self.corpusDirectory = corpusDirectory
        self.actsDirectory = (corpusDirectory as NSString).appendingPathComponent("acts")
    }

    /// The keys a `documents(of:)` or `entry(named:)` question is recorded under.
    static func namedKeys(_ name: String) -> [String] {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        let normalized = normalize(name)
        return trimmed == normalized ? ["named:" + trimmed] : ["named:" + trimmed, "named:" + normalized]
    }

    /// What ``Corpus/entry(named:)`` compares numbers with: without "№", trimmed.
    static func normalize(_ name: String) -> String {
        name.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "№", with: "").trimmingCharacters(in: .whitespaces)
    }

    /// The keys under which questions about an act are recorded: what must be re-asked when it changes.
    static func keys(id: String?, number: String?, registration: String?) -> [String] {
        var keys: [String] = []
        if let id { keys.append("named:" + id) }
        if let number { keys += ["number:" + number, "named:" + number] }
        if let registration { keys += ["registration:" + registration, "named:" + registration] }
        return keys
    }

    /// Metadata-only entries that share the registration or the number.
    func candidates(registration: String?, number: String?) -> [Corpus.Entry] {
        guard registration != nil || number != nil, let statement = byKeys else { return [] }
        return entries(statement, [.optional(registration), .optional(number)])
    }

    /// Metadata-only entries that ``Corpus/entry(named:)`` could answer `name` with.
    func candidates(named name: String) -> [Corpus.Entry] {
        guard let statement = byName else { return [] }
        return entries(statement, [.text(name.trimmingCharacters(in: .whitespaces)), .text(Self.normalize(name))])
    }

    /// The metadata stored for a sidecar.
    func metadata(sidecar: String) -> ActMetadata? {
        if let known = cache[sidecar] { return known }
        guard let statement = bySidecar, let blob = try? statement.rows([.text(sidecar)], { $0.blob(0) }).first else { return nil }
        let decoded = try? SidecarReader.read(blob)
        cache[sidecar] = decoded
        return decoded
    }

    /// The act of a sidecar in the corpus, its text parsed, exactly as ``Corpus/load(from:)`` loads it.
    /// - Complexity: O(size of its text).
    func parsedEntry(sidecar: String) -> Corpus.Entry? {
        guard metadata(sidecar: sidecar) != nil, case .loaded(let entry)? = Corpus.loadSidecar(named: sidecar, in: corpusDirectory, parse: true)
        else { return nil }
        return entry
    }

    /// A metadata-only entry for a sidecar.
    func entry(sidecar: String) -> Corpus.Entry? {
        guard let metadata = metadata(sidecar: sidecar) else { return nil }
        return Corpus.Entry(metadata: metadata, parsed: nil, textPath: nil)
    }

    private func entries(_ statement: Statement, _ values: [SQLValue]) -> [Corpus.Entry] {
        let rows = (try? statement.rows(values) { ($0.text(0) ?? "", $0.blob(1)) }) ?? []
        return rows.compactMap { sidecar, blob in
            if let known = cache[sidecar] { return Corpus.Entry(metadata: known, parsed: nil, textPath: nil) }
            guard let metadata = try? SidecarReader.read(blob) else { return nil }
            cache[sidecar] = metadata
            return Corpus.Entry(metadata: metadata, parsed: nil, textPath: nil)
        }
    }

    /// Forgets decoded metadata (after a sidecar is rewritten).
    func forget(_ sidecar: String) { cache[sidecar] = nil }

    /// Forgets every decoded metadata (after an update).
    func forgetAll() { cache = [:] }
}
