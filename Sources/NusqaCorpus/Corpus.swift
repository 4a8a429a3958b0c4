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

    /// Loads every act under `directory/acts`.
    /// - Throws: when the folder cannot be read.
    /// - Complexity: O(total size of the texts).
    public static func load(from directory: String) throws -> Corpus {
        let actsDirectory = (directory as NSString).appendingPathComponent("acts")
        let names = try FileManager.default.contentsOfDirectory(atPath: actsDirectory).sorted()
        var entries: [Entry] = []
        var diagnostics: [(file: String, diagnostic: Diagnostic)] = []
        for name in names where name.hasSuffix(".json") {
            let path = (actsDirectory as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            let metadata: ActMetadata
            do {
                metadata = try JSONDecoder().decode(ActMetadata.self, from: data)
            } catch {
                diagnostics.append((path, Diagnostic(.error, "bad-metadata", "cannot read the sidecar: \(error)", at: SourceLocation(line: 1, column: 1))))
                continue
            }
            var entry = Entry(metadata: metadata, act: nil, textPath: nil)
            if let textName = metadata.text {
                let textPath = (actsDirectory as NSString).appendingPathComponent(textName)
                if let bytes = FileManager.default.contents(atPath: textPath) {
                    entry.textPath = textPath
                    entry.act = ActParser.parse(
                        bytes: [UInt8](bytes), name: textPath, dialect: metadata.dialect.flatMap(Dialect.init(rawValue:)))
                } else {
                    diagnostics.append((path, Diagnostic(.error, "missing-text", "the sidecar names \(textName), which is not in the folder", at: SourceLocation(line: 1, column: 1))))
                }
            }
            entries.append(entry)
        }
        return Corpus(entries: entries, diagnostics: diagnostics)
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
