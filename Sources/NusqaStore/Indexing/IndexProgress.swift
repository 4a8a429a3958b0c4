import Foundation

/// What indexing reports as it goes (индекстеу барысы): texts read, bytes, patches, and the time so far.
public struct IndexProgress: Sendable {
    /// Texts read so far in this run (a text read in two passes counts twice).
    public var texts = 0
    /// Texts this run will read (an estimate: reading may find more).
    public var totalTexts = 0
    /// Bytes of text read.
    public var bytes = 0
    /// Patches read from amending acts.
    public var patches = 0
    /// Clause versions written.
    public var clauseVersions = 0
    /// Files under acts/ whose content changed (all of them on a rebuild).
    public var changedFiles = 0
    /// Whether the store was built from nothing.
    public var rebuilt = false
    /// Seconds since the start.
    public var seconds = 0.0

    /// One line: "indexed 42000 changed files, 30000 texts read (180.2 MB) in 95.1 s: 60000 patches, 1200000 clause versions".
    public var summary: String {
        let megabytes = String(format: "%.1f", Double(bytes) / 1_048_576)
        let verb = rebuilt ? "indexed" : "re-indexed"
        return "\(verb) \(changedFiles) changed files, \(texts) texts read (\(megabytes) MB) in \(String(format: "%.1f", seconds)) s: \(patches) patches, \(clauseVersions) clause versions"
    }

    /// The progress bar line, without a newline: "[#####     ] 1200/21000 texts  10.3 MB  3000 patches  ETA 80 s".
    public var bar: String {
        let total = max(totalTexts, texts, 1)
        let filled = min(20, texts * 20 / total)
        let eta = texts > 0 ? seconds / Double(texts) * Double(max(0, total - texts)) : 0
        let megabytes = String(format: "%.1f", Double(bytes) / 1_048_576)
        return "[" + String(repeating: "#", count: filled) + String(repeating: " ", count: 20 - filled) + "] "
            + "\(texts)/\(total) texts  \(megabytes) MB  \(patches) patches  ETA \(Int(eta.rounded())) s"
    }
}
