import Foundation
import NusqaKit
import NusqaToolSupport

/// The two single-act targets: as-of render of a 1,000-item act with 50 amending orders, and the memory
/// its editions take; plus the word diff of two consecutive editions of a ~1 MB act.
enum MicroBench {
    static func run(generator: String, directory: String, seed: UInt64) -> [String: Double] {
        var r: [String: Double] = [:]
        for (label, chapters) in [("flat", "never"), ("chapters", "always")] {
            let dir = directory + "/micro-\(label)"
            if !FileManager.default.fileExists(atPath: dir + "/acts") {
                Measure.run(generator, ["--acts", "1", "--amendments", "50", "--items", "1000", "--chapters", chapters, "--seed", "\(seed)", "--out", dir])
            }
            guard let corpus = try? Corpus.load(from: dir), let base = corpus.entries.first(where: { $0.metadata.kind == .base }) else { continue }
            let consolidation = Consolidation(corpus: corpus)
            let rssBefore = Measure.residentBytes()
            let single = Timeline(actID: base.metadata.id, base: consolidation.base(for: base), changes: [])
            let rssSingle = Measure.residentBytes()
            let timeline = consolidation.timeline(for: base)
            let rssAll = Measure.residentBytes()
            var one = RetainedBytes()
            one.add(single.editions[0].body)
            var all = RetainedBytes()
            for edition in timeline.editions { all.add(edition.body) }
            r["\(label).items"] = Double(base.act?.body.children.last?.children.count ?? 0)
            r["\(label).editions"] = Double(timeline.editions.count)
            r["\(label).unapplied"] = Double(timeline.unapplied.count)
            r["\(label).oneKB"] = Double(one.bytes) / 1e3
            r["\(label).allKB"] = Double(all.bytes) / 1e3
            r["\(label).rssOneKB"] = Double(rssSingle - rssBefore) / 1e3
            r["\(label).rssAllKB"] = Double(rssAll - rssSingle) / 1e3
            let first = base.metadata.signedDate ?? CivilDate(year: 2020, month: 1, day: 1)!
            let last = timeline.editions.last?.date ?? first
            var rng = SplitMix64(seed: seed)
            var times: [Double] = []
            var lookups: [Double] = []
            for _ in 0..<500 {
                let date = first.adding(days: rng.int(below: last.days(since: first) + 365))
                let start = Measure.now()
                let edition = timeline.edition(asOf: date)
                let found = Measure.now()
                let text = EditionRenderer(
                    title: base.metadata.title ?? "", asOf: date, edition: edition, coming: timeline.comingChanges(after: date),
                    unapplied: timeline.unapplied,
                    info: { id in corpus.entry(named: id).map { EditorialNote.ActInfo(number: $0.metadata.number ?? id, signed: $0.metadata.signedDate) } }
                ).render(.text)
                times.append(Double(Measure.now() - start) / 1e6)
                lookups.append(Double(found - start) / 1e6)
                precondition(!text.isEmpty)
            }
            r["\(label).renderMedianMs"] = Measure.median(times)
            r["\(label).renderP99Ms"] = Measure.percentile(times, 0.99)
            r["\(label).lookupMedianMs"] = Measure.median(lookups)
            r["\(label).renderKB"] = Double(DiffBench.render(timeline.editions.last!, asOf: last).utf8.count) / 1e3
        }
        // A ~1 MB act: 3,000 items, a few amending orders; diff its last two editions.
        let dir = directory + "/diff-1mb"
        if !FileManager.default.fileExists(atPath: dir + "/acts") {
            Measure.run(generator, ["--acts", "1", "--amendments", "4", "--items", "3000", "--chapters", "never", "--seed", "\(seed)", "--out", dir])
        }
        if let corpus = try? Corpus.load(from: dir), let base = corpus.entries.first(where: { $0.metadata.kind == .base }) {
            let timeline = Consolidation(corpus: corpus).timeline(for: base)
            let n = timeline.editions.count
            let old = timeline.editions[n - 2], new = timeline.editions[n - 1]
            let date = new.date!
            let a = DiffBench.render(old, asOf: date.adding(days: -1)), b = DiffBench.render(new, asOf: date)
            r["mb.KB"] = Double(b.utf8.count) / 1e3
            r["mb.libraryMs"] = Measure.median((0..<5).map { _ in Measure.seconds { _ = EditionDiff(from: old.body, to: new.body) } * 1e3 })
            r["mb.stdlibMs"] = Measure.median((0..<5).map { _ in Measure.seconds { _ = DiffBench.tokens(b).difference(from: DiffBench.tokens(a)) } * 1e3 })
            let pa = NSTemporaryDirectory() + "nusqa-mb-a.txt", pb = NSTemporaryDirectory() + "nusqa-mb-b.txt"
            try? a.write(toFile: pa, atomically: false, encoding: .utf8)
            try? b.write(toFile: pb, atomically: false, encoding: .utf8)
            if let git = Measure.tool(["/usr/bin/git", "/usr/local/bin/git"]) {
                r["mb.gitMs"] = Measure.median((0..<5).map { _ in Measure.run(git, ["diff", "--no-index", "--word-diff", pa, pb]).seconds * 1e3 })
            }
            r["mb.diffMs"] = Measure.median((0..<5).map { _ in Measure.run("/usr/bin/diff", [pa, pb]).seconds * 1e3 })
        }
        r["peakMiB"] = Measure.peakMiB()
        return r
    }
}
