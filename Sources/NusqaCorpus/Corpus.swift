import Foundation
import NusqaCore
import NusqaParse
import NusqaText

/// The acts Nusqa knows (корпус): every `acts/<id>.txt` with its `acts/<id>.json` sidecar, parsed.
public struct Corpus: Sendable {
    /// One act of the corpus: its metadata and, when the text is present, the parsed act.
    public struct Entry: Sendable {
        /// The sidecar metadata.
        public var metadata: ActMetadata
        /// The parsed text; nil for metadata-only acts ("text not in corpus").
        public var act: Act?
        /// The path of the text file.
        public var textPath: String?

        /// Creates an entry: metadata, and the parsed text when there is one.
        public init(metadata: ActMetadata, act: Act? = nil, textPath: String? = nil) {
            self.metadata = metadata
            self.act = act
            self.textPath = textPath
        }
    }

    /// The entries, sorted by id.
    public var entries: [Entry]
    /// Problems loading the corpus (unreadable sidecars, missing text files).
    public var diagnostics: [(file: String, diagnostic: Diagnostic)]

    /// Creates a corpus from entries.
    public init(entries: [Entry], diagnostics: [(file: String, diagnostic: Diagnostic)] = []) {
        self.entries = entries.sorted { $0.metadata.id < $1.metadata.id }
        self.diagnostics = diagnostics
        var byKey: [String: Int] = [:]
        // Ids first, then order and registration numbers: the first writer of a key wins.
        for (index, entry) in self.entries.enumerated() { byKey[entry.metadata.id] = byKey[entry.metadata.id] ?? index }
        for (index, entry) in self.entries.enumerated() {
            if let number = entry.metadata.number {
                if byKey["number:" + number] == nil { byKey["number:" + number] = index }
                // Bare numbers repeat from year to year ("№ 5"): the signing date tells them apart.
                if let signed = entry.metadata.signed { byKey["number:\(number)@\(signed)"] = index }
            }
            if let registration = entry.metadata.registration?.number, byKey["registration:" + registration] == nil {
                byKey["registration:" + registration] = index
            }
        }
        self.index = byKey
    }

    /// Entry positions by id, by "number:…", "number:…@date" and "registration:…".
    let index: [String: Int]

    /// Loads every act under `directory/acts`, one act at a time: an act whose sidecar or text cannot
    /// be read is left out with one diagnostic naming its file and the reason, and every other act loads.
    /// - Throws: when the folder itself cannot be read.
    /// - Complexity: O(total size of the texts).
    public static func load(from directory: String) throws -> Corpus {
        let actsDirectory = (directory as NSString).appendingPathComponent("acts")
        let names = try FileManager.default.contentsOfDirectory(atPath: actsDirectory).sorted()
        guard let folder = CorpusFolder(directory) else { throw CocoaError(.fileReadNoSuchFile) }
        var entries: [Entry] = []
        var diagnostics: [(file: String, diagnostic: Diagnostic)] = []
        var seen: [String: String] = [:]
        func reject(_ path: String, _ code: String, _ message: String, at location: SourceLocation = SourceLocation(line: 1, column: 1)) {
            diagnostics.append((path, Diagnostic(.error, code, message, at: location)))
        }
        for name in names where name.hasSuffix(".json") {
            let path = (actsDirectory as NSString).appendingPathComponent(name)
            let bytes: [UInt8]
            switch folder.read(name, relativeTo: actsDirectory) {
            case .success(let file): bytes = file.bytes
            case .failure(let refusal):
                reject(path, "bad-metadata", "the sidecar \(refusal.message)")
                continue
            }
            let metadata: ActMetadata
            do {
                metadata = try SidecarReader.read(bytes)
            } catch {
                reject(path, "bad-metadata", "bad sidecar: \(error)", at: error.location ?? SourceLocation(line: 1, column: 1))
                continue
            }
            if let first = seen[metadata.id] {
                reject(path, "duplicate-id", "the id \(metadata.id) is already used by \(first); this act is left out")
                continue
            }
            var entry = Entry(metadata: metadata, act: nil, textPath: nil)
            if let textName = metadata.text {
                switch folder.read(textName, relativeTo: actsDirectory) {
                case .success(let file):
                    entry.textPath = file.path
                    entry.act = ActParser.parse(bytes: file.bytes, name: file.path, dialect: metadata.dialect)
                case .failure(.missing):
                    reject(path, "missing-text", "the sidecar names \(textName), which is not in the folder")
                    continue
                case .failure(let refusal):
                    reject(path, "text-refused", "the sidecar's text \(textName) \(refusal.message)")
                    continue
                }
            }
            seen[metadata.id] = name
            entries.append(entry)
        }
        return Corpus(entries: entries, diagnostics: diagnostics)
    }

    /// Whether `id` was left out of the corpus because its sidecar or text could not be read.
    public func wasRejected(_ id: String) -> Bool {
        diagnostics.contains { ($0.file as NSString).lastPathComponent == id + ".json" }
    }

    /// Finds an act by id, by order number ("ҚР ДСМ-290/2020", "127") or by registration number.
    /// - Complexity: O(1) on average: entries are indexed when the corpus is made.
    public func entry(named name: String) -> Entry? {
        let key = name.trimmingCharacters(in: .whitespaces)
        if let exact = index[key] { return entries[exact] }
        let normalized = key.replacingOccurrences(of: "№", with: "").trimmingCharacters(in: .whitespaces)
        guard let found = index["number:" + normalized] ?? index["registration:" + normalized] else { return nil }
        return entries[found]
    }

    /// The entry registered under `registration` with the Ministry of Justice.
    public func entry(registration: String) -> Entry? {
        index["registration:" + registration].map { entries[$0] }
    }
}
