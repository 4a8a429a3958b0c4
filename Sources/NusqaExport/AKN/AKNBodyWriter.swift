import Foundation
import NusqaCore
import NusqaLanguage
import NusqaAmend
import NusqaParse
import NusqaCorpus
import NusqaTimeline
import NusqaDiff
import NusqaRender

/// Writes clause trees as Akoma Ntoso hierarchy (AKN денесі): item → `paragraph`, sub-item →
/// `subparagraph`, abzac → `alinea`, chapter/section/article as themselves, tables inside an
/// `hcontainer`, gaps as `hcontainer name="gap"` holding `<omissis>`, provenance as `<noteRef>` to
/// `<notes>`, and `period` on every unit whose wording came from an amendment.
struct AKNBodyWriter {
    /// The XML written so far.
    var xml: XMLWriter
    /// The eId of a clause id (quoted structures prefix theirs).
    var eIdOf: (ClauseID) -> String
    /// The wId of a clause id (quoted structures: the id in the amended act), or nil.
    var wIdOf: ((ClauseID) -> String)? = nil
    /// The temporal group of a unit's wording (`#tmpg_3`), or nil.
    var periodOf: (Clause) -> String? = { _ in nil }
    /// The note text for a provenance entry; nil writes no notes (quoted structures).
    var noteText: ((Provenance) -> String)? = nil
    /// Notes written so far: eId and text, for the `<notes>` block.
    private(set) var notes: [(eId: String, text: String)] = []
    /// eIds used so far, so that a duplicate number in a broken text still gives unique eIds.
    private var usedEIds: Set<String> = []

    init(xml: XMLWriter, eIdOf: @escaping (ClauseID) -> String) {
        self.xml = xml
        self.eIdOf = eIdOf
    }

    static let gapText = "… корпуста жоқ / not in corpus …"

    /// A unique eId for `id`.
    mutating func uniqueEId(_ base: String) -> String {
        var candidate = base
        var counter = 2
        while usedEIds.contains(candidate) {
            candidate = base + "-dup\(counter)"
            counter += 1
        }
        usedEIds.insert(candidate)
        return candidate
    }

    // MARK: Units

    /// Writes `node` (with id `id`) and everything under it.
    mutating func unit(_ node: Clause, id: ClauseID) {
        switch node.kind {
        case .table:
            let eId = uniqueEId(eIdOf(id))
            xml.open("hcontainer", ["name": "table", "eId": uniqueEId(eId + "_container"), "status": status(node)])
            if let heading = node.heading { xml.leaf("heading", text: heading) }
            xml.open("content")
            table(node, id: id, eId: eId)
            xml.close()
            xml.close()
        case .document:
            children(of: node, id: id)
        case .item, .subItem, .abzac, .chapter, .section, .subsection, .article:
            hierarchy(node, id: id, element: Self.element(node.kind), name: nil)
        default:
            hierarchy(node, id: id, element: "hcontainer", name: node.kind.rawValue)
        }
    }

    /// The AKN element of a structural kind.
    static func element(_ kind: ClauseKind) -> String {
        switch kind {
        case .item: "paragraph"
        case .subItem: "subparagraph"
        case .abzac: "alinea"
        case .chapter: "chapter"
        case .section: "section"
        case .subsection: "subsection"
        case .article: "article"
        default: "hcontainer"
        }
    }

    /// The printed number: `2.`, `11)`, `3-тарау`, `12-бап`; nil for abzacs and unnumbered units.
    static func num(_ node: Clause) -> String? {
        guard let number = node.number else { return nil }
        switch node.kind {
        case .item: return node.printedNumber ?? "\(number)."
        case .subItem: return "\(number))"
        case .chapter: return "\(number)-тарау"
        case .section: return "\(number)-бөлім"
        case .subsection: return "\(number)-параграф"
        case .article: return "\(number)-бап"
        case .annex: return "\(number)-қосымша"
        case .table: return "\(number)-кесте"
        default: return nil
        }
    }

    private func status(_ node: Clause) -> String? {
        switch node.status {
        case .deleted, .repealed: return "removed"
        default: return node.content == .notInCorpus ? "incomplete" : nil
        }
    }

    private mutating func hierarchy(_ node: Clause, id: ClauseID, element: String, name: String?) {
        let eId = uniqueEId(eIdOf(id))
        xml.open(element, ["name": name, "eId": eId, "wId": wIdOf?(id), "status": status(node), "period": periodOf(node)])
        if let num = Self.num(node) { xml.leaf("num", text: num) }
        if let heading = node.heading { xml.leaf("heading", text: heading) }
        let lines = paragraphs(node)
        if node.children.isEmpty {
            xml.open("content")
            for line in lines { xml.inline(line) }
            if lines.isEmpty { xml.leaf("p") }
            xml.close()
        } else {
            if !lines.isEmpty {
                xml.open("intro")
                for line in lines { xml.inline(line) }
                xml.close()
            }
            children(of: node, id: id)
        }
        xml.close()
    }

    /// The children of `node`, with gap containers where the corpus lacks units (as `show` marks them).
    mutating func children(of node: Clause, id: ClauseID, skipping skipped: Set<ClauseKind> = []) {
        let parent = node.kind.isTransparentInIDs ? (id.parent ?? .root) : id
        var previous: UnitNumber?
        var gapCount = 0
        let gapsShown = node.content == .notInCorpus
        for child in node.children where !skipped.contains(child.kind) {
            if gapsShown, child.kind != .preamble,
                let number = child.number, previous.map({ !Self.follows($0, number) }) ?? (number.parts != [1])
            {
                gapCount += 1
                gap(parent: eIdOf(parent), ordinal: gapCount)
            }
            unit(child, id: parent.appending(child.idStep))
            previous = child.number
        }
        if gapsShown, !node.children.isEmpty, node.kind != .document {
            gapCount += 1
            gap(parent: eIdOf(parent), ordinal: gapCount)
        }
    }

    /// A gap: units the corpus lacks.
    mutating func gap(parent: String, ordinal: Int, text: String = AKNBodyWriter.gapText) {
        let eId = uniqueEId((parent.isEmpty ? "" : parent + "__") + "hcontainer_\(ordinal)")
        xml.open("hcontainer", ["name": "gap", "eId": eId, "status": "incomplete"])
        xml.open("content")
        var p = XMLWriter.Inline()
        p.open("p")
        p.open("omissis")
        p.text(text)
        p.close("omissis")
        p.close("p")
        xml.inline(p)
        xml.close()
        xml.close()
    }

    /// Whether `next` directly follows `number`: 3 → 4, 3 → 3-1, 3-1 → 3-2, 3-2 → 4.
    static func follows(_ number: UnitNumber, _ next: UnitNumber) -> Bool {
        let parts = number.parts
        if next.parts.count == parts.count + 1, Array(next.parts.dropLast()) == parts, next.parts.last == 1 { return true }
        if next.parts.count == parts.count, next.parts.dropLast() == parts.dropLast(), next.parts.last == (parts.last ?? 0) + 1 { return true }
        if next.parts.count < parts.count, next.parts.count >= 1 {
            let prefix = Array(parts.prefix(next.parts.count))
            return Array(next.parts.dropLast()) == Array(prefix.dropLast()) && next.parts.last == (prefix.last ?? 0) + 1
        }
        return false
    }

    // MARK: Text

    /// The `<p>` lines of a unit's own text, with its status and note references.
    mutating func paragraphs(_ node: Clause) -> [XMLWriter.Inline] {
        var texts: [String] = []
        var body = node.kind == .row || node.kind == .caption ? node.cells.joined(separator: " | ") : node.text
        if body.isEmpty, node.kind == .caption { body = node.text }
        let own = body.isEmpty ? [] : body.components(separatedBy: "\n")
        var omitted = false
        switch node.status {
        case .deleted: texts = ["алып тасталды / deleted"]
        case .repealed: texts = ["күші жойылды / repealed"]
        case .pending(let from, let keeps):
            texts = keeps ? own + ["[жаңа редакциясы \(from) бастап / new wording from \(from)]"]
                : ["[\(from) бастап қолданысқа енгізіледі / not yet in force, from \(from)]"]
        case .inForce:
            texts = own
            if node.content == .notInCorpus, own.isEmpty || node.children.isEmpty { omitted = true }
        }
        var lines = texts.map { text -> XMLWriter.Inline in
            var p = XMLWriter.Inline()
            p.open("p")
            p.text(text)
            p.close("p")
            return p
        }
        if omitted {
            var p = XMLWriter.Inline()
            p.open("p")
            p.open("omissis")
            p.text(Self.gapText)
            p.close("omissis")
            p.close("p")
            lines.append(p)
        }
        if let noteText, !node.provenance.isEmpty {
            var refs = ""
            for provenance in node.provenance {
                let eId = "note_\(notes.count + 1)"
                notes.append((eId, noteText(provenance)))
                var ref = XMLWriter.Inline()
                ref.empty("noteRef", ["marker": String(notes.count), "href": "#" + eId])
                refs += ref.xml
            }
            var p = XMLWriter.Inline()
            if let last = lines.popLast() {
                // Into the last paragraph, before its closing tag.
                p.raw(String(last.xml.dropLast("</p>".count)) + refs + "</p>")
            } else {
                p.raw("<p>" + refs + "</p>")
            }
            lines.append(p)
        }
        return lines
    }

    // MARK: Tables

    private mutating func table(_ node: Clause, id: ClauseID, eId: String) {
        xml.open("table", ["eId": eId, "period": periodOf(node)])
        var rows = 0
        if !node.cells.isEmpty {
            var tr = XMLWriter.Inline()
            tr.open("tr")
            for cell in node.cells { tr.open("th"); tr.open("p"); tr.text(cell); tr.close("p"); tr.close("th") }
            tr.close("tr")
            xml.inline(tr)
            rows += 1
        }
        let parent = id
        var previous: UnitNumber?
        for child in node.children {
            if node.content == .notInCorpus, let number = child.number, previous.map({ !Self.follows($0, number) }) ?? (number.parts != [1]) {
                gapRow(columns: max(1, node.cells.count))
                rows += 1
            }
            row(child, id: parent.appending(child.idStep), columns: max(1, node.cells.count))
            rows += 1
            previous = child.number
        }
        if node.content == .notInCorpus || rows == 0 {
            gapRow(columns: max(1, node.cells.count))
        }
        xml.close()
    }

    private mutating func gapRow(columns: Int) {
        var tr = XMLWriter.Inline()
        tr.open("tr")
        tr.open("td", ["colspan": columns > 1 ? String(columns) : nil])
        tr.open("p")
        tr.open("omissis")
        tr.text(Self.gapText)
        tr.close("omissis")
        tr.close("p")
        tr.close("td")
        tr.close("tr")
        xml.inline(tr)
    }

    /// A row; anything that is not a row inside a table becomes one cell spanning the row.
    private mutating func row(_ node: Clause, id: ClauseID, columns: Int) {
        let eId = uniqueEId(eIdOf(id))
        var tr = XMLWriter.Inline()
        tr.open("tr", ["eId": eId, "wId": wIdOf?(id), "status": status(node), "period": periodOf(node)])
        let lines = paragraphs(node)
        if node.kind == .row, !node.cells.isEmpty, node.status == .inForce {
            for (index, cell) in node.cells.enumerated() {
                tr.open("td")
                tr.open("p")
                tr.text(cell)
                tr.close("p")
                if index == node.cells.count - 1, lines.count > 0, let last = lines.last, last.xml.contains("<noteRef") {
                    // Notes ride on the last cell.
                    let refs = last.xml.components(separatedBy: "<noteRef").dropFirst().map { "<noteRef" + $0 }.joined()
                    tr.raw("<p>" + String(refs.dropLast("</p>".count)) + "</p>")
                }
                tr.close("td")
            }
        } else {
            tr.open("td", ["colspan": columns > 1 ? String(columns) : nil])
            for line in lines { tr.raw(line.xml) }
            if lines.isEmpty { tr.empty("p") }
            tr.close("td")
        }
        tr.close("tr")
        xml.inline(tr)
        for child in node.children {
            row(child, id: id.appending(child.idStep), columns: columns)
        }
    }
}
