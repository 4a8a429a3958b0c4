import Foundation
import NusqaCLI
import NusqaKit

/// Runs one input through every stage of Nusqa in process and checks the invariants (fuzz жүгірткісі).
///
/// Parse, tree dump and JSON; instructions; a timeline with the input as an amending order of a
/// corpus act (every edition validates no worse than the base, `asOf` returns each edition on its
/// date); every renderer (text, Markdown, HTML escape their text; JSON parses); edition diffs (the
/// round trip holds); and the CLI's `parse` and `instructions` on the input as a file (diagnostics
/// point into the file, no raw control character reaches the terminal). Shared by `nusqa-fuzz` and
/// the libFuzzer entry point.
public struct FuzzHarness: Sendable {
    /// The base acts mutated orders may amend.
    let bases: [Corpus.Entry]
    /// An empty corpus folder for the CLI runs, so they do not load the bundled corpus per case.
    let emptyCorpus: String
    /// A scratch file for the CLI runs.
    let scratch: String
    /// Where the time of each stage is summed, when profiling.
    let clock: StageClock?

    /// Creates a harness over the base acts of `pool`; `clock` sums the time of each stage.
    public init(bases: [Corpus.Entry], clock: StageClock? = nil) {
        self.bases = bases
        self.clock = clock
        // In memory when the system has it: a file rewritten per case on a disk file system costs
        // milliseconds of waiting (ext4 flushes a truncated file when it is closed).
        let memory = access("/dev/shm", W_OK) == 0 ? "/dev/shm/" : NSTemporaryDirectory()
        let folder = memory + "nusqa-fuzz-\(getpid())"
        try? FileManager.default.createDirectory(atPath: folder + "/corpus/acts", withIntermediateDirectories: true)
        emptyCorpus = folder + "/corpus"
        scratch = folder + "/input.txt"
    }

    /// Removes the scratch folder.
    public func cleanUp() {
        try? FileManager.default.removeItem(atPath: (scratch as NSString).deletingLastPathComponent)
    }

    /// Runs `body`, timed as `stage` when profiling.
    func timed<T>(_ stage: String, _ body: () -> T) -> T {
        guard let clock else { return body() }
        return clock.measure(stage, body)
    }

    /// Every broken invariant for `bytes`; empty when all hold. A trap ends the process: the caller
    /// runs cases in a child process to catch it.
    public func run(_ bytes: [UInt8], original: [UInt8]? = nil, cli: Bool = true) -> [Finding] {
        var findings: [Finding] = []
        let lines = timed("input lines") { InputLines(bytes) }
        func inRange(_ location: SourceLocation?, _ what: String) {
            guard let location, let problem = lines.problem(line: location.line, column: location.column) else { return }
            findings.append(Finding("diagnostic-out-of-range", "\(what) at \(location): \(problem)"))
        }

        // Parse.
        let act = timed("parse") { ActParser.parse(bytes: bytes, name: "fuzz.txt") }
        for diagnostic in act.diagnostics { inRange(diagnostic.location, "parse [\(diagnostic.code)]") }
        for (id, span) in act.spans { inRange(span.start, "span of \(id)") }
        if timed("tree dump", { TreeDump.render(act) }).isEmpty { findings.append(Finding("tree-empty", "TreeDump gave nothing")) }
        timed("act JSON") { checkJSON(act.body.json(id: .root), "act JSON", into: &findings) }

        // Instructions and the timeline: the input as an amending order in a corpus of base acts.
        let metadata = ActMetadata(
            id: "fuzz", kind: .amending, signed: CivilDate(year: 2025, month: 1, day: 10),
            published: bytes.count % 2 == 0 ? CivilDate(year: 2025, month: 1, day: 20) : nil)
        let corpus = timed("corpus") { Corpus(entries: bases + [Corpus.Entry(metadata: metadata, act: act, textPath: "fuzz.txt")]) }
        let consolidation = timed("consolidation") { Consolidation(corpus: corpus) }
        if let reading = consolidation.readings["fuzz"] {
            for diagnostic in reading.diagnostics { inRange(diagnostic.location, "instructions [\(diagnostic.code)]") }
            for patch in reading.patches { inRange(patch.span.start, "patch \(patch.target)") }
            for item in reading.unparsed { inRange(item.span.start, "unparsed instruction") }
            if let target = reading.targetID, let entry = corpus.entry(named: target) {
                let timeline = timed("timeline") { consolidation.timeline(for: entry) }
                checkTimeline(timeline, into: &findings)
            }
        }

        // A diff of the input against the text it was made from.
        if let original {
            let before = timed("parse seed") { ActParser.parse(bytes: original, name: "seed.txt") }
            timed("diff seed → input") { checkDiff(before.body, act.body, "seed → input", into: &findings) }
        }

        if cli { checkCLI(bytes, lines: lines, into: &findings) }
        return findings
    }

    /// Editions validate no worse than the base, `asOf` is idempotent, renderers escape, diffs round-trip.
    func checkTimeline(_ timeline: Timeline, into findings: inout [Finding]) {
        guard let first = timeline.editions.first else {
            findings.append(Finding("timeline-empty", "no edition"))
            return
        }
        let baseProblems = Set(EditionValidator.errors(first).map(\.description))
        // Renders cost the most: the first, the last and two in between.
        let editions = timeline.editions
        let sampled = Set([0, editions.count / 3, 2 * editions.count / 3, editions.count - 1])
        for (index, edition) in editions.enumerated() {
            for problem in timed("validate", { EditionValidator.errors(edition) }) where !baseProblems.contains(problem.description) {
                findings.append(Finding("edition-invalid", "edition \(edition.date?.description ?? "base"): \(problem)"))
            }
            let date = edition.date ?? CivilDate(year: 2000, month: 1, day: 1)!
            let found = timeline.edition(asOf: date)
            if edition.date != nil, found != edition {
                findings.append(Finding("as-of", "edition(asOf: \(date)) is not the edition that starts on \(date)"))
            }
            if timeline.edition(asOf: found.date ?? date) != found {
                findings.append(Finding("as-of-idempotent", "edition(asOf: edition(asOf: \(date)).date) differs"))
            }
            guard sampled.contains(index) else { continue }
            timed("render editions") { checkRenders(timeline, edition, date: date, into: &findings) }
            if index > 0 { timed("diff editions") { checkDiff(editions[index - 1].body, edition.body, "edition \(index - 1) → \(index)", into: &findings) } }
        }
    }

    /// The edition in every format: Markdown and HTML escape the text, JSON parses, text is not empty.
    func checkRenders(_ timeline: Timeline, _ edition: Edition, date: CivilDate, into findings: inout [Finding]) {
        let renderer = EditionRenderer(
            title: "<Тақырып> *", asOf: date, edition: edition, coming: timeline.comingChanges(after: date),
            unapplied: timeline.unapplied, info: { _ in nil })
        checkMarkdown(renderer.render(.md), into: &findings)
        checkHTML(renderer.render(.html), "edition HTML", into: &findings)
        if renderer.render(.text).isEmpty { findings.append(Finding("render-empty", "text of edition \(date)")) }
        checkJSON(edition.body.json(id: .root), "edition JSON", into: &findings)
    }

    /// `diff(a, b).applied(to: flatten(a)) == flatten(b)`, and every diff renderer works.
    func checkDiff(_ old: Clause, _ new: Clause, _ what: String, into findings: inout [Finding]) {
        let diff = EditionDiff(from: old, to: new)
        let flatOld = Dictionary(FlatClause.flatten(old).map { ($0.id, $0.clause) }, uniquingKeysWith: { a, _ in a })
        let flatNew = Dictionary(FlatClause.flatten(new).map { ($0.id, $0.clause) }, uniquingKeysWith: { a, _ in a })
        if diff.applied(to: flatOld) != flatNew { findings.append(Finding("diff-round-trip", what)) }
        for entry in diff.entries {
            if WordDiff.old(from: entry.edits) != (entry.old?.text ?? "") || WordDiff.new(from: entry.edits) != (entry.new?.text ?? "") {
                findings.append(Finding("word-diff-rebuild", "\(what) at \(entry.id)"))
                break
            }
        }
        let report = DiffReport(diff: diff, title: "<diff>", from: "a", to: "b")
        checkHTML(DiffRenderer.html(report), "diff HTML", into: &findings)
        checkJSON(DiffRenderer.json(report), "diff JSON", into: &findings)
        _ = DiffRenderer.text(report, color: true)
    }

    /// The CLI's `parse` and `instructions` on the input as a file: exit 0 or 1, diagnostics in range,
    /// no raw control character on either stream.
    func checkCLI(_ bytes: [UInt8], lines: InputLines, into findings: inout [Finding]) {
        guard timed("CLI write", { write(bytes, to: scratch) }) else { return }
        let prefix = Array((scratch + ":").utf8)
        for command in [["parse", scratch], ["instructions", scratch]] {
            var out = ""
            var err = ""
            let status = timed("CLI \(command[0])") { CLI.run(command + ["--corpus", emptyCorpus], stdout: &out, stderr: &err) }
            if status != 0 && status != 1 { findings.append(Finding("cli-status", "\(command[0]) exited \(status)")) }
            timed("CLI output checks") {
                for stream in [out, err] where FuzzHarness.hasRawControlCharacter(stream) {
                    findings.append(Finding("control-character", "\(command[0]) printed a raw control character"))
                }
                for line in Array(err.utf8).split(separator: 0x0A) where line.starts(with: prefix) {
                    let fields = line.dropFirst(prefix.count).split(separator: UInt8(ascii: ":"), maxSplits: 2)
                    guard fields.count >= 2, let row = Int(String(decoding: fields[0], as: UTF8.self)),
                          let column = Int(String(decoding: fields[1], as: UTF8.self)) else { continue }
                    if let problem = lines.problem(line: row, column: column) {
                        let text = String(decoding: line, as: UTF8.self).prefix(160)
                        findings.append(Finding("diagnostic-out-of-range", "\(command[0]): \(text): \(problem)"))
                    }
                }
            }
        }
    }

    /// Whether `text` holds a C0 control other than tab and line feed, DEL, or a C1 control (U+0080–U+009F,
    /// in UTF-8 the bytes C2 80 … C2 9F): read byte by byte, without breaking the text into characters.
    static func hasRawControlCharacter(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte < 0x20 && byte != 0x0A && byte != 0x09 || byte == 0x7F || previous == 0xC2 && (0x80...0x9F).contains(byte) {
                return true
            }
            previous = byte
        }
        return false
    }

    /// Writes `bytes` to `path` as a new file (the old one removed first, not truncated; no temporary
    /// file and rename: the scratch file is the harness's own).
    func write(_ bytes: [UInt8], to path: String) -> Bool {
        unlink(path)
        guard let file = fopen(path, "wb") else { return false }
        let written = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, file) }
        return fclose(file) == 0 && written == bytes.count
    }

    /// Every `<` of the Markdown is escaped, except inside an indented code block (verbatim lines).
    func checkMarkdown(_ markdown: String, into findings: inout [Finding]) {
        for line in markdown.split(separator: "\n") where !line.hasPrefix("    ") {
            var previous: Character = " "
            for character in line {
                if character == "<" && previous != "\\" {
                    findings.append(Finding("markdown-unescaped", String(line.prefix(160))))
                    return
                }
                previous = character
            }
        }
    }

    /// The names of the HTML elements the renderers write; a `<` that opens any other tag, or no tag at
    /// all, means text went out unescaped. (The mutator injects `<script>`, `<img …>` and `<iframe>`, which
    /// no renderer writes.)
    static let tagNames: Set<String> = [
        "!doctype", "html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "h4", "h5", "h6", "p", "pre",
        "ins", "del", "div", "span", "section", "nav", "ul", "ol", "li", "code", "a", "b", "strong", "em", "blockquote",
        "table", "thead", "tbody", "tr", "th", "td", "br", "hr", "small", "sup", "sub", "details", "summary",
    ]

    func checkHTML(_ html: String, _ what: String, into findings: inout [Finding]) {
        let bytes = Array(html.utf8)
        var index = 0
        while let found = bytes[index...].firstIndex(of: UInt8(ascii: "<")) {
            var end = found + 1
            if end < bytes.count, bytes[end] == UInt8(ascii: "/") { end += 1 }
            let nameStart = end
            while end < bytes.count, bytes[end] == UInt8(ascii: "!") || (bytes[end] | 0x20) >= UInt8(ascii: "a") && (bytes[end] | 0x20) <= UInt8(ascii: "z")
                || bytes[end] >= UInt8(ascii: "0") && bytes[end] <= UInt8(ascii: "9")
            {
                end += 1
            }
            let name = String(decoding: bytes[nameStart..<end], as: UTF8.self).lowercased()
            let closes = end < bytes.count && [UInt8(ascii: ">"), UInt8(ascii: " "), UInt8(ascii: "/")].contains(bytes[end])
            if !(closes && FuzzHarness.tagNames.contains(name)) {
                let context = String(decoding: bytes[found..<min(bytes.count, found + 40)], as: UTF8.self)
                findings.append(Finding("html-unescaped", "\(what): \(context)"))
                return
            }
            index = found + 1
        }
    }

    func checkJSON(_ value: JSONValue, _ what: String, into findings: inout [Finding]) {
        let text = value.rendered()
        if (try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])) == nil {
            findings.append(Finding("json-unparsable", what))
        }
    }
}
