import Foundation
import NusqaCore
import NusqaParse
import NusqaText

extension Corpus.Entry {
    /// Creates an entry: what ``Corpus/load(from:)`` makes of one sidecar, for stores that load acts one by one.
    public init(metadata: ActMetadata, parsed act: Act?, textPath: String?) {
        self.metadata = metadata
        self.act = act
        self.textPath = textPath
    }
}

extension Corpus {
    /// What loading one sidecar gives: the entry (nil when the sidecar cannot be decoded) and its diagnostics.
    public struct SidecarLoad: Sendable {
        /// The entry, when the sidecar decodes.
        public var entry: Entry?
        /// Problems, as ``Corpus/diagnostics`` would hold them.
        public var diagnostics: [(file: String, diagnostic: Diagnostic)]
    }

    /// Loads one act as ``load(from:)`` does: decodes the sidecar `data` found at `path` and, when `parse`,
    /// reads and parses the text it names from `actsDirectory`.
    /// - Complexity: O(size of the text).
    public static func loadSidecar(_ data: Data, path: String, actsDirectory: String, parse: Bool = true) -> SidecarLoad {
        let metadata: ActMetadata
        do {
            metadata = try JSONDecoder().decode(ActMetadata.self, from: data)
        } catch {
            return SidecarLoad(
                entry: nil,
                diagnostics: [(path, Diagnostic(.error, "bad-metadata", "cannot read the sidecar: \(error)", at: SourceLocation(line: 1, column: 1)))])
        }
        var entry = Entry(metadata: metadata, parsed: nil, textPath: nil)
        guard let textName = metadata.text else { return SidecarLoad(entry: entry, diagnostics: []) }
        let textPath = (actsDirectory as NSString).appendingPathComponent(textName)
        guard parse else {
            entry.textPath = textPath
            return SidecarLoad(entry: entry, diagnostics: [])
        }
        guard let bytes = FileManager.default.contents(atPath: textPath) else {
            return SidecarLoad(
                entry: entry,
                diagnostics: [(path, Diagnostic(.error, "missing-text", "the sidecar names \(textName), which is not in the folder", at: SourceLocation(line: 1, column: 1)))])
        }
        entry.textPath = textPath
        entry.act = ActParser.parse(bytes: [UInt8](bytes), name: textPath, dialect: metadata.dialect.flatMap(Dialect.init(rawValue:)))
        return SidecarLoad(entry: entry, diagnostics: [])
    }
}
