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

    /// Creates a harness over the base acts of `pool`.
    public init(bases: [Corpus.Entry]) {
        self.bases = bases
        let folder = NSTemporaryDirectory() + "nusqa-fuzz-\(getpid())"
        try? FileManager.default.createDirectory(atPath: folder + "/corpus/acts", withIntermediateDirectories: true)
        emptyCorpus = folder + "/corpus"
        scratch = folder + "/input.txt"
    }

    /// Removes the scratch folder.
    public func cleanUp() {
        try? FileManager.default.removeItem(atPath: (scratch as NSString).deletingLastPathComponent)
    }

    /// Every broken invariant for `bytes`; empty when all hold. A trap ends the process: the caller
    /// runs cases in a child process to catch it.
    public func run(_ bytes: [UInt8], original: [UInt8]? = nil, cli: Bool = true) -> [Finding] {
        var findings: [Finding] = []
        let lines = InputLines(bytes)
        func inRange(_ location: SourceLocation?, _ what: String) {
            guard let location, let problem = lines.problem(line: location.line, column: location.column) else { return }
            findings.append(Finding("diagnostic-out-of-range", "\(what) at \(location): \(problem)"))
        }

        // Parse.
        let act = ActParser.parse(bytes: bytes, name: "fuzz.txt")
        for diagnostic in act.diagnostics { inRange(diagnostic.location, "parse [\(diagnostic.code)]") }
        for (id, span) in act.spans { inRange(span.start, "span of \(id)") }
        if TreeDump.render(act).isEmpty { findings.append(Finding("tree-empty", "TreeDump gave nothing")) }
        checkJSON(act.body.json(id: .root), "act JSON", into: &findings)

        // Instructions and the timeline: the input as an amending order in a corpus of base acts.
        let metadata = ActMetadata(
            id: "fuzz", kind: .amending, signed: CivilDate(year: 2025, month: 1, day: 10),
            published: bytes.count % 2 == 0 ? CivilDate(year: 2025, month: 1, day: 20) : nil)
        let corpus = Corpus(entries: bases + [Corpus.Entry(metadata: metadata, act: act, textPath: "fuzz.txt")])
        let consolidation = Consolidation(corpus: corpus)
        if let reading = consolidation.readings["fuzz"] {
            for diagnostic in reading.diagnostics { inRange(diagnostic.location, "instructions [\(diagnostic.code)]") }
            for patch in reading.patches { inRange(patch.span.start, "patch \(patch.target)") }
            for item in reading.unparsed { inRange(item.span.start, "unparsed instruction") }
            if let target = reading.targetID, let entry = corpus.entry(named: target) {
                checkTimeline(consolidation.timeline(for: entry), into: &findings)
            }
        }

        // A diff of the input against the text it was made from.
        if let original {
            let before = ActParser.parse(bytes: original, name: "seed.txt")
            checkDiff(before.body, act.body, "seed → input", into: &findings)
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
            for problem in EditionValidator.errors(edition) where !baseProblems.contains(problem.description) {
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
            let renderer = EditionRenderer(
                title: "<Тақырып> *", asOf: date, edition: edition, coming: timeline.comingChanges(after: date),
                unapplied: timeline.unapplied, info: { _ in nil })
            checkMarkdown(renderer.render(.md), into: &findings)
            checkHTML(renderer.render(.html), "edition HTML", into: &findings)
            if renderer.render(.text).isEmpty { findings.append(Finding("render-empty", "text of edition \(date)")) }
            checkJSON(edition.body.json(id: .root), "edition JSON", into: &findings)
            if index > 0 { checkDiff(editions[index - 1].body, edition.body, "edition \(index - 1) → \(index)", into: &findings) }
        }
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
        guard FileManager.default.createFile(atPath: scratch, contents: Data(bytes)) else { return }
        for command in [["parse", scratch], ["instructions", scratch]] {
            var out = ""
            var err = ""
            let status = CLI.run(command + ["--corpus", emptyCorpus], stdout: &out, stderr: &err)
            if status != 0 && status != 1 { findings.append(Finding("cli-status", "\(command[0]) exited \(status)")) }
            for stream in [out, err] where stream.unicodeScalars.contains(where: { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value) }) {
                findings.append(Finding("control-character", "\(command[0]) printed a raw control character"))
            }
            let prefix = scratch + ":"
            for line in err.split(separator: "\n") where line.hasPrefix(prefix) {
                let fields = line.dropFirst(prefix.count).split(separator: ":", maxSplits: 2)
                guard fields.count >= 2, let row = Int(fields[0]), let column = Int(fields[1]) else { continue }
                if let problem = lines.problem(line: row, column: column) {
                    findings.append(Finding("diagnostic-out-of-range", "\(command[0]): \(line.prefix(160)): \(problem)"))
                }
            }
        }
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
        "table", "thead", "tbody", "tr", "th", "td", "br", "hr", "small", "sup", "sub",
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
