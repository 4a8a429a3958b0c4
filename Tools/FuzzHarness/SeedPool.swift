import Foundation
import NusqaKit

/// The texts the fuzzer mutates (тұқым жиыны), and the corpora their citations resolve in.
///
/// Seeds are every `.txt` under the folders given (the seed orders, the bundled corpus, the
/// development set, a generated corpus); corpora are folders holding `acts/*.json`, loaded once, so
/// a mutated amending order finds its target act and builds a timeline.
public struct SeedPool: Sendable {
    /// One seed text and where it came from.
    public struct Seed: Sendable {
        /// The file it was read from.
        public var name: String
        /// Its bytes.
        public var bytes: [UInt8]
    }

    /// The seeds, sorted by name (the order is part of the fuzzer's determinism).
    public let seeds: [Seed]
    /// Base acts that mutated orders may amend, from the corpora.
    public let bases: [Corpus.Entry]

    /// Reads the seeds under `folders` (recursively) and the corpora at `corpora`; missing folders are skipped.
    /// - Parameter maximumSize: seeds larger than this are cut to it (at a line end).
    public init(folders: [String], corpora: [String], maximumSize: Int = 256 << 10) {
        var seeds: [Seed] = []
        for folder in folders {
            guard let enumerator = FileManager.default.enumerator(atPath: folder) else { continue }
            for case let relative as String in enumerator where relative.hasSuffix(".txt") {
                let path = (folder as NSString).appendingPathComponent(relative)
                guard var bytes = FileManager.default.contents(atPath: path).map({ [UInt8]($0) }), !bytes.isEmpty else { continue }
                if bytes.count > maximumSize {
                    let cut = bytes[..<maximumSize].lastIndex(of: 0x0A) ?? maximumSize
                    bytes = Array(bytes[..<cut])
                }
                seeds.append(Seed(name: path, bytes: bytes))
            }
        }
        self.seeds = seeds.sorted { $0.name < $1.name }
        var bases: [Corpus.Entry] = []
        var ids: Set<String> = []
        for folder in corpora {
            guard let corpus = try? Corpus.load(from: folder) else { continue }
            for entry in corpus.entries where entry.metadata.kind == .base && !ids.contains(entry.metadata.id) {
                ids.insert(entry.metadata.id)
                bases.append(entry)
            }
        }
        self.bases = bases
    }

    /// The default folders relative to the repository root: seeds, corpus, development set, generated corpus.
    public static func defaultFolders(root: String) -> (seeds: [String], corpora: [String]) {
        let shared = (root as NSString).appendingPathComponent("../shared")
        let synthetic = (root as NSString).appendingPathComponent("Tests/NusqaKitTests/Fixtures/synthetic/corpus")
        let corpus = (root as NSString).appendingPathComponent("Corpus")
        return (
            [shared + "/seeds", corpus + "/acts", shared + "/devset/full_texts", shared + "/devset/excerpts", synthetic + "/acts"],
            [corpus, synthetic]
        )
    }
}
