import Foundation
import NusqaStore
import Testing

/// A command about one act checks the `acts/` folder's mtime and the act's family files, not every file (Freshness).
@Suite struct StoreFreshnessTests {
    /// Sets the `acts/` folder's mtime `seconds` into the past, so the store may trust it.
    static func ageFolder(_ corpus: String, by seconds: Double) throws {
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-seconds)], ofItemAtPath: corpus + "/acts")
    }

    /// Rewrites a file in place (same inode, no rename): the folder's mtime does not move.
    static func rewriteInPlace(_ path: String, _ transform: (String) -> String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: Data(transform(text).utf8))
        try handle.close()
    }

    /// The stored size of a file under acts/.
    static func storedSize(_ store: String, _ name: String) throws -> Int? {
        try Database(path: store, readOnly: true).prepare("SELECT size FROM files WHERE name = ?1").rows([.text(name)]) { $0.int(0) }.first
    }

    static func folderMtime(_ corpus: String) throws -> Date? {
        try FileManager.default.attributesOfItem(atPath: corpus + "/acts")[.modificationDate] as? Date
    }

    @Test func anEditedFamilyFileIsReReadAndAFileOutsideWaitsForIndex() throws {
        let corpus = try StoreFixture.generated(seed: 9, acts: 2, amendments: 2)
        defer { try? FileManager.default.removeItem(atPath: corpus) }
        let store = corpus + "/store.sqlite"
        try Self.ageFolder(corpus, by: 60)
        #expect(nusqa("index", "--corpus", corpus, "--store", store).status == 0)
        let bases = try StoreFixture.ids(corpus, kind: "base")
        try #require(bases.count == 2)
        let (asked, other) = (bases[0], bases[1])
        let folderBefore = try Self.folderMtime(corpus)
        func show() -> (store: String, corpus: String, status: Int32) {
            let fromStore = nusqa("show", asked, "--as-of", "2030-01-01", "--corpus", corpus, "--store", store)
            return (fromStore.stdout, nusqa("show", asked, "--as-of", "2030-01-01", "--corpus", corpus, "--no-store").stdout, fromStore.status)
        }

        // A file outside the asked act's family, edited in place: a command about that act does not stat it.
        let otherSize = try Self.storedSize(store, "\(other).txt")
        try Self.rewriteInPlace("\(corpus)/acts/\(other).txt") { $0 + "\n" }
        #expect(try Self.folderMtime(corpus) == folderBefore, "in-place writes leave the folder's mtime alone")
        let first = show()
        #expect(first.status == 0 && first.store == first.corpus)
        #expect(try Self.storedSize(store, "\(other).txt") == otherSize, "only the family's files were checked")

        // A family file edited in place: the next command about that act re-reads it (and then checks every file).
        try Self.rewriteInPlace("\(corpus)/acts/\(asked).txt") { $0.replacingOccurrences(of: "қағидалар", with: "ережелер") }
        #expect(try Self.folderMtime(corpus) == folderBefore)
        let second = show()
        #expect(second.status == 0 && second.store == second.corpus)
        #expect(second.store.contains("ережелер"))
        #expect(second.store != first.store)
        #expect(try Self.storedSize(store, "\(other).txt") == otherSize.map { $0 + 1 })
        #expect(nusqa("index", "--corpus", corpus, "--store", store).stdout.hasPrefix("the store is current"))
    }

    @Test func aNewAmendingOrderIsNoticed() throws {
        let corpus = try StoreFixture.generated(seed: 10, acts: 2, amendments: 3)
        defer { try? FileManager.default.removeItem(atPath: corpus) }
        let store = corpus + "/store.sqlite"
        // One amending order is held back, the store built without it and its folder stamp trusted.
        let order = try #require(try StoreFixture.ids(corpus, kind: "amending").last)
        let aside = StoreFixture.folder("aside")
        defer { try? FileManager.default.removeItem(atPath: aside) }
        for suffix in [".json", ".txt"] {
            try FileManager.default.moveItem(atPath: "\(corpus)/acts/\(order)\(suffix)", toPath: "\(aside)/\(order)\(suffix)")
        }
        try Self.ageFolder(corpus, by: 120)
        #expect(nusqa("index", "--corpus", corpus, "--store", store).status == 0)
        #expect(nusqa("acts", "--corpus", corpus, "--store", store).stdout.contains(order) == false)

        // The order comes back; the folder's mtime moves (set to a minute ago, so only the change tells).
        for suffix in [".json", ".txt"] {
            try FileManager.default.moveItem(atPath: "\(aside)/\(order)\(suffix)", toPath: "\(corpus)/acts/\(order)\(suffix)")
        }
        try Self.ageFolder(corpus, by: 60)
        for id in try StoreFixture.ids(corpus, kind: "base") {
            let fromStore = nusqa("versions", id, "--corpus", corpus, "--store", store)
            #expect(fromStore.stdout == nusqa("versions", id, "--corpus", corpus, "--no-store").stdout)
        }
        #expect(nusqa("acts", "--corpus", corpus, "--store", store).stdout.contains(order))
        #expect(nusqa("index", "--corpus", corpus, "--store", store).stdout.hasPrefix("the store is current"))
    }
}
