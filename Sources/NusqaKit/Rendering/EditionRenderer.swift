import Foundation

/// Renders an edition as text, Markdown or HTML (мәтін), with notes under changed units, gaps shown
/// plainly, and the changes not yet in force listed at the top.
public struct EditionRenderer {
    /// Output formats.
    public enum Format: String, Sendable, CaseIterable {
        case text, md, html
    }

    /// The act's title or id, for the heading.
    public var title: String
    /// The date asked for.
    public var asOf: CivilDate
    /// The edition in force on that date.
    public var edition: Edition
    /// Changes enacted but not yet in force on that date.
    public var coming: [Change]
    /// Changes that could not be applied.
    public var unapplied: [UnappliedChange]
    /// Amending act info for notes.
    public var info: (String) -> EditorialNote.ActInfo?

    /// Creates a renderer.
    public init(
        title: String, asOf: CivilDate, edition: Edition, coming: [Change], unapplied: [UnappliedChange],
        info: @escaping (String) -> EditorialNote.ActInfo?
    ) {
        self.title = title
        self.asOf = asOf
        self.edition = edition
        self.coming = coming
        self.unapplied = unapplied
        self.info = info
    }

    private static let gap = "[… корпуста жоқ / not in corpus …]"

    /// The rendered document.
    /// - Complexity: O(n) in the size of the edition.
    public func render(_ format: Format) -> String {
        var lines: [Line] = []
        var attributions: [String: String] = [:]
        let editionDate = edition.date.map { "in force since " + $0.description + (edition.isEstimated ? " (estimated)" : "") }
            ?? "the original text, before any amendment in the corpus"
        lines.append((0, .heading, "", title, nil))
        lines.append((0, .meta, "", "Редакция / edition as of \(asOf): \(editionDate)", nil))
        if edition.body.status == .repealed {
            lines.append((0, .note, "", "Күші жойылды / repealed", nil))
            for provenance in edition.body.provenance {
                lines.append((0, .note, "", note(provenance, &attributions), nil))
            }
        }
        if !coming.isEmpty {
            lines.append((0, .meta, "", "Күшіне енбеген өзгерістер / changes not yet in force:", nil))
            for change in coming {
                let op = change.deferredTarget == nil ? change.patch.operation.notePhrase : "жаңа редакцияда"
                lines.append((1, .meta, "", "\(change.effective) — \(change.target.kazakhReference) \(op) (\(change.act))", nil))
            }
        }
        let relevantUnapplied = unapplied.filter { $0.change.effective.date <= asOf }
        if !relevantUnapplied.isEmpty {
            lines.append((0, .meta, "", "Қолданылмаған өзгерістер / unapplied changes:", nil))
            for item in relevantUnapplied {
                lines.append((1, .meta, "", "\(item.change.target.kazakhReference) (\(item.change.act), \(item.change.effective)): \(item.reason)", nil))
            }
        }
        if edition.body.content == .notInCorpus { lines.append((0, .gap, "", "Бұйрықтың мәтіні корпуста жоқ / the text of the order is not in the corpus; known units follow.", nil)) }
        for child in edition.body.children {
            emit(child, id: ClauseID.root.appending(child.idStep), depth: 0, into: &lines, attributions: &attributions)
        }
        switch format {
        case .text, .md:
            var out = ""
            out.reserveCapacity(lines.reduce(0) { $0 + $1.label.utf8.count + $1.text.utf8.count + 2 * $1.depth + 4 })
            let indents = (0...(lines.map(\.depth).max() ?? 0)).map { String(repeating: "  ", count: $0) }
            for line in lines {
                let indent = indents[line.depth]
                switch (format, line.kind) {
                case (.md, .heading): out += "# "; out += line.text; out += "\n\n"
                case (.md, .note): out += indent; out += "> "; out += line.text; out += "\n\n"
                case (.md, .gap): out += indent; out += "*"; out += line.label; out += line.text; out += "*\n\n"
                case (.md, _): out += indent; out += line.label; out += line.text; out += "\n\n"
                default: out += indent; out += line.label; out += line.text; out += "\n"
                }
            }
            return out
        case .html:
            var out = "<!DOCTYPE html>\n<html lang=\"kk\">\n<head>\n<meta charset=\"utf-8\">\n<title>\(HTML.escape(title))</title>\n<style>\n"
            out += "body{font-family:Georgia,serif;max-width:46em;margin:2em auto;line-height:1.5;color:#222}h1{font-size:1.3em}\n"
            out += ".meta{color:#555;font-size:.9em}.note{color:#6b4e00;font-size:.85em;margin-left:1em;border-left:3px solid #e0c070;padding-left:.5em}\n"
            out += ".gap{color:#888;font-style:italic;background:#f4f4f4;padding:.1em .4em}.unit{margin:.3em 0}\n"
            out += ".pending{color:#a33}\n</style>\n</head>\n<body>\n"
            for line in lines {
                let margin = line.depth * 2
                let anchor = line.anchor.map { " id=\"\(HTML.escape($0.description))\"" } ?? ""
                switch line.kind {
                case .heading: out += "<h1>\(HTML.escape(line.text))</h1>\n"
                case .meta: out += "<p class=\"meta\" style=\"margin-left:\(margin)em\">\(HTML.escape(line.label + line.text))</p>\n"
                case .note: out += "<p class=\"note\" style=\"margin-left:\(margin)em\">\(HTML.escape(line.label + line.text))</p>\n"
                case .gap: out += "<p class=\"gap\"\(anchor) style=\"margin-left:\(margin)em\">\(HTML.escape(line.label + line.text))</p>\n"
                case .unit: out += "<p class=\"unit\"\(anchor) style=\"margin-left:\(margin)em\">\(HTML.escape(line.label + line.text))</p>\n"
                case .pending: out += "<p class=\"unit pending\"\(anchor) style=\"margin-left:\(margin)em\">\(HTML.escape(line.label + line.text))</p>\n"
                }
            }
            return out + "</body>\n</html>\n"
        }
    }

    enum LineKind { case heading, meta, note, gap, unit, pending }

    /// One output line: indent depth, kind, text, and the clause it anchors (HTML ids).
    typealias Line = (depth: Int, kind: LineKind, label: String, text: String, anchor: ClauseID?)

    /// The note under a changed unit; the attribution to the amending act is built once per act.
    private func note(_ provenance: Provenance, _ attributions: inout [String: String]) -> String {
        let attribution: String
        if let cached = attributions[provenance.act] {
            attribution = cached
        } else {
            attribution = EditorialNote.attribution(act: provenance.act, info: info(provenance.act))
            attributions[provenance.act] = attribution
        }
        return "Ескерту. " + EditorialNote.phrase(for: provenance) + " – " + attribution + " (" + EditorialNote.entryIntoForce(provenance) + ")."
    }

    private func emit(_ node: Clause, id: ClauseID, depth: Int, into lines: inout [Line], attributions: inout [String: String]) {
        let childParent = node.kind.isTransparentInIDs ? (id.parent ?? .root) : id
        let label: String
        switch node.kind {
        case .item: label = node.printedNumber.map { $0 + " " } ?? (node.number?.description ?? "?") + ". "
        case .subItem: label = (node.number?.description ?? "?") + ") "
        case .annex: label = "\(node.number?.description ?? "")-қосымша "
        case .chapter: label = "\(node.number?.description ?? "")-тарау "
        case .table: label = "\(node.number?.description ?? "")-кесте "
        case .row: label = ""
        case .preamble: label = "Кіріспе: "
        default: label = ""
        }
        var body = node.kind == .row ? node.cells.joined(separator: " | ") : node.text
        if let heading = node.heading { body = heading + (body.isEmpty ? "" : " — " + body) }
        switch node.status {
        case .deleted:
            lines.append((depth, .unit, label, "алып тасталды / deleted", id))
        case .repealed:
            lines.append((depth, .unit, label, "күші жойылды / repealed", id))
        case .pending(let from, let keeps):
            let text = keeps ? body + "  [жаңа редакциясы \(from) бастап / new wording from \(from)]" : "[\(from) бастап қолданысқа енгізіледі / not yet in force, from \(from)]"
            lines.append((depth, .pending, label, text, id))
        case .inForce:
            if node.kind == .preformatted {
                lines.append((depth, .unit, "", body, id))
            } else if !body.isEmpty {
                lines.append((depth, .unit, label, body, id))
            } else if node.content == .notInCorpus {
                lines.append((depth, .gap, label, Self.gap, id))
            } else if !label.isEmpty {
                lines.append((depth, .unit, "", label.trimmingCharacters(in: .whitespaces), id))
            }
        }
        if node.content == .notInCorpus && !body.isEmpty && node.children.isEmpty {
            lines.append((depth + 1, .gap, "", Self.gap, nil))
        }
        var previous: UnitNumber?
        for child in node.children {
            if node.content == .notInCorpus, child.kind != .preamble, child.number.map({ n in previous.map { !$0.isFollowed(by: n) } ?? (n.parts != [1]) }) ?? false {
                lines.append((depth + 1, .gap, "", Self.gap, nil))
            }
            emit(child, id: childParent.appending(child.idStep), depth: depth + 1, into: &lines, attributions: &attributions)
            previous = child.number
        }
        if node.content == .notInCorpus, !node.children.isEmpty, node.kind != .document {
            lines.append((depth + 1, .gap, "", Self.gap, nil))
        }
        // The note stands under the whole unit, as on adilet.
        for provenance in node.provenance {
            lines.append((depth + 1, .note, "", note(provenance, &attributions), nil))
        }
    }
}

extension UnitNumber {
    /// Whether `next` directly follows this number: 3 → 4, 3 → 3-1, 3-1 → 3-2, 3-2 → 4.
    func isFollowed(by next: UnitNumber) -> Bool {
        if next.parts.count == parts.count + 1, Array(next.parts.dropLast()) == parts, next.parts.last == 1 { return true }
        if next.parts.count == parts.count, Array(next.parts.dropLast()) == Array(parts.dropLast()), next.parts.last == (parts.last ?? 0) + 1 { return true }
        if next.parts.count == 1, let first = parts.first, next.parts[0] == first + 1 { return true }
        return false
    }
}

/// HTML escaping of `& < > " '`.
enum HTML {
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.count)
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }
}
