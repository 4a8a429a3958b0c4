import Foundation
import NusqaKit
import NusqaStore
import Testing

/// The changes the store keeps for each act (``ChangeCodec``) read back equal to what consolidation computes, so a
/// timeline built from them is the one the whole corpus gives; damaged bytes are refused, never trusted.
@Suite struct StoreChangeCodecTests {
    /// Corpora with every kind of change the fixtures have: the bundled acts, the synthetic orders (deferred parts,
    /// estimated dates, a repeal), the notes and uncertain-text fixtures, and a generated corpus (last: the caller removes it).
    static func corpora() throws -> [String] {
        [
            Repo.corpus, Repo.root.appendingPathComponent("Tests/NusqaKitTests/Fixtures/synthetic/corpus").path,
            Repo.root.appendingPathComponent("Tests/NusqaCLITests/Fixtures/notes-corpus").path,
            Repo.root.appendingPathComponent("Tests/NusqaCLITests/Fixtures/uncertain-corpus").path,
            try StoreFixture.generated(seed: 5, acts: 2, amendments: 6),
        ]
    }

    @Test func changesReadBackEqualAndBuildTheSameTimeline() throws {
        var payloads = 0, deferred = 0, words = 0, citations = 0, shared = 0, acts = 0
        let corpora = try Self.corpora()
        defer { try? FileManager.default.removeItem(atPath: corpora[corpora.count - 1]) }
        for directory in corpora {
            let consolidation = Consolidation(corpus: try Corpus.load(from: directory))
            for entry in consolidation.corpus.entries {
                let changes = consolidation.changes(for: entry.metadata.id)
                let bytes = ChangeCodec.encode(changes)
                let decoded = try #require(ChangeCodec.decode(bytes), "\(entry.metadata.id) in \(directory)")
                #expect(decoded == changes, "\(entry.metadata.id) in \(directory)")
                // With text named by reference, as the store writes it: shorter, and read back the same.
                let (references, lookups) = Self.references(for: changes)
                let named = ChangeCodec.encode(changes, references: references)
                #expect(named.count <= bytes.count)
                if changes.contains(where: { $0.patch.payload != nil }) { #expect(named.count < bytes.count, "\(entry.metadata.id)") }
                #expect(ChangeCodec.decode(named, lookups: lookups) == changes, "\(entry.metadata.id) in \(directory), by reference")
                // Named text that the store cannot find fails the decoding (the command then consolidates).
                if named.count < bytes.count {
                    #expect(ChangeCodec.decode(named) == nil)
                    #expect(ChangeCodec.decode(named, lookups: ChangeCodec.Lookups(wording: { _ in nil }, instruction: { _, _ in nil })) == nil)
                }
                let stored = Timeline(actID: entry.metadata.id, base: Consolidation.base(of: entry), changes: decoded)
                let built = consolidation.timeline(for: entry)
                #expect(stored.editions == built.editions && stored.unapplied == built.unapplied && stored.changes == built.changes)
                guard !changes.isEmpty else { continue }
                acts += 1
                payloads += changes.filter { $0.patch.payload != nil }.count
                deferred += changes.filter { $0.deferredTarget != nil }.count
                words += changes.filter { $0.patch.words != nil }.count
                citations += changes.filter { $0.patch.amends != nil }.count
                shared += zip(changes, changes.dropFirst()).filter { $0.patch == $1.patch }.count
            }
        }
        // The corpora exercise what the codec writes: a test over changes without payloads would prove little.
        #expect(acts >= 5 && payloads >= 20 && deferred >= 1 && words >= 10 && citations >= 10 && shared >= 1, "\(acts) \(payloads) \(deferred) \(words) \(citations) \(shared)")
    }

    /// References that name every payload heading and text, and the instructions of odd-numbered patches (the
    /// store's `patches` rows), with the lookups that find them again.
    static func references(for changes: [Change]) -> (ChangeCodec.References, ChangeCodec.Lookups) {
        var wordings: [ChangeCodec.Wording: Int] = [:]
        var instructions: [String: String] = [:]
        for change in changes {
            if change.patch.sequence % 2 == 1 { instructions["\(change.act) \(change.patch.sequence)"] = change.patch.instruction }
            guard let payload = change.patch.payload else { continue }
            for unit in [payload] + payload.descendants().map(\.clause) {
                let wording = ChangeCodec.Wording(heading: unit.heading, text: unit.text)
                if wordings[wording] == nil { wordings[wording] = wordings.count * 1000 + 7 }
            }
        }
        let byID = Dictionary(uniqueKeysWithValues: wordings.map { ($1, $0) })
        let stored: (String, Int) -> String? = { act, sequence in instructions["\(act) \(sequence)"] }
        return (ChangeCodec.References(wordings: wordings, instruction: stored), ChangeCodec.Lookups(wording: { byID[$0] }, instruction: stored))
    }

    @Test func damagedBytesAreRefused() throws {
        let consolidation = Consolidation(corpus: try Corpus.load(from: Repo.corpus))
        let changes = consolidation.corpus.entries.map { consolidation.changes(for: $0.metadata.id) }.max { $0.count < $1.count } ?? []
        let bytes = ChangeCodec.encode(changes)
        #expect(changes.count > 5 && ChangeCodec.decode(bytes) == changes)
        // Every cut is refused: the list stops short of its count, or bytes are left over.
        for cut in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 200)) {
            #expect(ChangeCodec.decode(Array(bytes[..<cut])) == nil, "cut at \(cut)")
        }
        #expect(ChangeCodec.decode(bytes + [0]) == nil)
        // Flipped bytes never trap; what decodes is a list of changes (possibly different, never a crash).
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return Int(state >> 1)
        }
        for _ in 0..<300 {
            var damaged = bytes
            for _ in 0..<3 { damaged[next() % damaged.count] = UInt8(truncatingIfNeeded: next()) }
            _ = ChangeCodec.decode(damaged)
        }
        #expect(ChangeCodec.decode([0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01]) == nil)
    }
}
