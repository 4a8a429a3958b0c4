import Foundation
import NusqaStore
import Testing

/// The store survives being killed mid-write, and a damaged, foreign or newer store is rebuilt with one message.
@Suite struct StoreSafetyTests {
    /// The `nusqa` binary built beside the test bundle.
    static var binary: String? {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("nusqa").path
        let candidates = [beside, Repo.root.appendingPathComponent(".build/debug/nusqa").path]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// `show` of every act from the store equals the whole-corpus output.
    static func answersCorrectly(corpus: String, store: String) throws -> Bool {
        for id in try StoreFixture.ids(corpus) {
            for arguments in [["show", id, "--as-of", "2026-01-01"], ["versions", id]] {
                let fromStore = nusqa(arguments + ["--corpus", corpus, "--store", store])
                let fromCorpus = nusqa(arguments + ["--corpus", corpus, "--no-store"])
                if fromStore.stdout != fromCorpus.stdout || fromStore.status != fromCorpus.status { return false }
            }
        }
        return true
    }

    /// Runs the binary to completion; its stdout and stderr.
    static func launch(_ binary: String, _ arguments: [String]) throws -> (stdout: String, stderr: String, status: Int32) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self), process.terminationStatus)
    }

    @Test func killDuringIndexingLeavesAUsableStore() throws {
        let binary = try #require(Self.binary, "the nusqa binary is built by swift build / swift test")
        let corpus = try StoreFixture.generated(seed: 7, acts: 2, amendments: 3)
        defer { try? FileManager.default.removeItem(atPath: corpus) }
        let store = corpus + "/store.sqlite"
        // The binary writes the store throughout: a store is rebuilt by another build of nusqa (this test runner).
        #expect(try Self.launch(binary, ["index", "--corpus", corpus, "--store", store]).status == 0)
        let amending = try #require(try StoreFixture.ids(corpus, kind: "amending").first)
        let path = "\(corpus)/acts/\(amending).txt"
        let original = try String(contentsOfFile: path, encoding: .utf8)
        try (original + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let before = try FileManager.default.attributesOfItem(atPath: store)[.modificationDate] as? Date

        // A child re-indexes, pauses with its transaction open, and is killed there.
        let child = Process()
        child.executableURL = URL(fileURLWithPath: binary)
        child.arguments = ["index", "--corpus", corpus, "--store", store]
        var environment = ProcessInfo.processInfo.environment
        environment["NUSQA_STORE_TEST_PAUSE"] = "60"
        child.environment = environment
        let errors = Pipe()
        child.standardError = errors
        child.standardOutput = Pipe()
        try child.run()
        var seen = Data()
        let deadline = Date().addingTimeInterval(120)
        while !String(decoding: seen, as: UTF8.self).contains("paused inside the index transaction"), Date() < deadline, child.isRunning {
            seen += errors.fileHandleForReading.availableData
        }
        #expect(String(decoding: seen, as: UTF8.self).contains("paused inside the index transaction"))
        #expect(FileManager.default.fileExists(atPath: store + "-journal"), "the transaction was open when killed")
        kill(child.processIdentifier, SIGKILL)
        child.waitUntilExit()
        #expect(child.terminationReason == .uncaughtSignal)
        _ = before

        // The next command rolls the journal back, finds the change still to do, does it, and answers right.
        let result = try Self.launch(binary, ["index", "--corpus", corpus, "--store", store])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("re-indexed 1 changed files"), "\(result.stdout)")
        #expect(result.stderr.isEmpty, "no rebuild: \(result.stderr)")
        let versions = try Self.launch(binary, ["versions", amending, "--corpus", corpus, "--store", store])
        #expect(versions.stdout == nusqa("versions", amending, "--corpus", corpus, "--no-store").stdout)

        #expect(try Self.answersCorrectly(corpus: corpus, store: store))
    }

    @Test func truncatedStoreIsRebuiltWithAMessage() throws {
        let corpus = try StoreFixture.bundledCopy()
        defer { try? FileManager.default.removeItem(atPath: corpus) }
        let store = corpus + "/store.sqlite"
        #expect(nusqa("index", "--corpus", corpus, "--store", store).status == 0)
        let handle = try #require(FileHandle(forWritingAtPath: store))
        let size = try handle.seekToEnd()
        try handle.truncate(atOffset: size / 2)
        try handle.close()
        let result = nusqa("acts", "--corpus", corpus, "--store", store)
        #expect(result.status == 0)
        #expect(result.stderrLines.count == 1)
        #expect(result.stderr.contains("is damaged") && result.stderr.contains("rebuilding it"), "\(result.stderr)")
        #expect(result.stdout == nusqa("acts", "--corpus", corpus, "--no-store").stdout)
        #expect(try Self.answersCorrectly(corpus: corpus, store: store))
        #expect(nusqa("acts", "--corpus", corpus, "--store", store).stderr.isEmpty, "rebuilt once, then used")
    }

    @Test func newerSchemaIsRebuiltWithAMessage() throws {
        let corpus = try StoreFixture.bundledCopy()
        defer { try? FileManager.default.removeItem(atPath: corpus) }
        let store = corpus + "/store.sqlite"
        #expect(nusqa("index", "--corpus", corpus, "--store", store).status == 0)
        try Database(path: store).execute("PRAGMA user_version = \(StoreSchema.version + 1)")
        let result = nusqa("versions", "V2000021844", "--corpus", corpus, "--store", store)
        #expect(result.stderrLines == ["nusqa: the store \(store) was written by a newer nusqa (schema \(StoreSchema.version + 1), this one reads \(StoreSchema.version)); rebuilding it"])
        #expect(result.stdout == nusqa("versions", "V2000021844", "--corpus", corpus, "--no-store").stdout)
        #expect(try Database(path: store, readOnly: true).integer("PRAGMA user_version") == StoreSchema.version)
    }

    @Test func olderSchemaIsRebuiltWithAMessage() throws {
        let corpus = try StoreFixture.bundledCopy()
        defer { try? FileManager.default.removeItem(atPath: corpus) }
        let store = corpus + "/store.sqlite"
        #expect(nusqa("index", "--corpus", corpus, "--store", store).status == 0)
        try Database(path: store).execute("PRAGMA user_version = \(StoreSchema.version - 1)")
        let result = nusqa("show", "V2000021844", "--as-of", "2026-01-01", "--corpus", corpus, "--store", store)
        #expect(result.stderrLines == ["nusqa: the store \(store) has an older schema (\(StoreSchema.version - 1), now \(StoreSchema.version)); rebuilding it"])
        #expect(result.stdout == nusqa("show", "V2000021844", "--as-of", "2026-01-01", "--corpus", corpus, "--no-store").stdout)
        #expect(try Database(path: store, readOnly: true).integer("PRAGMA user_version") == StoreSchema.version)
        #expect(nusqa("show", "V2000021844", "--as-of", "2026-01-01", "--corpus", corpus, "--store", store).stderr.isEmpty, "rebuilt once")
    }

    @Test(arguments: ["sqlite", "text", "empty"])
    func foreignOrGarbageFileIsRebuiltWithAMessage(kind: String) throws {
        let corpus = try StoreFixture.bundledCopy()
        defer { try? FileManager.default.removeItem(atPath: corpus) }
        let store = corpus + "/store.sqlite"
        switch kind {
        case "sqlite": try Database(path: store).execute("CREATE TABLE notes(x); INSERT INTO notes VALUES (1)")
        case "text": try Data(String(repeating: "not a database\n", count: 100).utf8).write(to: URL(fileURLWithPath: store))
        default: try Data().write(to: URL(fileURLWithPath: store))
        }
        let result = nusqa("check", "--corpus", corpus, "--store", store)
        #expect(result.stderrLines.count == 1, "\(result.stderr)")
        #expect(result.stderr.contains("rebuilding it"))
        #expect(result.stdout == nusqa("check", "--corpus", corpus, "--no-store").stdout)
    }

    @Test func editingOneTextReindexesItsFamilyAlone() throws {
        let corpus = try StoreFixture.generated(seed: 8, acts: 3, amendments: 3)
        defer { try? FileManager.default.removeItem(atPath: corpus) }
        let store = corpus + "/store.sqlite"
        #expect(nusqa("index", "--corpus", corpus, "--store", store).status == 0)
        func rows() throws -> [String: Set<String>] {
            let database = try Database(path: store, readOnly: true)
            var out: [String: Set<String>] = [:]
            for (act, row) in try database.prepare("SELECT act, rowid, text FROM clause_versions").rows([], { ($0.text(0) ?? "", "\($0.int(1)) \($0.text(2) ?? "")") }) {
                out[act, default: []].insert(row)
            }
            return out
        }
        let before = try rows()
        // Rowids are stable (an act's range), so a trigger records which acts' versions are written again.
        try Database(path: store).execute(
            """
            CREATE TABLE test_written(act TEXT);
            CREATE TRIGGER test_written_versions AFTER INSERT ON versions BEGIN
                INSERT INTO test_written SELECT id FROM act_ids WHERE key = new.id >> 24;
            END;
            """)
        let ids = try StoreFixture.ids(corpus)
        let base = try #require(try StoreFixture.ids(corpus, kind: "base").first)
        let path = "\(corpus)/acts/\(base).txt"
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text = text.replacingOccurrences(of: "қағидалар", with: "ережелер")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        // Touching another file without changing its bytes costs a hash, not a re-read.
        let other = try #require(ids.last)
        let otherPath = "\(corpus)/acts/\(other).txt"
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(5)], ofItemAtPath: otherPath)

        let result = nusqa("index", "--corpus", corpus, "--store", store)
        #expect(result.stdout.hasPrefix("re-indexed 1 changed files"), "\(result.stdout)")
        let after = try rows()
        for id in ids where id != base {
            #expect(after[id] == before[id], "\(id) was rewritten though only \(base) changed")
        }
        #expect(after[base] != before[base])
        let written = try Database(path: store, readOnly: true).prepare("SELECT DISTINCT act FROM test_written").rows([]) { $0.text(0) ?? "" }
        #expect(written == [base], "versions written again: \(written)")
        #expect(nusqa("index", "--corpus", corpus, "--store", store).stdout.hasPrefix("the store is current"))
        #expect(try Self.answersCorrectly(corpus: corpus, store: store))
    }
}
