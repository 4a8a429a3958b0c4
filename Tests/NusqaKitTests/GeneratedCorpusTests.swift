import Foundation
import NusqaKit
import Testing

@testable import NusqaCorpusGeneration

/// The synthetic corpus generator (Tools/CorpusGeneration): deterministic, and everything it writes is
/// understood and applied by the library.
@Suite struct GeneratedCorpusTests {
    static func generate(seed: UInt64, acts: Int = 4, amendments: Int = 3) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("nusqa-gen-\(UUID().uuidString)").path
        var options = CorpusGenerator.Options()
        options.acts = acts
        options.amendments = amendments
        options.seed = seed
        try CorpusGenerator(options).write(to: directory)
        return directory
    }

    static func files(_ directory: String) throws -> [String: Data] {
        let acts = (directory as NSString).appendingPathComponent("acts")
        var out: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: acts) {
            out[name] = FileManager.default.contents(atPath: (acts as NSString).appendingPathComponent(name))
        }
        return out
    }

    @Test func sameSeedGivesByteIdenticalCorpus() throws {
        let a = try Self.generate(seed: 5, acts: 5, amendments: 3)
        let b = try Self.generate(seed: 5, acts: 5, amendments: 3)
        defer { try? FileManager.default.removeItem(atPath: a); try? FileManager.default.removeItem(atPath: b) }
        let first = try Self.files(a)
        #expect(first.count == 5 * 4 * 2)
        #expect(first == (try Self.files(b)))
    }

    @Test func differentSeedsGiveDifferentCorpora() throws {
        let a = try Self.generate(seed: 5, acts: 2, amendments: 1)
        let b = try Self.generate(seed: 6, acts: 2, amendments: 1)
        defer { try? FileManager.default.removeItem(atPath: a); try? FileManager.default.removeItem(atPath: b) }
        #expect(try Self.files(a) != (try Self.files(b)))
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func generatedCorpusConsolidatesCleanly(seed: UInt64) throws {
        let directory = try Self.generate(seed: seed, acts: 4, amendments: 6)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let corpus = try Corpus.load(from: directory)
        #expect(corpus.diagnostics.isEmpty)
        #expect(corpus.entries.count == 4 * 7)
        let consolidation = Consolidation(corpus: corpus)
        #expect(consolidation.readings.count == 4 * 6)
        for (id, reading) in consolidation.readings {
            #expect(reading.unparsed.isEmpty, "\(id): \(reading.unparsed.map(\.reason))")
            #expect(!reading.patches.isEmpty, "\(id) has no patches")
            #expect(reading.targetID != nil, "\(id) does not resolve its base act")
        }
        for entry in corpus.entries where entry.metadata.kind == .base {
            let timeline = consolidation.timeline(for: entry)
            #expect(timeline.unapplied.isEmpty, "\(entry.metadata.id): \(timeline.unapplied.map(\.reason))")
            #expect(timeline.editions.count >= 7)
            #expect(entry.act?.diagnostics.filter(\.isError).isEmpty == true)
        }
    }

    @Test func amendingOrdersUseEveryFormTheReaderSupports() throws {
        let directory = try Self.generate(seed: 11, acts: 6, amendments: 12)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let corpus = try Corpus.load(from: directory)
        let consolidation = Consolidation(corpus: corpus)
        let patches = consolidation.readings.values.flatMap(\.patches)
        let operations = Set(patches.map(\.operation))
        for operation in [PatchOperation.replace, .insert, .delete, .replaceWords, .insertWords] {
            #expect(operations.contains(operation), "no \(operation) patch")
        }
        #expect(patches.contains { !$0.deferred.isEmpty }, "no deferred payload part")
        #expect(patches.contains { $0.target.last?.kind == .abzac }, "no abzac target")
        #expect(patches.contains { $0.effective?.isEstimated == true }, "no estimated date")
        let rules = consolidation.readings.values.compactMap(\.entryIntoForce)
        #expect(rules.contains { !$0.exceptions.isEmpty })
        #expect(rules.contains { if case .fixed = $0.rule { true } else { false } })
        #expect(rules.contains { if case .daysAfterPublication(10) = $0.rule { true } else { false } })
        let repairs = corpus.entries.compactMap(\.act).flatMap(\.repairs)
        #expect(repairs.contains { $0.kind == .hyperlinkDisplacement })
    }
}
