import Foundation
import NusqaStore
import Testing

@testable import NusqaCorpusGeneration

/// Temporary corpora and stores for the store tests.
enum StoreFixture {
    /// A fresh temporary folder.
    static func folder(_ tag: String) -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("nusqa-store-\(tag)-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// A generated corpus of `acts` base orders with `amendments` amending orders each.
    static func generated(seed: UInt64, acts: Int = 3, amendments: Int = 4) throws -> String {
        let directory = folder("gen\(seed)")
        var options = CorpusGenerator.Options()
        options.acts = acts
        options.amendments = amendments
        options.seed = seed
        try CorpusGenerator(options).write(to: directory)
        return directory
    }

    /// A copy of the bundled corpus (so a test may edit it).
    static func bundledCopy() throws -> String {
        let directory = folder("bundled")
        try FileManager.default.copyItem(atPath: Repo.corpus + "/acts", toPath: directory + "/acts")
        return directory
    }

    /// The act ids of a corpus folder.
    static func ids(_ corpus: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: corpus + "/acts").filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// The ids of the acts whose sidecar says `kind` (`base`, `amending`).
    static func ids(_ corpus: String, kind: String) throws -> [String] {
        try ids(corpus).filter { id in
            let data = try Data(contentsOf: URL(fileURLWithPath: "\(corpus)/acts/\(id).json"))
            let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
            return object?["kind"] as? String == kind
        }
    }
}

/// Every command answers the same bytes from the store as from the whole corpus (`--no-store`).
@Suite struct StoreIdentityTests {
    /// The commands compared for one act.
    static func commands(for id: String) -> [[String]] {
        var out: [[String]] = []
        // A date before the act (an error), dates between editions, and one after every change.
        for date in ["1990-01-01", "2021-01-01", "2025-06-15", "2026-01-01", "2031-01-01"] { out.append(["show", id, "--as-of", date]) }
        for format in ["json", "ndjson", "html", "md"] { out.append(["show", id, "--as-of", "2026-01-01", "--format", format]) }
        out += [
            ["show", id, "--as-of", "2021-01-01", "--format", "json"], ["show", id, "--as-of", "2031-01-01", "--format", "html"],
            ["versions", id], ["versions", id, "--format", "json"],
            ["history", id, "item_2"], ["history", id, "annex_1__item_3", "--format", "json"], ["history", id, "2-тармақ"],
            ["history", id, "annex_1__item_3"], ["history", id, "annex_1__item_999"],
            ["diff", id, "--from", "2019-01-01", "--to", "2031-01-01"], ["diff", id, "--from", "2025-01-01", "--to", "2026-06-01", "--format", "json"],
            ["diff", id, "--from", "2031-01-01", "--to", "2021-01-01", "--format", "html"], ["diff", id, "--from", "2026-01-01", "--to", "2026-01-01"],
            ["instructions", id], ["instructions", id, "--format", "json"], ["instructions", id, "--explain"],
        ]
        return out
    }

    /// Runs each command twice, from the store and from the whole corpus, and lists the commands whose output differs.
    static func differences(corpus: String, store: String, ids: [String]) -> [String] {
        var runs: [[String]] = [["acts"], ["acts", "--format", "json"], ["check"], ["check", "--format", "json"], ["check", "--strict"]]
        for id in ids { runs += commands(for: id) }
        runs.append(["show", "no-such-act"])
        var differing: [String] = []
        for arguments in runs {
            let fromStore = nusqa(arguments + ["--corpus", corpus, "--store", store])
            let fromCorpus = nusqa(arguments + ["--corpus", corpus, "--no-store"])
            // Bytes, not `String ==`: canonically equivalent spellings (composed and decomposed Kazakh letters) differ here.
            let sameBytes = fromStore.stdout.utf8.elementsEqual(fromCorpus.stdout.utf8) && fromStore.stderr.utf8.elementsEqual(fromCorpus.stderr.utf8)
            if !sameBytes || fromStore.status != fromCorpus.status {
                differing.append(arguments.joined(separator: " "))
            }
        }
        return differing
    }

    @Test func bundledCorpusIsByteIdentical() throws {
        let store = StoreFixture.folder("store") + "/store.sqlite"
        let corpus = Repo.corpus
        let differing = Self.differences(corpus: corpus, store: store, ids: try StoreFixture.ids(corpus))
        #expect(differing.isEmpty, "differ: \(differing)")
        // The store was really used: it exists and holds clause versions.
        let database = try Database(path: store, readOnly: true)
        #expect((try database.integer("SELECT count(*) FROM clause_versions") ?? 0) > 100)
        // Every act's editions read back from its rows, so `diff` was answered from them, not by consolidating.
        #expect(try database.integer("SELECT count(*) FROM acts WHERE loaded = 1 AND rows_exact = 0") == 0)
        // Every act's changes are stored, so `show`, `versions` and `history` read no amending act's instructions;
        // two acts have no text in the corpus (their editions are built on gaps), and they are compared above too.
        #expect(try Self.storedChangesAreComplete(corpus: corpus, store: store))
        #expect(try database.integer("SELECT count(*) FROM acts WHERE loaded = 1 AND root_gap = 1 AND id IN ('V2000021844', 'V2000021471')") == 2)
    }

    /// Whether every act in the corpus has its changes stored, and they decode with what they name.
    static func storedChangesAreComplete(corpus: String, store: String) throws -> Bool {
        let opened = try CorpusStore.open(corpus: corpus, at: store)
        let ids = try opened.acts().map(\.id)
        return !ids.isEmpty && ids.allSatisfy { opened.timelineInputs(named: $0) != nil }
    }

    @Test(arguments: ["Tests/NusqaKitTests/Fixtures/synthetic/corpus", "Tests/NusqaCLITests/Fixtures/notes-corpus", "Tests/NusqaCLITests/Fixtures/uncertain-corpus"])
    func fixtureCorpusIsByteIdentical(path: String) throws {
        // Deferred parts, estimated dates, a repealed order, publishers' notes, doubtful text.
        let corpus = Repo.root.appendingPathComponent(path).path
        let store = StoreFixture.folder("store") + "/store.sqlite"
        let differing = Self.differences(corpus: corpus, store: store, ids: try StoreFixture.ids(corpus))
        #expect(differing.isEmpty, "\(path) differ: \(differing)")
        #expect(try Self.storedChangesAreComplete(corpus: corpus, store: store))
    }

    @Test func actWhoseEditionsAreNotItsRowsIsByteIdentical() throws {
        // Seed 1 with five acts is the start of the small benchmark corpus; its act V1900100004 is one of the 16 of 2,100
        // whose editions are not exactly their version rows (`rows_exact = 0`): `diff` consolidates it.
        let corpus = try StoreFixture.generated(seed: 1, acts: 5, amendments: 20)
        defer { try? FileManager.default.removeItem(atPath: corpus) }
        let store = corpus + "/store.sqlite"
        #expect(nusqa("index", "--corpus", corpus, "--store", store).status == 0)
        let database = try Database(path: store, readOnly: true)
        #expect(try database.integer("SELECT rows_exact FROM acts WHERE id = 'V1900100004'") == 0)
        #expect(try Self.storedChangesAreComplete(corpus: corpus, store: store))
        let differing = Self.differences(corpus: corpus, store: store, ids: ["V1900100004"])
        #expect(differing.isEmpty, "differ: \(differing)")
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func generatedCorpusIsByteIdentical(seed: UInt64) throws {
        let corpus = try StoreFixture.generated(seed: seed)
        defer { try? FileManager.default.removeItem(atPath: corpus) }
        let store = corpus + "/store.sqlite"
        let ids = try StoreFixture.ids(corpus)
        // Every base act, and one amending act.
        let chosen = try StoreFixture.ids(corpus, kind: "base") + StoreFixture.ids(corpus, kind: "amending").prefix(1)
        #expect(chosen.count == 4)
        let differing = Self.differences(corpus: corpus, store: store, ids: chosen)
        #expect(differing.isEmpty, "seed \(seed) differ: \(differing)")
    }

    @Test func identicalAfterEditsAdditionsAndRemovals() throws {
        let corpus = try StoreFixture.generated(seed: 4, acts: 2, amendments: 3)
        defer { try? FileManager.default.removeItem(atPath: corpus) }
        let store = corpus + "/store.sqlite"
        let acts = corpus + "/acts"
        #expect(nusqa("index", "--corpus", corpus, "--store", store).status == 0)
        let ids = try StoreFixture.ids(corpus)
        let amending = try #require(try StoreFixture.ids(corpus, kind: "amending").first)
        // Remove one amending order, rename the number of another act, and edit a base text.
        try FileManager.default.removeItem(atPath: "\(acts)/\(amending).json")
        let base = try #require(try StoreFixture.ids(corpus, kind: "base").first)
        var text = try String(contentsOfFile: "\(acts)/\(base).txt", encoding: .utf8)
        text = text.replacingOccurrences(of: "1. ", with: "1. Өзгертілген сөз ", options: [], range: text.range(of: "1. "))
        try text.write(toFile: "\(acts)/\(base).txt", atomically: true, encoding: .utf8)
        #expect(Self.differences(corpus: corpus, store: store, ids: ids).isEmpty, "differ after the first edits")
        // Renumber and re-register the other base act: its amending orders no longer find it (their questions are asked again).
        let other = try #require(try StoreFixture.ids(corpus, kind: "base").last)
        let sidecar = "\(acts)/\(other).json"
        var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: sidecar))) as? [String: Any])
        object["number"] = "999"
        object["registration"] = ["number": "999999", "date": "2019-01-01"]
        try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]).write(to: URL(fileURLWithPath: sidecar))
        let renumbered = nusqa("check", "--corpus", corpus, "--store", store)
        #expect(renumbered.stdout.contains("target-not-in-corpus"), "the renumbered act's orders lost their target")
        // And add a new act: a copy of an amending order under a new id.
        let copy = try #require(try StoreFixture.ids(corpus, kind: "amending").last)
        try FileManager.default.copyItem(atPath: "\(acts)/\(copy).txt", toPath: "\(acts)/ZCOPY.txt")
        var copied = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: "\(acts)/\(copy).json"))) as? [String: Any])
        copied["id"] = "ZCOPY"
        copied["text"] = "ZCOPY.txt"
        try JSONSerialization.data(withJSONObject: copied, options: [.sortedKeys]).write(to: URL(fileURLWithPath: "\(acts)/ZCOPY.json"))
        let differing = Self.differences(corpus: corpus, store: store, ids: try StoreFixture.ids(corpus))
        #expect(differing.isEmpty, "differ after edits: \(differing)")
    }
}
