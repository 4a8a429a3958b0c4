import Foundation
import NusqaKit
import NusqaToolSupport

/// Diff latency for consecutive editions, against the tools a user would otherwise reach for.
enum DiffBench {
    /// Word tokens: runs of letters/digits, and every other non-space character alone.
    static func tokens(_ text: String) -> [Substring] {
        var out: [Substring] = []
        var start: String.Index?
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            if c.isLetter || c.isNumber {
                if start == nil { start = i }
            } else {
                if let s = start { out.append(text[s..<i]); start = nil }
                if !c.isWhitespace { out.append(text[i...i]) }
            }
            i = text.index(after: i)
        }
        if let s = start { out.append(text[s...]) }
        return out
    }

    static func render(_ edition: Edition, asOf date: CivilDate) -> String {
        EditionRenderer(title: "", asOf: date, edition: edition, coming: [], unapplied: [], info: { _ in nil }).render(.text)
    }

    static func run(_ timelines: [(Corpus.Entry, Timeline)], samples: Int, rng: inout SplitMix64) -> [String: Double] {
        var library: [Double] = [], stdlib: [Double] = [], git: [Double] = [], diff: [Double] = []
        let directory = NSTemporaryDirectory() + "nusqa-bench-diff-\(getpid())"
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let gitPath = Measure.tool(["/usr/bin/git", "/usr/local/bin/git"])
        var bytes = 0.0
        for _ in 0..<samples {
            let (_, timeline) = timelines[rng.int(below: timelines.count)]
            guard timeline.editions.count > 2 else { continue }
            let k = 1 + rng.int(below: timeline.editions.count - 2)
            let old = timeline.editions[k], new = timeline.editions[k + 1]
            guard let date = new.date else { continue }
            let a = render(old, asOf: date.adding(days: -1)), b = render(new, asOf: date)
            bytes += Double(a.utf8.count)
            library.append(Measure.seconds { _ = EditionDiff(from: old.body, to: new.body) } * 1e3)
            stdlib.append(Measure.seconds { _ = tokens(b).difference(from: tokens(a)) } * 1e3)
            let pa = directory + "/a.txt", pb = directory + "/b.txt"
            try? a.write(toFile: pa, atomically: false, encoding: .utf8)
            try? b.write(toFile: pb, atomically: false, encoding: .utf8)
            if let gitPath { git.append(Measure.run(gitPath, ["diff", "--no-index", "--word-diff", pa, pb]).seconds * 1e3) }
            diff.append(Measure.run("/usr/bin/diff", [pa, pb]).seconds * 1e3)
        }
        return [
            "diffPairs": Double(library.count), "diffKB": bytes / Double(max(1, library.count)) / 1e3,
            "diffLibraryMs": Measure.median(library), "diffStdlibMs": Measure.median(stdlib),
            "diffGitMs": Measure.median(git), "diffUnixMs": Measure.median(diff),
        ]
    }
}
