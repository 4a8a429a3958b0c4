import Foundation
import Testing

@testable import NusqaStore

/// The full freshness check (`nusqa index`): the folder listing by name bytes and its comparison with the stored
/// stamps give what the dictionary of `String` names gave before (`FolderComparison`, `DirectoryListing`).
@Suite struct FolderComparisonTests {
    /// The comparison as it was written before, over `String` names in a dictionary: the reference.
    static func reference(entries: [(name: String, size: Int, mtime: Int)], stored: [(String, FileStamp)], contentHash: (String) -> Int)
        -> Indexer.Changes
    {
        var unseen: [String: FileStamp] = [:]
        for (name, stamp) in stored { unseen[name] = stamp }
        var changes = Indexer.Changes()
        for entry in entries where !entry.name.hasPrefix(".") {
            let old = unseen.removeValue(forKey: entry.name)
            if let old, old.size == entry.size, old.mtime == entry.mtime { continue }
            let stamp = FileStamp(size: entry.size, mtime: entry.mtime, hash: contentHash(entry.name))
            if let old, old.hash == stamp.hash, old.size == entry.size {
                changes.touched[entry.name] = stamp
            } else {
                changes.changed[entry.name] = stamp
            }
        }
        changes.removed = Set(unseen.keys)
        return changes
    }

    /// The comparison through the listing's name table.
    static func compared(entries: [(name: String, size: Int, mtime: Int)], stored: [(String, FileStamp)], contentHash: (String) -> Int) -> Indexer.Changes {
        let visible = entries.filter { !$0.name.hasPrefix(".") }
        let listing = DirectoryListing(names: visible.map(\.name), sizes: visible.map(\.size), mtimes: visible.map(\.mtime))
        return FolderComparison.changes(
            listing,
            stored: { visit in
                for (name, stamp) in stored {
                    var bytes = Array(name.utf8)
                    bytes.withUnsafeMutableBufferPointer { visit(UnsafeBufferPointer($0), stamp) }
                }
            }, contentHash: contentHash)
    }

    /// A random folder and store: kept files, touched ones (mtime moved, same content), edited ones (size or
    /// content moved), removed ones, new ones; names that are prefixes of others, Kazakh names, many entries.
    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8])
    func randomFoldersCompareAsTheReference(seed: UInt64) {
        var random = SeededRandom(seed)
        let count = [0, 1, 3, 40, 700, 5_000, 20_000, 1_000][Int(seed - 1)]
        var names: [String] = []
        var used = Set<String>()
        let stems = ["V", "V2", "V20", "қағида", "Қ", "a", "ab", "abc", ".hidden", "é", "e\u{301}"]
        while names.count < count {
            let stem = stems[Int(random.next() % UInt64(stems.count))]
            let name = stem + (random.next() % 3 == 0 ? "" : String(random.next() % 100_000)) + ["", ".txt", ".json"][Int(random.next() % 3)]
            if used.insert(name).inserted { names.append(name) }
        }
        var entries: [(name: String, size: Int, mtime: Int)] = []
        var stored: [(String, FileStamp)] = []
        var content: [String: Int] = [:]
        for name in names {
            let size = Int(random.next() % 10_000)
            let mtime = Int(random.next() % 1_000_000)
            let hash = Int(bitPattern: UInt(random.next()))
            content[name] = hash
            let fate = random.next() % 6
            switch fate {
            case 0: entries.append((name, size, mtime))  // new
            case 1: stored.append((name, FileStamp(size: size, mtime: mtime, hash: hash)))  // removed
            case 2:  // touched
                entries.append((name, size, mtime + 1))
                stored.append((name, FileStamp(size: size, mtime: mtime, hash: hash)))
            case 3:  // edited: size moved
                entries.append((name, size + 1, mtime))
                stored.append((name, FileStamp(size: size, mtime: mtime, hash: hash)))
            case 4:  // edited: same size, new content
                entries.append((name, size, mtime + 1))
                stored.append((name, FileStamp(size: size, mtime: mtime, hash: hash &+ 1)))
            default:  // unchanged
                entries.append((name, size, mtime))
                stored.append((name, FileStamp(size: size, mtime: mtime, hash: hash)))
            }
        }
        let hash = { (name: String) in content[name] ?? 0 }
        let expected = Self.reference(entries: entries, stored: stored, contentHash: hash)
        let actual = Self.compared(entries: entries, stored: stored, contentHash: hash)
        #expect(actual.changed == expected.changed)
        #expect(actual.touched == expected.touched)
        #expect(actual.removed == expected.removed)
        if count >= 700 { #expect(!expected.changed.isEmpty && !expected.touched.isEmpty && !expected.removed.isEmpty) }
    }

    /// Only the files that moved are hashed: a folder whose stamps all match asks for no content.
    @Test func unmovedFilesAreNotRead() {
        let entries = (0..<3_000).map { (name: "V\($0).txt", size: $0, mtime: $0 * 7) }
        let stored = entries.map { ($0.name, FileStamp(size: $0.size, mtime: $0.mtime, hash: 1)) }
        var asked: [String] = []
        let changes = Self.compared(entries: entries, stored: stored) { asked.append($0); return 1 }
        #expect(changes.isEmpty)
        #expect(asked.isEmpty)
        var moved = entries
        moved[1_234].mtime += 1
        let touched = Self.compared(entries: moved, stored: stored) { asked.append($0); return 1 }
        #expect(asked == ["V1234.txt"])
        #expect(touched.touched.keys.sorted() == ["V1234.txt"] && touched.changed.isEmpty && touched.removed.isEmpty)
    }

    /// The listing of a real folder: every visible file with `stat`'s size and mtime, hidden ones left out, each
    /// found by its bytes and nothing found by a prefix or an extension of a name.
    @Test func aRealFolderIsListedAsStatSeesIt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nusqa-listing-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let names = ["V1.txt", "V1.json", "V10.txt", "қағида.txt", "e\u{301}.txt", ".hidden"]
        for (index, name) in names.enumerated() {
            try Data(repeating: 0x41, count: index * 3).write(to: URL(fileURLWithPath: folder + "/" + name))
        }
        // A link to nothing cannot be stat'ed: it is left out, as before.
        try FileManager.default.createSymbolicLink(atPath: folder + "/V2.txt", withDestinationPath: folder + "/gone.txt")
        let listing = try #require(DirectoryListing.entries(of: folder))
        let listed = (0..<listing.count).map { listing.name($0) }
        #expect(listed.sorted() == names.filter { !$0.hasPrefix(".") }.sorted())
        // Stat'ed in slices on several threads: the same entries in the same order.
        let sliced = try #require(DirectoryListing.entries(of: folder, parallelFrom: 0))
        #expect((0..<sliced.count).map { sliced.name($0) } == listed)
        #expect(sliced.sizes == listing.sizes && sliced.mtimes == listing.mtimes)
        for index in 0..<listing.count {
            let name = listing.name(index)
            let stamp = try #require(fileStat(folder + "/" + name))
            #expect(listing.sizes[index] == stamp.size && listing.mtimes[index] == stamp.mtime)
            var bytes = Array(name.utf8)
            #expect(bytes.withUnsafeMutableBufferPointer { listing.index(of: UnsafeBufferPointer($0)) } == index)
        }
        for absent in ["V", "V1", "V1.tx", "V1.txtx", ".hidden", "é.txt", "V2.txt", ""] {
            var bytes = Array(absent.utf8)
            #expect(bytes.withUnsafeMutableBufferPointer { listing.index(of: UnsafeBufferPointer($0)) } == nil, "\(absent)")
        }
        #expect(DirectoryListing.entries(of: folder + "/missing") == nil)
    }

    /// `index` and `search` open the `acts/` folder before anything else (without listing it twice) and stop
    /// with `corpus-unreadable` when it is missing or is a file.
    @Test func aFolderThatCannotBeOpenedStopsIndexAndSearch() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("nusqa-unreadable-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        try Data("not a folder".utf8).write(to: URL(fileURLWithPath: root + "/file"))
        for corpus in [root + "/missing", root + "/file"] {
            for command in [["index"], ["search", "тармақ"]] {
                let result = nusqa(command + ["--corpus", corpus, "--store", root + "/store.sqlite"])
                #expect(result.status == 1, "\(command) \(corpus)")
                #expect(result.stderr == "\(corpus): error: cannot read the corpus folder (expected \(corpus)/acts) [corpus-unreadable]\n")
            }
        }
        #expect(!FileManager.default.fileExists(atPath: root + "/store.sqlite"))
    }
}

/// A small deterministic generator (SplitMix64) for the random folders.
private struct SeededRandom {
    private var state: UInt64
    init(_ seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
