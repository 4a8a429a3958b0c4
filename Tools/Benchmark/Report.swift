import Foundation

/// The Markdown report (есеп).
enum Report {
    static func f(_ x: Double?, _ digits: Int = 1) -> String {
        guard let x, x.isFinite else { return "—" }
        return String(format: "%.\(digits)f", x)
    }

    static func markdown(_ report: [String: [String: Double]], sizes: [String]) -> String {
        var out = "## Corpus sizes\n\n| measure | " + sizes.joined(separator: " | ") + " |\n|---|" + sizes.map { _ in "---:|" }.joined() + "\n"
        func row(_ title: String, _ value: ([String: Double]) -> String) {
            out += "| \(title) | " + sizes.map { value(report[$0] ?? [:]) }.joined(separator: " | ") + " |\n"
        }
        row("acts (texts) / MB") { "\(f($0["files"], 0)) / \(f($0["mb"]))" }
        row("generate (s)") { f($0["generateSeconds"]) }
        row("parse, 1 thread (MB/s)") { f(($0["mb"] ?? 0) / ($0["parseSeconds"] ?? .nan)) }
        row("parse, 2 threads (MB/s)") { f(($0["mb"] ?? 0) / ($0["parse2Seconds"] ?? .nan)) }
        row("`wc -l` same bytes (MB/s)") { f(($0["mb"] ?? 0) / ($0["wcSeconds"] ?? .nan), 0) }
        row("parse ÷ `wc -l` (1 thread / 2 threads)") {
            let wc = ($0["mb"] ?? 0) / ($0["wcSeconds"] ?? .nan)
            return "1/\(f(wc / (($0["mb"] ?? 0) / ($0["parseSeconds"] ?? .nan)), 0)) / 1/\(f(wc / (($0["mb"] ?? 0) / ($0["parse2Seconds"] ?? .nan)), 0))"
        }
        row("parse, 1 thread, least CPU time (user + sys) of the passes (MB/s)") { f(($0["mb"] ?? 0) / ($0["parseCPUSeconds"] ?? .nan)) }
        row("parse, 1 thread: passes (best wall / median wall, s)") { "\(f($0["parsePasses"], 0)) (\(f($0["parseSeconds"], 2)) / \(f($0["parseMedianSeconds"], 2)))" }
        row("`wc -l` CPU time (user + sys, MB/s)") { f(($0["mb"] ?? 0) / ($0["wcCPUSeconds"] ?? .nan), 0) }
        row("load average (1 min) before / after the parse measures") { "\(f($0["loadBefore"], 2)) / \(f($0["loadAfter"], 2))" }
        row("parse errors") { f($0["parseErrors"], 0) }
        row("library load: read + decode + parse (s)") { f($0["loadSeconds"], 2) }
        row("read amendments: patches, unparsed") { "\(f($0["patches"], 0)), \(f($0["unparsed"], 0))" }
        row("read amendments (s)") { f($0["readSeconds"], 2) }
        row("consolidate per act: read + link (s)") { f($0["consolidateReadSeconds"], 2) }
        row("build every timeline (s)") { f($0["timelineSeconds"], 2) }
        row("editions, unapplied") { "\(f($0["editions"], 0)), \(f($0["unapplied"], 0))" }
        row("patches applied per second") { f(($0["applied"] ?? 0) / ($0["timelineSeconds"] ?? .nan), 0) }
        row("library whole-corpus `Consolidation` + every timeline (s)") { f($0["fullSeconds"], 2) }
        row("as-of render median / p99 (ms)") { "\(f($0["renderMedianMs"], 3)) / \(f($0["renderP99Ms"], 3))" }
        row("consecutive editions: pairs, mean rendered KB") { "\(f($0["diffPairs"], 0)), \(f($0["diffKB"]))" }
        row("diff: `EditionDiff` median (ms)") { f($0["diffLibraryMs"], 3) }
        row("diff: stdlib word diff of rendered texts (ms)") { f($0["diffStdlibMs"], 3) }
        row("diff: `git diff --no-index --word-diff` (ms)") { f($0["diffGitMs"], 2) }
        row("diff: `diff` (ms)") { f($0["diffUnixMs"], 2) }
        row("git ÷ EditionDiff / git ÷ stdlib") {
            "\(f(($0["diffGitMs"] ?? .nan) / ($0["diffLibraryMs"] ?? .nan), 0))× / \(f(($0["diffGitMs"] ?? .nan) / ($0["diffStdlibMs"] ?? .nan), 0))×"
        }
        row("peak memory, ru_maxrss (MiB)") { f($0["peakMiB"], 0) }

        // Scaling.
        out += "\n## Scaling (time ratio for 10× the corpus)\n\n| step | medium ÷ small | large ÷ medium |\n|---|---:|---:|\n"
        func ratio(_ key: String, _ a: String, _ b: String) -> String {
            f((report[b]?[key] ?? .nan) / (report[a]?[key] ?? .nan), 1) + "×"
        }
        for (title, key) in [("parse", "parseSeconds"), ("read amendments", "readSeconds"), ("consolidate per act (read + link)", "consolidateReadSeconds"),
            ("build every timeline", "timelineSeconds"), ("library whole-corpus consolidation", "fullSeconds")]
        {
            out += "| \(title) | \(ratio(key, "small", "medium")) | \(ratio(key, "medium", "large")) |\n"
        }
        if let m = report["micro"] {
            out += "\n## Single-act targets\n\n| measure | flat Rules (1,000 items in the annex) | Rules in chapters (1,000 items) |\n|---|---:|---:|\n"
            func mrow(_ title: String, _ value: (String) -> String) { out += "| \(title) | \(value("flat")) | \(value("chapters")) |\n" }
            mrow("editions (from 50 amending orders), unapplied") { "\(f(m["\($0).editions"], 0)), \(f(m["\($0).unapplied"], 0))" }
            mrow("rendered size (KB)") { f(m["\($0).renderKB"]) }
            mrow("as-of lookup median (ms)") { f(m["\($0).lookupMedianMs"], 4) }
            mrow("as-of render median / p99 (ms)") { "\(f(m["\($0).renderMedianMs"], 3)) / \(f(m["\($0).renderP99Ms"], 3))" }
            mrow("retained bytes: one edition (KB)") { f(m["\($0).oneKB"]) }
            mrow("retained bytes: every edition (KB)") { f(m["\($0).allKB"]) }
            mrow("every edition ÷ one (retained bytes)") { f((m["\($0).allKB"] ?? .nan) / (m["\($0).oneKB"] ?? .nan), 2) + "×" }
            mrow("RSS delta: one / every edition (KB)") { "\(f(m["\($0).rssOneKB"], 0)) / \(f(m["\($0).rssAllKB"], 0))" }
            out += "\n**~1 MB act** (3,000 items; last two editions, rendered \(f(m["mb.KB"], 0)) KB): `EditionDiff` \(f(m["mb.libraryMs"], 2)) ms, "
            out += "stdlib word diff of the rendered texts \(f(m["mb.stdlibMs"], 2)) ms, `git diff --no-index --word-diff` \(f(m["mb.gitMs"], 2)) ms, `diff` \(f(m["mb.diffMs"], 2)) ms "
            out += "(git ÷ EditionDiff \(f((m["mb.gitMs"] ?? .nan) / (m["mb.libraryMs"] ?? .nan), 1))×, git ÷ stdlib \(f((m["mb.gitMs"] ?? .nan) / (m["mb.stdlibMs"] ?? .nan), 1))×).\n"
        }
        return out
    }
}

extension Report {
    /// The corpus-store table: every figure from the store, beside the whole-corpus path in the same run.
    static func store(_ report: [String: [String: Double]]) -> String {
        let sizes = ["small", "medium", "large"].filter { report[$0] != nil }
        var out = "## Corpus store\n\n| measure | " + sizes.joined(separator: " | ") + " |\n|---|" + sizes.map { _ in "---:|" }.joined() + "\n"
        func row(_ title: String, _ value: ([String: Double]) -> String) {
            out += "| \(title) | " + sizes.map { value(report[$0] ?? [:]) }.joined(separator: " | ") + " |\n"
        }
        row("load average (1 min) before / after") { "\(f($0["loadBefore"])) / \(f($0["loadAfter"]))" }
        row("corpus text (MB)") { f($0["corpusMB"]) }
        row("`nusqa index --rebuild` (s) / peak MiB") { "\(f($0["indexSeconds"])) / \(f($0["indexPeakMiB"], 0))" }
        row("store size (MB) / ÷ corpus text") { "\(f($0["storeMB"])) / \(f(($0["storeMB"] ?? .nan) / ($0["corpusMB"] ?? .nan), 2))×" }
        row("`nusqa index`, nothing changed (ms)") { f(($0["current"] ?? .nan) * 1000, 0) }
        row("re-index after one amending order changed (s)") { f($0["reindexOneSeconds"], 2) }
        for command in ["show", "versions", "history", "diff"] {
            row("`\(command)` from the store: median / p99 (ms); failed runs") {
                "\(f($0[command + "MedianMs"], 0)) / \(f($0[command + "P99Ms"], 0)); \(f($0[command + "Failures"], 0))"
            }
            row("`\(command)` whole corpus (ms) / peak MiB / ÷ store") {
                "\(f($0[command + "WholeMs"], 0)) / \(f($0[command + "WholePeakMiB"], 0)) / \(f(($0[command + "WholeMs"] ?? .nan) / ($0[command + "MedianMs"] ?? .nan), 0))×"
            }
        }
        row("`search` median / p99 (ms); failed runs") { "\(f($0["searchMedianMs"], 0)) / \(f($0["searchP99Ms"], 0)); \(f($0["searchFailures"], 0))" }
        return out
    }
}
