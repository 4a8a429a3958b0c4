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
    /// What loading one sidecar gives (бір актіні жүктеу): an entry, or the one diagnostic that leaves the act out.
    public enum SidecarLoad: Sendable {
        /// The act loads; `act` is nil unless its text was parsed.
        case loaded(Entry)
        /// The act is left out; `metadata` is there when the sidecar itself could be read.
        case rejected(metadata: ActMetadata?, file: String, diagnostic: Diagnostic)
    }

    /// Loads the act of the sidecar `name` under `directory/acts` as ``load(from:)`` does, but for the rule
    /// that needs every sidecar (a repeated id: see ``duplicateID(_:firstSidecar:)``).
    /// - Parameters:
    ///   - name: the sidecar's file name under `directory/acts`.
    ///   - directory: the corpus folder.
    ///   - parse: read and parse the text; otherwise only check that it could be read.
    /// - Returns: nil when the corpus folder does not exist.
    /// - Complexity: O(size of the sidecar, and of the text when parsed).
    public static func loadSidecar(named name: String, in directory: String, parse: Bool) -> SidecarLoad? {
        let actsDirectory = (directory as NSString).appendingPathComponent("acts")
        guard let folder = CorpusFolder(directory) else { return nil }
        let path = (actsDirectory as NSString).appendingPathComponent(name)
        func reject(_ metadata: ActMetadata?, _ code: String, _ message: String, at location: SourceLocation = SourceLocation(line: 1, column: 1))
            -> SidecarLoad
        {
            .rejected(metadata: metadata, file: path, diagnostic: Diagnostic(.error, code, message, at: location))
        }
        let bytes: [UInt8]
        switch folder.read(name, relativeTo: actsDirectory) {
        case .success(let file): bytes = file.bytes
        case .failure(let refusal): return reject(nil, "bad-metadata", "the sidecar \(refusal.message)")
        }
        let metadata: ActMetadata
        do {
            metadata = try SidecarReader.read(bytes)
        } catch {
            return reject(nil, "bad-metadata", "bad sidecar: \(error)", at: error.location ?? SourceLocation(line: 1, column: 1))
        }
        var entry = Entry(metadata: metadata, act: nil, textPath: nil)
        guard let textName = metadata.text else { return .loaded(entry) }
        let found: Result<(path: String, bytes: [UInt8]), CorpusFolder.Refusal>
        if parse {
            found = folder.read(textName, relativeTo: actsDirectory)
        } else {
            found = folder.check(textName, relativeTo: actsDirectory).map { ($0, []) }
        }
        switch found {
        case .success(let file):
            entry.textPath = file.path
            if parse { entry.act = ActParser.parse(bytes: file.bytes, name: file.path, dialect: metadata.dialect) }
            return .loaded(entry)
        case .failure(.missing):
            return reject(metadata, "missing-text", "the sidecar names \(textName), which is not in the folder")
        case .failure(let refusal):
            return reject(metadata, "text-refused", "the sidecar's text \(textName) \(refusal.message)")
        }
    }

    /// The diagnostic ``load(from:)`` gives a sidecar whose id an earlier sidecar (by name) already uses.
    public static func duplicateID(_ id: String, firstSidecar: String) -> Diagnostic {
        Diagnostic(.error, "duplicate-id", "the id \(id) is already used by \(firstSidecar); this act is left out", at: SourceLocation(line: 1, column: 1))
    }
}

extension CorpusFolder {
    /// Whether ``read(_:relativeTo:)`` would succeed, without reading: the path, or why not.
    func check(_ name: String, relativeTo folder: String) -> Result<String, Refusal> {
        if name.hasPrefix("/") { return .failure(.outside(name)) }
        let path = (folder as NSString).appendingPathComponent(name)
        guard let resolved = CorpusFolder.realPath(path) else { return .failure(.missing) }
        guard resolved == root || resolved.hasPrefix(root.hasSuffix("/") ? root : root + "/") else { return .failure(.outside(resolved)) }
        var status = stat()
        guard stat(resolved, &status) == 0 else { return .failure(.missing) }
        guard (status.st_mode & S_IFMT) == S_IFREG else { return .failure(.notAFile) }
        guard Int(status.st_size) <= CorpusFolder.maximumSize else { return .failure(.tooLarge(Int(status.st_size))) }
        guard access(resolved, R_OK) == 0 else { return .failure(.unreadable) }
        return .success(path)
    }
}
