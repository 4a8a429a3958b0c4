import Foundation

/// Where a corpus's store lives (қойма орны): `<corpus>/.nusqa/store.sqlite` when the corpus folder is
/// writable, else a per-user cache folder; `--store PATH` overrides both.
public enum StoreLocation {
    /// The store path for `corpusDirectory`, or nil when no folder can hold one.
    public static func path(forCorpus corpusDirectory: String, override: String? = nil) -> String? {
        if let override { return override }
        let corpus = URL(fileURLWithPath: corpusDirectory).standardizedFileURL.path
        let folder = (corpus as NSString).appendingPathComponent(".nusqa")
        if FileManager.default.fileExists(atPath: folder) ? access(folder, W_OK) == 0 : access(corpus, W_OK) == 0 {
            if prepare(folder) { return (folder as NSString).appendingPathComponent("store.sqlite") }
        }
        let environment = ProcessInfo.processInfo.environment
        let cache = environment["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["HOME"].map { ($0 as NSString).appendingPathComponent(".cache") }
        guard let cache else { return nil }
        let userFolder = (cache as NSString).appendingPathComponent("nusqa")
        guard prepare(userFolder) else { return nil }
        let name = String(UInt(bitPattern: FileStamp.hash(Array(corpus.utf8))), radix: 16)
        return (userFolder as NSString).appendingPathComponent("store-\(name).sqlite")
    }

    /// Creates `folder` with a `.gitignore` that ignores everything in it.
    private static func prepare(_ folder: String) -> Bool {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            return false
        }
        let ignore = (folder as NSString).appendingPathComponent(".gitignore")
        if !FileManager.default.fileExists(atPath: ignore) {
            _ = FileManager.default.createFile(atPath: ignore, contents: Data("*\n".utf8))
        }
        return access(folder, W_OK) == 0
    }
}
