import Foundation
import NusqaAmend
import NusqaCore
import NusqaLanguage
import NusqaTimeline

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
        var writer = LineWriter(format: format, title: title, estimatedSize: LineWriter.estimatedSize(of: edition.body))
        var attributions: [String: String] = [:]
        let editionDate = edition.date.map { "in force since " + $0.description + (edition.isEstimated ? " (estimated)" : "") }
            ?? "the original text, before any amendment in the corpus"
        writer.write((0, .heading, "", title, nil))
        writer.write((0, .meta, "", "Редакция / edition as of \(asOf): \(editionDate)", nil))
        if edition.body.status == .repealed {
            writer.write((0, .note, "", "Күші жойылды / repealed", nil))
            for provenance in edition.body.provenance {
                writer.write((0, .note, "", note(provenance, &attributions), nil))
            }
        }
        if !coming.isEmpty {
            writer.write((0, .meta, "", "Күшіне енбеген өзгерістер / changes not yet in force:", nil))
            for change in coming {
                let op = change.deferredTarget == nil ? change.patch.operation.notePhrase : "жаңа редакцияда"
                writer.write((1, .meta, "", "\(change.effectiveText) — \(change.target.kazakhReference) \(op) (\(change.act))", nil))
            }
        }
        let relevantUnapplied = unapplied.filter { $0.change.effective.map { $0.date <= asOf } ?? true }
        if !relevantUnapplied.isEmpty {
            writer.write((0, .meta, "", "Қолданылмаған өзгерістер / unapplied changes:", nil))
            for item in relevantUnapplied {
                writer.write((1, .meta, "", "\(item.change.target.kazakhReference) (\(item.change.act), \(item.change.effectiveText)): \(item.reason)", nil))
            }
        }
        if edition.body.content == .notInCorpus { writer.write((0, .gap, "", "Бұйрықтың мәтіні корпуста жоқ / the text of the order is not in the corpus; known units follow.", nil)) }
        for child in edition.body.children {
            emit(child, id: edition.body.id(ofChild: child, at: .root), depth: 0, into: &writer, attributions: &attributions)
        }
        return writer.finish()
    }

    /// What a line is; `verbatim` lines keep their line breaks (a flattened table).
    enum LineKind { case heading, meta, note, gap, unit, pending, verbatim }

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

    private func emit(_ node: Clause, id: ClauseID, depth: Int, into writer: inout LineWriter, attributions: inout [String: String]) {
        // A publisher's note of the source text is no legal text: JSON keeps it, with its history.
        if node.kind == .editorialNote { return }
        let label: String
        switch node.kind {
        case .item: label = node.printedNumber.map { $0 + " " } ?? (node.number?.description ?? "?") + ". "
        case .subItem: label = (node.number?.description ?? "?") + ") "
        case .annex: label = "\(node.number?.description ?? "")-қосымша "
        case .chapter: label = "\(node.number?.description ?? "")-тарау "
        case .section: label = "\(node.number?.description ?? "")-бөлім "
        case .subsection: label = "\(node.number?.description ?? "")-параграф "
        case .article: label = "\(node.number?.description ?? "")-бап "
        case .table: label = "\(node.number?.description ?? "")-кесте "
        case .row: label = ""
        case .preamble: label = "Кіріспе: "
        default: label = ""
        }
        var body = node.kind == .row ? node.cells.joined(separator: " | ") : node.text
        // An annex's text is its header lines; on one line they read "… бұйрығына қосымша / … қосымша".
        if node.kind == .annex, body.utf8.contains(0x0A) { body = body.split(separator: "\n").joined(separator: " / ") }
        if let heading = node.heading { body = heading + (body.isEmpty ? "" : " — " + body) }
        switch node.status {
        case .deleted:
            writer.write((depth, .unit, label, "алып тасталды / deleted", id))
        case .repealed:
            writer.write((depth, .unit, label, "күші жойылды / repealed", id))
        case .pending(let from, let keeps):
            let text = keeps ? body + "  [жаңа редакциясы \(from) бастап / new wording from \(from)]" : "[\(from) бастап қолданысқа енгізіледі / not yet in force, from \(from)]"
            writer.write((depth, .pending, label, text, id))
        case .inForce:
            if node.kind == .preformatted {
                writer.write((depth, .verbatim, "", body, id))
            } else if !body.isEmpty {
                writer.write((depth, .unit, label, body, id))
            } else if node.content == .notInCorpus {
                writer.write((depth, .gap, label, Self.gap, id))
            } else if !label.isEmpty {
                writer.write((depth, .unit, "", label.trimmingCharacters(in: .whitespaces), id))
            }
        }
        if node.content == .notInCorpus && !body.isEmpty && node.children.isEmpty {
            writer.write((depth + 1, .gap, "", Self.gap, nil))
        }
        var previous: UnitNumber?
        for child in node.children {
            if node.content == .notInCorpus, child.kind != .preamble, child.number.map({ n in previous.map { !$0.isFollowed(by: n) } ?? (n.parts != [1]) }) ?? false {
                writer.write((depth + 1, .gap, "", Self.gap, nil))
            }
            emit(child, id: node.id(ofChild: child, at: id), depth: depth + 1, into: &writer, attributions: &attributions)
            previous = child.number
        }
        if node.content == .notInCorpus, !node.children.isEmpty, node.kind != .document {
            writer.write((depth + 1, .gap, "", Self.gap, nil))
        }
        // The note stands under the whole unit, as on adilet.
        for provenance in node.provenance {
            writer.write((depth + 1, .note, "", note(provenance, &attributions), nil))
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

/// HTML escaping (HTML экрандау) of `& < > " '`.
public enum HTML {
    /// The text with `& < > " '` replaced by entities.
    /// - Complexity: O(n) in the length of `s`.
    public static func escape(_ s: String) -> String {
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
