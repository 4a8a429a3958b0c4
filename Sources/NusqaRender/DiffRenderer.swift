import NusqaCore
import NusqaDiff
import NusqaLanguage

/// Renders an ``EditionDiff`` as terminal text, HTML or JSON (айырманы көрсету).
public enum DiffRenderer {
    /// Text with `[-old-]{+new+}` marks; ANSI red and green when `color` is true.
    public static func text(_ diff: EditionDiff, heading: String, color: Bool) -> String {
        var out = heading + "\n"
        if diff.isEmpty { return out + "no differences\n" }
        let (red, green, bold, reset) = color ? ("\u{1B}[31m", "\u{1B}[32m", "\u{1B}[1m", "\u{1B}[0m") : ("", "", "", "")
        for entry in diff.entries {
            out += "\n\(bold)\(symbol(entry.kind)) \(entry.id) — \(entry.id.kazakhReference) [\(entry.kind.rawValue)]\(reset)\n"
            if let old = entry.old, let new = entry.new, old.status != new.status {
                out += "  status: \(old.status.name) → \(new.status.name)\n"
            }
            var line = "  "
            for edit in entry.edits {
                switch edit.operation {
                case .equal: line += edit.text
                case .delete: line += "\(red)[-\(edit.text)-]\(reset)"
                case .insert: line += "\(green){+\(edit.text)+}\(reset)"
                }
            }
            if line.count > 2 { out += line + "\n" }
        }
        return out
    }

    /// One self-contained HTML page with `<del>` and `<ins>`.
    public static func html(_ diff: EditionDiff, heading: String) -> String {
        var out = "<!DOCTYPE html>\n<html lang=\"kk\">\n<head>\n<meta charset=\"utf-8\">\n<title>\(HTML.escape(heading))</title>\n<style>\n"
        out += "body{font-family:Georgia,serif;max-width:46em;margin:2em auto;line-height:1.5}h2{font-size:1em;margin-top:1.5em}\n"
        out += "del{background:#fdd;color:#900}ins{background:#dfd;color:#060;text-decoration:none}.kind{color:#777;font-weight:normal}\n"
        out += "</style>\n</head>\n<body>\n<h1>\(HTML.escape(heading))</h1>\n"
        if diff.isEmpty { out += "<p>No differences.</p>\n" }
        for entry in diff.entries {
            out += "<h2 id=\"\(HTML.escape(entry.id.description))\">\(HTML.escape(entry.id.kazakhReference)) <span class=\"kind\">\(entry.id) · \(entry.kind.rawValue)</span></h2>\n<p>"
            for edit in entry.edits {
                switch edit.operation {
                case .equal: out += HTML.escape(edit.text)
                case .delete: out += "<del>\(HTML.escape(edit.text))</del>"
                case .insert: out += "<ins>\(HTML.escape(edit.text))</ins>"
                }
            }
            out += "</p>\n"
        }
        return out + "</body>\n</html>\n"
    }

    /// Structured changes with clause ids and token edits.
    public static func json(_ diff: EditionDiff) -> JSONValue {
        .array(
            diff.entries.map { entry in
                [
                    "kind": .string(entry.kind.rawValue), "id": .string(entry.id.description), "reading": .string(entry.id.kazakhReference),
                    "oldStatus": .optional(entry.old.map { $0.content == .notInCorpus && $0.text.isEmpty ? "not-in-corpus" : $0.status.name }),
                    "newStatus": .optional(entry.new.map { $0.content == .notInCorpus && $0.text.isEmpty ? "not-in-corpus" : $0.status.name }),
                    "edits": .array(entry.edits.map { ["op": .string($0.operation.rawValue), "text": .string($0.text)] }),
                ]
            })
    }

    private static func symbol(_ kind: EditionDiff.Entry.Kind) -> String {
        switch kind {
        case .added: "+"
        case .removed: "-"
        default: "~"
        }
    }
}
