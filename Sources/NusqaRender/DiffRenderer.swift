import NusqaCore
import NusqaDiff
import NusqaLanguage

/// Renders a ``DiffReport`` as terminal text, HTML or JSON (айырманы көрсету): a summary, a legend,
/// and each change in document order with what made it.
public enum DiffRenderer {
    /// Text with `[-old-]{+new+}` marks; ANSI red and green when `color` is true.
    /// - Parameters:
    ///   - report: the differences between two editions or two files.
    ///   - color: whether to colour insertions and deletions with ANSI codes.
    ///   - escape: makes a text safe for a terminal; applied to every text, not to the colour codes.
    public static func text(_ report: DiffReport, color: Bool, escape: (String) -> String = { $0 }) -> String {
        let diff = report.diff
        var out = escape(report.title) + "\n" + "Редакциялар айырмасы / diff: \(escape(report.from)) → \(escape(report.to))\n"
        if diff.isEmpty { return out + "айырма жоқ / no differences\n" }
        let (red, green, bold, dim, reset) = color ? ("\u{1B}[31m", "\u{1B}[32m", "\u{1B}[1m", "\u{1B}[2m", "\u{1B}[0m") : ("", "", "", "", "")
        out += "Қорытынды / summary: " + report.counts.map { "\($0.count) \(DiffReport.name($0.kind))" }.joined(separator: ", ") + "\n"
        for act in report.acts { out += "  \(act.label): \(act.count)\n" }
        out += DiffReport.legend + "\n"
        if report.showsUncertainText { out += escape(UncertainText.explanation) + "\n" }
        let continuations = report.continuations
        for (index, entry) in diff.entries.enumerated() {
            let known = entry.kind == .becameKnown
            if continuations[index] {
                // Inside the unit above, made by the same instructions: named, not attributed again.
                out += "\n\(bold)  \(DiffReport.symbol(entry.kind)) \(report.labels.reference(entry.id)) (\(entry.id))\(reset)\n"
            } else {
                out += "\n\(bold)\(DiffReport.symbol(entry.kind)) \(report.labels.reference(entry.id)) (\(entry.id)) — \(DiffReport.name(of: entry))\(reset)\n"
                for attribution in report.attributions[entry.id] ?? [] { out += "  \(dim)\(escape(DiffReport.describe(attribution)))\(reset)\n" }
            }
            if let old = entry.old, let new = entry.new, old.status != new.status {
                out += "  күйі / status: \(old.status.name) → \(new.status.name)\n"
            }
            var line = "  "
            for edit in entry.edits {
                switch edit.operation {
                case .equal: line += escape(edit.text)
                case .delete: line += "\(red)[-\(escape(edit.text))-]\(reset)"
                // Text that became known was there all along: it is shown plain, not as an insertion.
                case .insert: line += known ? escape(edit.text) : "\(green){+\(escape(edit.text))+}\(reset)"
                }
            }
            // More than the two spaces (`count` would walk every character of a long clause).
            if !line.dropFirst(2).isEmpty {
                out += line
                out += "\n"
            } else if entry.new?.content == .notInCorpus {
                // Only the unit's place became known (a sub-unit was added to it): its own text is still missing.
                out += "  " + EditionRenderer.unknownText + "\n"
            }
        }
        return out
    }

    /// One self-contained HTML page: summary, legend, a table of contents linking to each change, and
    /// the changes with `<del>` and `<ins>`; text that became known is marked apart from insertions.
    public static func html(_ report: DiffReport) -> String {
        let diff = report.diff
        let heading = report.title
        var out = "<!DOCTYPE html>\n<html lang=\"kk\">\n<head>\n<meta charset=\"utf-8\">\n<title>\(HTML.escape(heading))</title>\n<style>\n"
        out += "body{font-family:Georgia,serif;max-width:52em;margin:2em auto;line-height:1.5;color:#222}h1{font-size:1.3em}h2{font-size:1em;margin-top:1.5em}\n"
        out += "del{background:#fdd;color:#900}ins{background:#dfd;color:#060;text-decoration:none}.kind{color:#777;font-weight:normal}\n"
        out += ".known{background:#eef3ff;border-left:3px solid #6c8ed8;padding-left:.4em}.attribution{color:#555;font-size:.85em;margin:.1em 0}\n"
        out += ".summary,.legend{font-size:.9em;background:#f7f7f7;padding:.4em .8em}nav ol{font-size:.9em}nav summary{cursor:pointer;color:#555;font-size:.9em}.continued{margin-left:1.5em}.gap{color:#666;font-style:italic;background:#f1f1f1;border:1px dashed #bbb;padding:.1em .4em}.continued h3{font-size:.95em;margin:.8em 0 .2em}\n"
        out += "</style>\n</head>\n<body>\n<h1>\(HTML.escape(heading))</h1>\n"
        out += "<p class=\"meta\">Редакциялар айырмасы / diff: \(HTML.escape(report.from)) → \(HTML.escape(report.to))</p>\n"
        if diff.isEmpty { return out + "<p>Айырма жоқ / no differences.</p>\n</body>\n</html>\n" }
        // Each count links to the first change of its kind.
        out += "<div class=\"summary\"><p><b>Қорытынды / summary:</b> "
            + report.counts.map { count in
                let first = (diff.entries.firstIndex { $0.kind == count.kind } ?? 0) + 1
                return "<a href=\"#change-\(first)\">\(count.count) \(HTML.escape(DiffReport.name(count.kind)))</a>"
            }.joined(separator: ", ") + "</p>\n"
        if !report.acts.isEmpty {
            out += "<ul>" + report.acts.map { "<li>\(HTML.escape($0.label)): \($0.count)</li>" }.joined() + "</ul>\n"
        }
        out += "</div>\n<p class=\"legend\">Белгілер / legend: <del>алынған сөздер / removed</del> <ins>қосылған сөздер / added</ins> "
            + "<span class=\"known\">мәтіні белгілі болды: бірлік бұрын да болған, мәтіні корпуста болмаған / became known: the unit existed, its text was not in corpus</span>"
            + (report.showsUncertainText ? "<br>" + HTML.escape(UncertainText.explanation) : "") + "</p>\n"
        // The contents are collapsed to one line, so the summary is followed by the first change.
        out += "<nav class=\"toc\"><details><summary>Мазмұны / contents: \(diff.entries.count)</summary>\n<ol>\n"
        for (index, entry) in diff.entries.enumerated() {
            out += "<li><a href=\"#change-\(index + 1)\">\(HTML.escape(report.labels.reference(entry.id)))</a> <span class=\"kind\">\(HTML.escape(DiffReport.name(of: entry)))</span></li>\n"
        }
        out += "</ol>\n</details></nav>\n"
        let continuations = report.continuations
        for (index, entry) in diff.entries.enumerated() {
            let kindClass = "entry entry-\(entry.kind == .becameKnown ? "becameKnown" : entry.kind.rawValue)\(continuations[index] ? " continued" : "")"
            out += "<section class=\"\(kindClass)\" id=\"change-\(index + 1)\" data-clause=\"\(HTML.escape(entry.id.description))\">\n"
            if continuations[index] {
                // Inside the unit above, made by the same instructions: named, not attributed again.
                out += "<h3>\(HTML.escape(report.labels.reference(entry.id))) <span class=\"kind\">\(HTML.escape(entry.id.description))</span></h3>\n"
            } else {
                out += "<h2>\(DiffReport.symbol(entry.kind)) \(HTML.escape(report.labels.reference(entry.id))) <span class=\"kind\">\(HTML.escape(entry.id.description)) · \(HTML.escape(DiffReport.name(of: entry)))</span></h2>\n"
                for attribution in report.attributions[entry.id] ?? [] {
                    out += "<p class=\"attribution\">\(HTML.escape(DiffReport.describe(attribution)))</p>\n"
                }
            }
            if entry.edits.allSatisfy({ $0.text.isEmpty }), entry.new?.content == .notInCorpus {
                // Only the unit's place became known (a sub-unit was added to it): its own text is still missing.
                out += "<p class=\"gap\">\(HTML.escape(EditionRenderer.unknownText))</p>\n</section>\n"
                continue
            }
            out += entry.kind == .becameKnown ? "<p class=\"known\">" : "<p>"
            for edit in entry.edits {
                switch edit.operation {
                case .equal: out += HTML.escape(edit.text)
                case .delete: out += "<del>\(HTML.escape(edit.text))</del>"
                case .insert: out += entry.kind == .becameKnown ? HTML.escape(edit.text) : "<ins>\(HTML.escape(edit.text))</ins>"
                }
            }
            out += "</p>\n</section>\n"
        }
        return out + "</body>\n</html>\n"
    }

    /// Structured changes with clause ids, token edits, and what made each change.
    public static func json(_ report: DiffReport) -> JSONValue {
        .array(
            report.diff.entries.map { entry in
                [
                    "kind": .string(entry.kind.rawValue), "id": .string(entry.id.description), "reading": .string(entry.id.kazakhReference),
                    "label": .string(report.labels.reference(entry.id)),
                    "oldStatus": .optional(entry.old.map { $0.content == .notInCorpus && $0.text.isEmpty ? "not-in-corpus" : $0.status.name }),
                    "newStatus": .optional(entry.new.map { $0.content == .notInCorpus && $0.text.isEmpty ? "not-in-corpus" : $0.status.name }),
                    "edits": .array(entry.edits.map { ["op": .string($0.operation.rawValue), "text": .string($0.text)] }),
                    "madeBy": .array((report.attributions[entry.id] ?? []).map { a in
                        [
                            "act": .string(a.act), "instruction": .int(a.instruction), "instructionText": .string(a.instructionText),
                            "operation": .string(a.operation.rawValue), "effective": .string(a.effective.description), "estimated": .bool(a.isEstimated),
                        ]
                    }),
                ]
            })
    }

    /// The summary as JSON: counts by kind and the amending acts.
    public static func summaryJSON(_ report: DiffReport) -> JSONValue {
        [
            "counts": .object(Dictionary(uniqueKeysWithValues: report.counts.map { ($0.kind.rawValue, JSONValue.int($0.count)) })),
            "acts": .array(report.acts.map { ["act": .string($0.act), "label": .string($0.label), "changes": .int($0.count)] }),
        ]
    }
}
