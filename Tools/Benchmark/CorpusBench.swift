import Foundation
import NusqaKit
import NusqaToolSupport

/// The per-size measurements, run in a child process so that peak memory is the size's own.
enum CorpusBench {
    typealias Results = [String: Double]

    static func run(directory: String, seed: UInt64, fullConsolidation: Bool, parseOnly: Bool = false, passes: Int = 1) -> Results {
        var r: Results = [:]
        let acts = (directory as NSString).appendingPathComponent("acts")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: acts)) ?? []).sorted()
        var loaded: [(name: String, bytes: [UInt8])] = []
        for name in names where name.hasSuffix(".txt") {
            let path = (acts as NSString).appendingPathComponent(name)
            if let data = FileManager.default.contents(atPath: path) { loaded.append((name, [UInt8](data))) }
        }
        let texts = loaded
        loaded = []
        let totalBytes = texts.reduce(0) { $0 + $1.bytes.count }
        r["files"] = Double(texts.count)
        r["mb"] = Double(totalBytes) / 1e6

        // Parse, one thread (best of `passes`), then both cores, beside `wc -l` on the same bytes.
        r.merge(ParseBench.run(texts, passes: passes)) { a, _ in a }
        if parseOnly { return r }

        // The library's loader (read, decode sidecars, parse), then entries grouped by the base act each
        // amending order cites (the citation's registration number).
        var corpus: Corpus?
        r["loadSeconds"] = Measure.seconds { corpus = try? Corpus.load(from: directory) }
        var entries: [String: Corpus.Entry] = [:]
        for entry in corpus?.entries ?? [] { entries[entry.metadata.id] = entry }
        var idByRegistration: [String: String] = [:]
        for (id, e) in entries { if let n = e.metadata.registration?.number { idByRegistration[n] = id } }
        var group: [String: [String]] = [:]
        var patchCount = 0
        var unparsed = 0
        r["readSeconds"] = Measure.seconds {
            for (id, e) in entries where e.metadata.kind == .amending {
                guard let act = e.act else { continue }
                let reading = AmendmentReader.read(act, metadata: e.metadata) { c in c.registrationNumber.flatMap { idByRegistration[$0] } }
                patchCount += reading.patches.count
                unparsed += reading.unparsed.count
                if let target = reading.targetID { group[target, default: []].append(id) }
            }
        }
        r["patches"] = Double(patchCount)
        r["unparsed"] = Double(unparsed)

        // Every timeline, consolidating each base act with the acts that amend it.
        let bases = entries.values.filter { $0.metadata.kind == .base }.sorted { $0.metadata.id < $1.metadata.id }
        var timelines: [(entry: Corpus.Entry, consolidation: Consolidation, timeline: Timeline)] = []
        var applied = 0
        var unapplied = 0
        var editions = 0
        var linkSeconds = 0.0
        var timelineSeconds = 0.0
        for base in bases {
            let members = [base] + (group[base.metadata.id] ?? []).compactMap { entries[$0] }
            var consolidation: Consolidation!
            linkSeconds += Measure.seconds { consolidation = Consolidation(corpus: Corpus(entries: members)) }
            var timeline: Timeline!
            timelineSeconds += Measure.seconds { timeline = consolidation.timeline(for: base) }
            applied += timeline.applicationCount
            unapplied += timeline.unapplied.count
            editions += timeline.editions.count
            timelines.append((base, consolidation, timeline))
        }
        r["consolidateReadSeconds"] = linkSeconds
        r["timelineSeconds"] = timelineSeconds
        r["applied"] = Double(applied)
        r["unapplied"] = Double(unapplied)
        r["editions"] = Double(editions)

        // The library's own whole-corpus path, where it finishes in reasonable time.
        if fullConsolidation, let corpus {
            r["fullSeconds"] = Measure.seconds {
                let consolidation = Consolidation(corpus: corpus)
                for base in corpus.entries where base.metadata.kind == .base { _ = consolidation.timeline(for: base) }
            }
        }
        entries = [:]
        corpus = nil

        // As-of renders at random acts and dates.
        var rng = SplitMix64(seed: seed)
        var renders: [Double] = []
        for _ in 0..<1000 {
            let t = timelines[rng.int(below: timelines.count)]
            let first = t.entry.metadata.signedDate ?? CivilDate(year: 2020, month: 1, day: 1)!
            let last = t.timeline.editions.last?.date ?? first
            let date = first.adding(days: rng.int(below: last.days(since: first) + 365))
            let start = Measure.now()
            let edition = t.timeline.edition(asOf: date)
            let text = EditionRenderer(
                title: t.entry.metadata.title ?? t.entry.metadata.id, asOf: date, edition: edition,
                coming: t.timeline.comingChanges(after: date), unapplied: t.timeline.unapplied,
                info: { id in t.consolidation.corpus.entry(named: id).map { EditorialNote.ActInfo(number: $0.metadata.number ?? id, signed: $0.metadata.signedDate) } }
            ).render(.text)
            renders.append(Double(Measure.now() - start) / 1e6)
            precondition(!text.isEmpty)
        }
        r["renderMedianMs"] = Measure.median(renders)
        r["renderP99Ms"] = Measure.percentile(renders, 0.99)

        // Consecutive editions: EditionDiff, stdlib word diff of the rendered texts, git diff --word-diff, diff.
        let pairs = DiffBench.run(timelines.map { ($0.entry, $0.timeline) }, samples: 60, rng: &rng)
        r.merge(pairs) { a, _ in a }
        r["peakMiB"] = Measure.peakMiB()
        return r
    }
}
