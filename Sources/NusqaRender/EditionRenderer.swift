import Foundation
import NusqaAmend
import NusqaCore
import NusqaLanguage
import NusqaTimeline

/// Renders an edition as text, Markdown or HTML (мәтін), with notes under changed units, gaps named by
/// their missing range, flags on doubtful spans, tables as tables, and the changes not yet in force
/// listed at the top.
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
    /// Labels naming the approved documents ("Қағидалардың 2-тармағы").
    public var labels: DocumentLabels

    /// Creates a renderer.
    public init(
        title: String, asOf: CivilDate, edition: Edition, coming: [Change], unapplied: [UnappliedChange],
        labels: DocumentLabels = DocumentLabels(documents: []), info: @escaping (String) -> EditorialNote.ActInfo?
    ) {
        self.title = title
        self.asOf = asOf
        self.edition = edition
        self.coming = coming
        self.unapplied = unapplied
        self.labels = labels
        self.info = info
    }

    /// The marker of a unit whose own text is not in the corpus.
    static let unknownText = "[мәтіні корпуста жоқ / text not in corpus]"

    /// The rendered document.
    /// - Complexity: O(n) in the size of the edition.
    public func render(_ format: Format) -> String {
        var writer = LineWriter(format: format, title: title, estimatedSize: LineWriter.estimatedSize(of: edition.body))
        var attributions: [String: String] = [:]
        let editionDate = edition.date.map { "\(Self.kazakhDate($0)) бастап қолданыста" + (edition.isEstimated ? " (күні болжамды)" : "") + " / in force since \($0)" + (edition.isEstimated ? " (estimated)" : "") }
            ?? "корпустағы түзетулерге дейінгі бастапқы мәтін / the original text, before any amendment in the corpus"
        writer.write(Line(0, .heading(1), title))
        writer.write(Line(0, .meta, "Редакция / edition as of \(asOf): \(editionDate)"))
        let estimated = edition.isEstimated || edition.body.containsEstimatedDate || coming.contains { $0.effective?.isEstimated == true }
        if estimated { writer.write(Line(0, .meta, Flag.estimatedDateExplanation)) }
        // Each marker the page uses is explained once, before the text.
        if edition.body.containsUncertainText { writer.write(Line(0, .meta, "Белгі / marker " + UncertainText.explanation)) }
        if edition.body.status == .repealed {
            writer.write(Line(0, .note, "Күші жойылды / repealed"))
            for provenance in edition.body.provenance {
                writer.write(Line(0, .note, note(provenance, &attributions)))
            }
        }
        if !coming.isEmpty {
            writer.write(Line(0, .meta, "Күшіне енбеген өзгерістер / changes not yet in force:"))
            for change in coming {
                let what = change.deferredTarget == nil ? labels.change(change.target, change.patch.operation) : labels.reference(change.target) + " жаңа редакцияда"
                writer.write(Line(1, .metaItem, "\(Self.from(change.effective)) — \(actName(change.act)): \(what)"))
            }
        }
        let relevantUnapplied = unapplied.filter { $0.change.effective.map { $0.date <= asOf } ?? true }
        if !relevantUnapplied.isEmpty {
            writer.write(Line(0, .meta, "Қолданылмаған өзгерістер / unapplied changes:"))
            for item in relevantUnapplied {
                writer.write(Line(1, .metaItem, "\(labels.reference(item.change.target)) (\(item.change.act), \(item.change.effectiveText)): \(item.reason)"))
            }
        }
        if edition.body.content == .notInCorpus {
            writer.write(Line(0, .gap, "Бұйрықтың толық мәтіні корпуста жоқ: тек белгілі бөліктері беріледі / the full text of the order is not in the corpus; known units follow."))
        }
        for entry in edition.body.readingEntries(id: .root) {
            emit(entry, depth: 0, list: nil, into: &writer, attributions: &attributions)
        }
        return writer.finish()
    }

    /// "11.11.2025".
    static func kazakhDate(_ date: CivilDate) -> String { date.dotted }

    /// "11.11.2025 бастап (күні болжамды) / from 2025-11-11 (estimated)"; "күні белгісіз / undated".
    static func from(_ effective: EffectiveDate?) -> String {
        guard let effective else { return "күні белгісіз / undated" }
        let estimated = effective.isEstimated
        return "\(effective.date.dotted) бастап\(estimated ? " (күні болжамды)" : "") / from \(effective.date)\(estimated ? " (estimated)" : "")"
    }

    /// An amending act as listings name it: "№ 127, 30.10.2025 (V2500037290)"; its id when unknown.
    private func actName(_ act: String) -> String {
        guard let info = info(act) else { return act }
        return "№ \(info.number)\(info.signed.map { ", " + $0.dotted } ?? "") (\(act))"
    }

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

    /// The printed label of a unit: "2. ", "11) ", "2-қосымша".
    static func label(_ node: Clause) -> String {
        let n = node.number?.description ?? ""
        switch node.kind {
        case .item: return node.printedNumber.map { $0 + " " } ?? (node.number?.description ?? "?") + ". "
        case .subItem: return (node.number?.description ?? "?") + ") "
        case .annex: return n.isEmpty ? "Қосымша" : "\(n)-қосымша"
        case .chapter: return "\(n)-тарау"
        case .section: return "\(n)-бөлім"
        case .subsection: return "\(n)-параграф"
        case .article: return "\(n)-бап"
        case .table: return "\(n)-кесте"
        case .preamble: return "Кіріспе: "
        default: return ""
        }
    }

    /// The heading level in Markdown and HTML of units that are headings.
    static func headingLevel(_ kind: ClauseKind) -> Int? {
        switch kind {
        case .annex: 2
        case .section: 3
        case .chapter, .subsection: 3
        case .article, .table: 4
        default: nil
        }
    }

    private func emit(_ entry: ReadingEntry, depth: Int, list: Int?, into writer: inout LineWriter, attributions: inout [String: String]) {
        switch entry {
        case .gap(let gap):
            writer.write(Line(depth, .gap, "[… " + gap.marker + " …]", list: list))
        case .unit(let node, let id, let continuing):
            emit(node, id: id, continuing: continuing, depth: depth, list: list, into: &writer, attributions: &attributions)
        }
    }

    private func emit(_ node: Clause, id: ClauseID, continuing: ReadingContinuation, depth: Int, list: Int?, into writer: inout LineWriter, attributions: inout [String: String]) {
        // A publisher's note of the source text is no legal text: JSON keeps it, with its history.
        if node.kind == .editorialNote { return }
        let label = Self.label(node)
        // The list level in Markdown: sub-items nest as list items; items and their abzacs are paragraphs.
        let ownList: Int? = node.kind == .subItem ? (list.map { $0 + 1 } ?? 0) : list
        let childList: Int? = node.kind == .item || node.kind == .article || Self.headingLevel(node.kind) != nil ? nil : ownList
        var body = node.text
        // An annex's text is its approval stamp; on one line it reads "… бұйрығына қосымша / … қосымша".
        if node.kind == .annex, body.utf8.contains(0x0A) { body = body.split(separator: "\n").joined(separator: " / ") }
        if let level = Self.headingLevel(node.kind) {
            let heading = [label, node.heading ?? ""].filter { !$0.isEmpty }.joined(separator: ". ")
            writer.write(Line(depth, .heading(level), heading.isEmpty ? body : heading, anchor: id))
            // The stamp shows under the heading, titled or not: it is source text, never dropped.
            if !body.isEmpty, node.kind == .annex { writer.write(Line(depth, .stamp, body)) }
            if node.heading == nil, !body.isEmpty, node.kind != .annex { writer.write(Line(depth + 1, .unit, body)) }
        }
        switch node.status {
        case .deleted:
            writer.write(Line(depth, .unit, "алып тасталды / deleted", label: label, anchor: id, list: ownList))
        case .repealed:
            writer.write(Line(depth, .unit, "күші жойылды / repealed", label: label, anchor: id, list: ownList))
        case .pending(let from, let keeps):
            let text = keeps ? body + "  [жаңа редакциясы \(from.dotted) бастап / new wording from \(from)]" : "[\(from.dotted) бастап қолданысқа енгізіледі / not yet in force, from \(from)]"
            writer.write(Line(depth, .pending, text, label: label, anchor: id, list: ownList))
        case .inForce:
            if Self.headingLevel(node.kind) != nil {
                break
            } else if node.kind == .preformatted {
                writer.write(Line(depth, .flag, "⚠ " + Flag.flattenedTable.message, code: Flag.flattenedTable.code))
                writer.write(Line(depth, .verbatim, body, anchor: id))
            } else if node.kind == .row || node.kind == .caption {
                writer.write(Line(depth, .unit, node.cells.isEmpty ? body : node.cells.joined(separator: " | "), anchor: id, list: ownList))
            } else if !body.isEmpty {
                writer.write(Line(depth, .unit, body, label: label, anchor: id, list: ownList))
            } else if node.content == .notInCorpus {
                writer.write(Line(depth, .gap, Self.unknownText, label: label, anchor: id, list: ownList))
            } else if !label.isEmpty {
                writer.write(Line(depth, .unit, "", label: label, anchor: id, list: ownList))
            }
        }
        for flag in node.flags where flag.code != Flag.flattenedTable.code && flag.code != "estimated-date" {
            writer.write(Line(depth + 1, .flag, "⚠ " + flag.message, list: childList, code: flag.code))
        }
        if node.kind == .table {
            writer.writeTable(table(node, id: id), depth: depth + 1)
            for row in node.children {
                for provenance in row.provenance {
                    writer.write(Line(depth + 1, .note, note(provenance, &attributions), estimated: provenance.isEstimated))
                }
            }
        } else {
            for entry in node.readingEntries(id: id, continuing: continuing) {
                emit(entry, depth: depth + 1, list: childList, into: &writer, attributions: &attributions)
            }
        }
        // The note stands under the whole unit, as on adilet.
        for provenance in node.provenance {
            writer.write(Line(depth + 1, .note, note(provenance, &attributions), estimated: provenance.isEstimated))
        }
    }

    /// A table's header and rows, with gaps as rows that name the missing range.
    private func table(_ node: Clause, id: ClauseID) -> Table {
        var rows: [Table.Row] = []
        for entry in node.readingEntries(id: id) {
            switch entry {
            case .gap(let gap):
                rows.append(Table.Row(cells: ["[… " + gap.marker + " …]"], kind: .gap, anchor: nil))
            case .unit(let row, let rowID, _):
                var cells = row.cells.isEmpty ? [row.number?.description ?? "", row.text] : row.cells
                switch row.status {
                case .deleted: cells = [cells.first ?? "", "алып тасталды / deleted"]
                case .repealed: cells = [cells.first ?? "", "күші жойылды / repealed"]
                case .pending(let from, _): cells = [cells.first ?? "", "[\(from.dotted) бастап қолданысқа енгізіледі / not yet in force, from \(from)]"]
                case .inForce: break
                }
                rows.append(Table.Row(cells: cells, kind: row.kind == .caption ? .caption : .row, anchor: rowID))
            }
        }
        return Table(columns: node.cells, rows: rows)
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
