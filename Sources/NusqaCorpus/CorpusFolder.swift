import Foundation

/// The corpus folder as a boundary (корпус қалтасы): files are read only from inside it.
///
/// A sidecar's `text` is a path relative to the sidecar; it must resolve — following every
/// symbolic link — to a regular file inside the corpus folder. Anything else (`../../etc/hostname`,
/// an absolute path, a link out of the folder, a FIFO or a device) is refused with a reason,
/// so a sidecar cannot make Nusqa read, or hang on, a file the user did not put in the corpus.
struct CorpusFolder {
    /// The corpus folder with every link resolved.
    let root: String

    /// Resolves `directory`; nil when it does not exist.
    init?(_ directory: String) {
        guard let resolved = CorpusFolder.realPath(directory) else { return nil }
        root = resolved
    }

    /// Why a file cannot be read, in plain words.
    enum Refusal: Error {
        case outside(String)
        case missing
        case notAFile
        case unreadable
        case tooLarge(Int)

        var message: String {
            switch self {
            case .outside(let resolved): return "resolves to \(resolved), outside the corpus folder; refused"
            case .missing: return "is not in the folder"
            case .notAFile: return "is not a regular file"
            case .unreadable: return "cannot be read"
            case .tooLarge(let size): return "is \(size) bytes, over the \(CorpusFolder.maximumSize)-byte limit for one file"
            }
        }
    }

    /// The largest file read from a corpus (256 MiB); larger ones are refused, not read.
    static let maximumSize = 256 << 20

    /// Reads `name`, relative to `folder`, when it resolves to a regular file inside the corpus.
    func read(_ name: String, relativeTo folder: String) -> Result<(path: String, bytes: [UInt8]), Refusal> {
        if name.hasPrefix("/") { return .failure(.outside(name)) }
        let path = (folder as NSString).appendingPathComponent(name)
        guard let resolved = CorpusFolder.realPath(path) else { return .failure(.missing) }
        guard resolved == root || resolved.hasPrefix(root.hasSuffix("/") ? root : root + "/") else { return .failure(.outside(resolved)) }
        return CorpusFolder.readRegularFile(resolved).map { (path, $0) }
    }

    /// The bytes of a regular file, never blocking on a FIFO or a device.
    static func readRegularFile(_ path: String) -> Result<[UInt8], Refusal> {
        var status = stat()
        guard stat(path, &status) == 0 else { return .failure(.missing) }
        guard (status.st_mode & S_IFMT) == S_IFREG else { return .failure(.notAFile) }
        guard Int(status.st_size) <= maximumSize else { return .failure(.tooLarge(Int(status.st_size))) }
        guard let data = FileManager.default.contents(atPath: path) else { return .failure(.unreadable) }
        return .success([UInt8](data))
    }

    /// `path` with every symbolic link, `.` and `..` resolved; nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
